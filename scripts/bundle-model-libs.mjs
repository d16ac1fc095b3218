#!/usr/bin/env node
// npm run bundle:model-libs — packages the chosen models' WebGPU libraries (.wasm) inside a built
// extension, for Web Store builds that must not fetch code at run time. Run after `npm run build`
// on a machine with internet (or give --from a folder holding the files). The engine host reads
// model-libs/index.json at start and points those models' model_lib at the packaged files; weights
// still download from the model host (or the shopper's mirror) on first use.
//
//   npm run bundle:model-libs -- [--models ID,ID] [--from DIR] [--build DIR]
import { copyFile, mkdir, writeFile } from "node:fs/promises"
import { existsSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"

import { prebuiltAppConfig } from "@mlc-ai/web-llm"

const args = process.argv.slice(2)
const flag = (name, fallback = null) => {
  const at = args.indexOf(name)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}
// By default the models the options page recommends first on most devices (f32 builds run everywhere).
const DEFAULT_MODELS = ["Qwen2.5-0.5B-Instruct-q4f32_1-MLC", "Qwen2.5-1.5B-Instruct-q4f32_1-MLC", "Qwen2.5-3B-Instruct-q4f32_1-MLC"]
const models = (flag("--models") ?? DEFAULT_MODELS.join(",")).split(",").filter(Boolean)
const build = flag("--build") ?? fileURLToPath(new URL("../build/chrome-mv3-prod", import.meta.url))
const from = flag("--from")

async function main() {
  if (!existsSync(join(build, "manifest.json"))) throw new Error(`No built extension in ${build}. Run: npm run build`)
  const out = join(build, "model-libs")
  await mkdir(out, { recursive: true })
  const index = {}
  for (const id of models) {
    const record = prebuiltAppConfig.model_list.find((r) => r.model_id === id)
    if (!record) throw new Error(`${id} is not a WebLLM prebuilt model`)
    const file = basename(new URL(record.model_lib).pathname)
    if (from) {
      await copyFile(join(from, file), join(out, file))
    } else {
      const response = await fetch(record.model_lib).catch((error) => {
        throw new Error(`could not download ${record.model_lib} (${error.cause?.code ?? error.message}); run this on a machine with internet, or pass --from DIR`)
      })
      if (!response.ok) throw new Error(`${record.model_lib} answered ${response.status}`)
      await writeFile(join(out, file), Buffer.from(await response.arrayBuffer()))
    }
    index[id] = file
    console.log(`packaged ${file} for ${id}`)
  }
  await writeFile(join(out, "index.json"), `${JSON.stringify(index, null, 2)}\n`)
  console.log(`wrote ${join(out, "index.json")}: zip ${build} for the Web Store.`)
}

main().catch((error) => {
  console.error(`bundle:model-libs: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
})
