import { createRequire } from "node:module"

import { describe, expect, it } from "vitest"

import { runScript } from "../helpers/run-script"

// The build step that takes Plasmo's AMD guard off content scripts (they run in the isolated world).
const { withoutDefineGuard, DEFINE_GUARD } = createRequire(import.meta.url)("../../scripts/parcel/optimizer-isolated-world.cjs") as {
  withoutDefineGuard: (code: string) => string
  DEFINE_GUARD: { OPEN: string; CLOSE: string }
}

const wrap = (body: string) => `${DEFINE_GUARD.OPEN}${body}${DEFINE_GUARD.CLOSE}`
const run = runScript

describe("the AMD guard around content scripts", () => {
  it("is the text Plasmo's encapsulate optimizer writes around a bundle", async () => {
    // The plugin's own output for a one-line bundle, so a Plasmo update that changes it shows here.
    const encapsulate = createRequire(import.meta.url)("@plasmohq/parcel-optimizer-encapsulate").default as Record<symbol, unknown>
    const config = encapsulate[Symbol.for("parcel-plugin-config")] as { optimize: (args: object) => Promise<{ contents: string }> }
    const bundle = { name: "product.js", displayName: "product.js" }
    // Without a source map to shift (the plugin reads this switch itself).
    const before = process.env.__PLASMO_FRAMEWORK_INTERNAL_SOURCE_MAPS
    process.env.__PLASMO_FRAMEWORK_INTERNAL_SOURCE_MAPS = "none"
    const { contents } = await config.optimize({ bundle, contents: "globalThis.out=1;", map: null, options: {} })
    if (before === undefined) delete process.env.__PLASMO_FRAMEWORK_INTERNAL_SOURCE_MAPS
    else process.env.__PLASMO_FRAMEWORK_INTERNAL_SOURCE_MAPS = before
    expect(contents).toBe(wrap("globalThis.out=1;"))
  })

  it("is taken off, and the bundle runs the same, a bundle that reads `define` included", () => {
    const body = '(()=>{globalThis.out=typeof define==="function"&&define.amd?"amd":"plain"})();'
    expect(withoutDefineGuard(wrap(body))).toBe(body)
    expect(run(withoutDefineGuard(wrap(body)))).toBe("plain")
    expect(run(wrap(body))).toBe("plain")
  })

  it("is left on when it is not exactly Plasmo's text", () => {
    for (const code of [
      wrap("x();").replace("__define=define,define=null", "__define=define"),
      `${wrap("x();")}\nmore();`,
      "(()=>{})();"
    ]) {
      expect(withoutDefineGuard(code)).toBe(code)
    }
  })
})
