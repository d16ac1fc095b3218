#!/usr/bin/env node
// npm 11 skips dependencies' install scripts unless package.json allows them (allowScripts), and
// on some machines the prebuilt binaries of Plasmo's native dependencies do not arrive. Load each
// one; rebuild what does not load; fail loudly, with the fix, if it still does not.
import { execSync } from "node:child_process"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const NATIVE = ["sharp", "@swc/core", "lmdb", "msgpackr-extract", "@parcel/watcher", "esbuild"]

function works(name) {
  try {
    const mod = require(name)
    if (name === "esbuild") mod.transformSync("let a = 1")
    return true
  } catch (error) {
    return error?.code === "MODULE_NOT_FOUND" && String(error.message).includes(`'${name}'`) ? "absent" : false
  }
}

const broken = NATIVE.filter((name) => works(name) === false)
for (const name of broken) {
  console.log(`cartwise: ${name} did not load; running npm rebuild ${name}`)
  try {
    execSync(`npm rebuild ${name} --foreground-scripts`, { stdio: "inherit" })
  } catch {
    // reported below
  }
}
const still = broken.filter((name) => works(name) === false)
if (still.length) {
  console.error(`cartwise: native dependencies still broken: ${still.join(", ")}. Try: rm -rf node_modules && npm ci`)
  process.exit(1)
}
