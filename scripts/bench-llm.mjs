#!/usr/bin/env node
// npm run bench:llm — load time, time to first token and decode speed of the on-device model for a
// fixed summary prompt, through Cartwise's full path (extension page → port → offscreen engine host
// → queue → WebLLM) and through a bare WebLLM engine on a plain page, in the same run.
// Needs a machine with a WebGPU adapter and the model reachable (internet or --mirror); elsewhere
// it says what is missing and exits 0.
//
//   npm run bench:llm [-- --model ID] [--runs N] [--mirror URL] [--swiftshader] [--headed]
import { createServer } from "node:http"
import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"

import { WEBGPU_ARGS, launchWithExtension } from "./lib/browser.mjs"

const args = process.argv.slice(2)
const flag = (name, fallback = null) => {
  const at = args.indexOf(name)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}
const MODEL = flag("--model", "Qwen2.5-0.5B-Instruct-q4f32_1-MLC")
const RUNS = Number(flag("--runs", "3"))
const MIRROR = flag("--mirror")
const BUILD = fileURLToPath(new URL("../build/chrome-mv3-prod", import.meta.url))
const WEBLLM = fileURLToPath(new URL("../node_modules/@mlc-ai/web-llm/lib/index.js", import.meta.url))

// The fixed prompt: a review summary of the size Cartwise sends (about 600 prompt tokens).
const REVIEWS = [
  "Boils fast and the gooseneck pours precisely, great for pour-over.",
  "The lid feels flimsy and started to wobble after two months.",
  "Temperature hold is accurate to a degree, which my green tea needs.",
  "Loud click when it switches off, otherwise quiet.",
  "Handle gets warm but not hot. Looks beautiful on the counter.",
  "Stopped heating after 5 weeks; the replacement works fine so far."
]
const MESSAGES = [
  { role: "system", content: "You summarise product reviews for shoppers. Be concise and cite reviews as [r1], [r2]." },
  {
    role: "user",
    content: `<data>\n${Array.from({ length: 4 }, (_, round) => REVIEWS.map((r, i) => `[r${round * 6 + i + 1}] ${r}`).join("\n")).join("\n")}\n</data>\n\nWrite three pros, three cons and a one-line verdict.`
  }
]
const MAX_TOKENS = 128

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Cartwise's path, driven from an extension page over the same port protocol the UI uses. */
async function viaCartwise(page) {
  return page.evaluate(
    async ({ model, mirror, messages, maxTokens, runs }) => {
      await chrome.runtime.sendMessage({ type: "ensure-model-host" })
      const port = chrome.runtime.connect({ name: "cartwise-model" })
      const waitFor = (test) =>
        new Promise((resolve) => {
          const listener = (message) => {
            const result = test(message)
            if (result !== undefined) {
              port.onMessage.removeListener(listener)
              resolve(result)
            }
          }
          port.onMessage.addListener(listener)
        })
      const t0 = performance.now()
      port.postMessage({ type: "load", modelId: model, mirrorBaseUrl: mirror })
      const loaded = await waitFor((m) =>
        m.type === "status" && m.status.modelId === model && (m.status.engine === "ready" || m.status.engine === "failed") ? m.status : undefined
      )
      if (loaded.engine === "failed") return { error: loaded.error }
      const loadMs = performance.now() - t0
      const samples = []
      for (let run = 0; run < runs; run++) {
        const id = `bench-${run}`
        const start = performance.now()
        let first = null
        let tokens = 0
        port.postMessage({ type: "generate", id, messages, priority: "user", maxTokens, temperature: 0 })
        await waitFor((m) => {
          if (m.id !== id) return undefined
          if (m.type === "token") {
            first ??= performance.now()
            tokens++
            return undefined
          }
          return m.type === "done" || m.type === "failed" ? true : undefined
        })
        const end = performance.now()
        samples.push({ ttftMs: first - start, tokensPerSecond: (tokens - 1) / ((end - first) / 1000) })
      }
      port.disconnect()
      return { loadMs, samples }
    },
    { model: MODEL, mirror: MIRROR, messages: MESSAGES, maxTokens: MAX_TOKENS, runs: RUNS }
  )
}

/** The same prompt through WebLLM alone, on a plain localhost page (a secure context). */
async function viaBareWebLLM(context, origin) {
  const page = await context.newPage()
  await page.goto(`${origin}/bench.html`)
  return page.evaluate(
    async ({ model, mirror, messages, maxTokens, runs }) => {
      const webllm = await import("/web-llm.js")
      const record = webllm.prebuiltAppConfig.model_list.find((r) => r.model_id === model)
      const move = (url) => (mirror ? mirror.replace(/\/+$/, "") + new URL(url).pathname : url)
      const appConfig = { model_list: [{ ...record, model: move(record.model), model_lib: move(record.model_lib) }] }
      const t0 = performance.now()
      let engine
      try {
        engine = await webllm.CreateMLCEngine(model, { appConfig })
      } catch (error) {
        return { error: { message: String(error) } }
      }
      const loadMs = performance.now() - t0
      const samples = []
      for (let run = 0; run < runs; run++) {
        const start = performance.now()
        let first = null
        let tokens = 0
        const stream = await engine.chat.completions.create({ messages, stream: true, max_tokens: maxTokens, temperature: 0 })
        for await (const chunk of stream) {
          if (chunk.choices[0]?.delta.content) {
            first ??= performance.now()
            tokens++
          }
        }
        const end = performance.now()
        samples.push({ ttftMs: first - start, tokensPerSecond: (tokens - 1) / ((end - first) / 1000) })
      }
      return { loadMs, samples }
    },
    { model: MODEL, mirror: MIRROR, messages: MESSAGES, maxTokens: MAX_TOKENS, runs: RUNS }
  )
}

async function main() {
  const server = createServer(async (req, res) => {
    if (req.url === "/web-llm.js") {
      res.writeHead(200, { "content-type": "text/javascript" })
      res.end(await readFile(WEBLLM))
    } else {
      res.writeHead(200, { "content-type": "text/html" })
      res.end("<!doctype html><title>bare WebLLM</title>")
    }
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  // A real GPU on Linux needs WebGPU switched on; --swiftshader uses the CPU adapter (it proves the
  // script runs; its numbers are not a GPU's).
  const gpuArgs = args.includes("--swiftshader") ? WEBGPU_ARGS : ["--enable-unsafe-webgpu", "--enable-features=Vulkan"]
  const live = await launchWithExtension(BUILD, { headless: !args.includes("--headed"), extraArgs: gpuArgs })
  try {
    const page = await live.context.newPage()
    await page.goto(`chrome-extension://${live.extensionId}/options.html`)
    const adapter = await page.evaluate(async () => {
      const found = await navigator.gpu?.requestAdapter()
      return found ? `${found.info?.vendor ?? ""} ${found.info?.description ?? ""}`.trim() || "unnamed adapter" : null
    })
    if (!adapter) {
      console.log("bench:llm: no WebGPU adapter in this browser, so there is no model to measure. Run it on a machine with a GPU.")
      return
    }
    console.log(`bench:llm: WebGPU adapter: ${adapter}; model ${MODEL}; ${RUNS} runs of a ${MAX_TOKENS}-token summary.`)
    const cartwise = await viaCartwise(page)
    if (cartwise.error) {
      console.log(`bench:llm: the model could not be loaded (${cartwise.error.kind}: ${cartwise.error.message}).`)
      console.log("No weights are reachable from this machine (offline, or no --mirror), so there is nothing to time.")
      return
    }
    const bare = await viaBareWebLLM(live.context, origin)
    if (bare.error) throw new Error(`bare WebLLM failed: ${bare.error.message}`)
    const row = (name, r) => {
      const ttft = median(r.samples.map((s) => s.ttftMs))
      const tps = median(r.samples.map((s) => s.tokensPerSecond))
      return { name, load: r.loadMs, ttft, tps }
    }
    const a = row("Cartwise (port → offscreen host → WebLLM)", cartwise)
    const b = row("bare WebLLM (same browser, plain page)", bare)
    console.log("\n| path | load (ms) | time to first token (ms, median) | decode tokens/s (median) |")
    console.log("| --- | --- | --- | --- |")
    for (const r of [a, b]) console.log(`| ${r.name} | ${r.load.toFixed(0)} | ${r.ttft.toFixed(0)} | ${r.tps.toFixed(1)} |`)
    console.log(`\nCartwise overhead: time to first token ×${(a.ttft / b.ttft).toFixed(3)}, decode speed ×${(b.tps / a.tps).toFixed(3)} (target ≤ 1.05).`)
    console.log("Load times differ by cache: the extension and the plain page have separate caches, so the first run of each downloads.")
  } finally {
    await live.close()
    server.close()
  }
}

main().catch((error) => {
  console.error(`bench:llm failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
})
