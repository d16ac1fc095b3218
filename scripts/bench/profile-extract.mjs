#!/usr/bin/env node
// Where extraction spends its time:
//   node scripts/bench/profile-extract.mjs [--top N] [--pages ID,ID] [--profile [--runs N]]
// Bundles src/extract unminified (so the profile has real function names), runs it in headless
// Chromium on every corpus page, ranks the pages by median time with the code warm, then samples
// the slowest ones with the DevTools CPU profiler and prints the functions that hold the time:
// self time (the function's own code, or the DOM call it is) and total time (with its callees).
// Without --profile it prints the ranking and each stage's time (every guarded() read) only.
// DUMP_BUNDLE=FILE writes the bundle, to read the line numbers the profile names.
// A tool for finding work to cut, not a benchmark: npm run bench:extract gives the numbers.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"

import { build } from "esbuild"
import { startOfflineBrowser } from "./offline-browser.mjs"
import { percentile } from "./score.mjs"

const root = fileURLToPath(new URL("../..", import.meta.url))
const corpus = process.env.CARTWISE_CORPUS ?? `${root}../shared/corpus/product-pages/`
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const TOP = arg("--top", 8)
const RUNS = arg("--runs", 15)

// The same adapters per page as the built content scripts: the shop's own, else the platform ones.
const entry = `
import { extractProduct } from "./src/extract/index.ts"
import { ADAPTERS, PLATFORM_ADAPTERS } from "./src/sites/registry.ts"
import { servesHost } from "./src/sites/choose.ts"
globalThis.__cartwiseExtract = (url) => {
  const host = new URL(url).hostname
  const own = ADAPTERS.filter((a) => servesHost(a, host))
  return extractProduct(document, url, own.length ? own : PLATFORM_ADAPTERS)
}`
// Stage times: every guarded() read in src/extract/index.ts is timed under its label (nested ones
// count in their parent too). Done on the bundle only; the source stays as it is.
const stageTimer = {
  name: "stage-timer",
  setup(b) {
    b.onLoad({ filter: /src\/extract\/index\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
      const from = "  try {\n    return read()\n  } catch (error) {"
      if (!text.includes(from)) throw new Error("guarded() changed: update the stage timer")
      const timed = "  const t = performance.now()\n  try {\n    return read()\n  } catch (error) {"
      const done = "  } finally {\n    const s = (globalThis.__stages ??= {});\n    s[label] = (s[label] ?? 0) + performance.now() - t\n  }\n}\n\n/**"
      const out = text.replace(from, timed).replace(/(    return fallback\n)  }\n}\n\n\/\*\*/, `$1${done}`)
      if (!out.includes("__stages")) throw new Error("could not time guarded()")
      return { contents: out, loader: "ts" }
    })
  }
}
const bundled = await build({
  stdin: { contents: entry, resolveDir: root, loader: "ts", sourcefile: "profile-entry.ts" },
  bundle: true,
  write: false,
  format: "iife",
  target: "chrome120",
  tsconfig: `${root}tsconfig.json`,
  plugins: [stageTimer]
})
if (process.env.DUMP_BUNDLE) (await import("node:fs")).writeFileSync(process.env.DUMP_BUNDLE, bundled.outputFiles[0].text)
const source = `${bundled.outputFiles[0].text}\n//# sourceURL=cartwise-profile.js`

const truth = JSON.parse(readFileSync(`${corpus}ground-truth.json`, "utf8"))
const browser = await startOfflineBrowser()
const { context } = browser

async function open(id) {
  const page = await browser.open(gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8"), truth[id].url)
  await page.evaluate(source)
  return page
}

const timeRuns = (page, runs) =>
  page.evaluate(
    ({ url, runs }) => {
      const out = []
      globalThis.__stages = {}
      for (let i = 0; i < runs; i++) {
        const t = performance.now()
        globalThis.__cartwiseExtract(url)
        out.push(performance.now() - t)
      }
      const stages = Object.fromEntries(Object.entries(globalThis.__stages).map(([k, v]) => [k, v / runs]))
      return { times: out, stages, nodes: document.getElementsByTagName("*").length }
    },
    { url: page.url(), runs }
  )

const ranked = []
const only = process.argv.includes("--pages") ? process.argv[process.argv.indexOf("--pages") + 1].split(",") : null
for (const id of Object.keys(truth).filter((id) => !only || only.some((p) => id.startsWith(p)))) {
  const page = await open(id)
  try {
    await timeRuns(page, 2)
    const { times, nodes, stages } = await timeRuns(page, 5)
    ranked.push({ id, url: truth[id].url, ms: percentile(times, 0.5), nodes, stages })
  } finally {
    await page.close()
  }
}
ranked.sort((a, b) => b.ms - a.ms)
const all = ranked.map((r) => r.ms)
console.log(`unminified extraction, warm: p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms over ${all.length} pages`)
const stageText = (stages) =>
  Object.entries(stages)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(", ")
for (const r of ranked.slice(0, TOP)) {
  console.log(`${r.ms.toFixed(1).padStart(7)} ms ${String(r.nodes).padStart(6)} elements  ${r.id.slice(0, 8)} ${r.url.slice(0, 80)}`)
  console.log(`           stages (mean ms): ${stageText(r.stages)}`)
}
const sum = {}
for (const r of ranked) for (const [k, v] of Object.entries(r.stages)) sum[k] = (sum[k] ?? 0) + v
console.log(`all pages, stage totals (ms): ${stageText(sum)}`)
if (!process.argv.includes("--profile")) {
  await browser.close()
  process.exit(0)
}

// Self and total sample time per function, summed over the slowest pages.
const self = new Map()
const total = new Map()
let sampled = 0
for (const r of ranked.slice(0, TOP)) {
  const page = await open(r.id)
  const cdp = await context.newCDPSession(page)
  try {
    await timeRuns(page, 2)
    await cdp.send("Profiler.enable")
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 })
    await cdp.send("Profiler.start")
    await timeRuns(page, RUNS)
    const { profile } = await cdp.send("Profiler.stop")
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const label = (n) => `${n.callFrame.functionName || "(anonymous)"}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`
    // A DOM call (no script of its own) is shown with the function that made it.
    const name = (n) => (n.callFrame.url || !parent.has(n.id) ? label(n) : `${label(n)} < ${label(byId.get(parent.get(n.id)))}`)
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000 / RUNS
      const node = byId.get(id)
      if (["(idle)", "(program)", "(garbage collector)"].includes(node.callFrame.functionName)) return
      sampled += dt
      self.set(name(node), (self.get(name(node)) ?? 0) + dt)
      const seen = new Set()
      for (let n = node; n; n = byId.get(parent.get(n.id))) {
        const key = name(n)
        if (seen.has(key)) continue
        seen.add(key)
        total.set(key, (total.get(key) ?? 0) + dt)
      }
    })
  } finally {
    await cdp.detach().catch(() => undefined)
    await page.close().catch(() => undefined)
  }
}
await browser.close()

const lines = source.split("\n")
const where = (key) => {
  const line = Number(key.split(" < ")[0].split(":").pop())
  return Number.isFinite(line) ? lines[line - 1]?.trim().slice(0, 70) ?? "" : ""
}
const show = (title, map) => {
  console.log(`\n${title} (ms per extraction, summed over the ${TOP} slowest pages; ${sampled.toFixed(1)} ms sampled)`)
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(2).padStart(8)}  ${key.padEnd(44)} ${where(key)}`)
}
show("self time", self)
show("total time", total)
