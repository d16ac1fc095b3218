#!/usr/bin/env node
// Two builds' content scripts timed in the same page, alternately, so machine load hits both alike:
//   node scripts/bench/ab-extract.mjs BUILD_DIR_A BUILD_DIR_B [--runs N] [--pages ID,ID] [--stress] [--cold]
// Each corpus page is loaded once; A's and B's bundle (the one Chrome would inject for the
// address) each run twice to warm up, then N times each, alternating, with the code cached.
// --cold times first runs instead (compiling included): each page is opened in a new tab for
// each run of each build, at Chrome's document_idle moment, the builds' order alternating, and
// the median of N (default 3) first runs per build is the page's time.
// Prints p50/p95 over the per-page medians for each build, the median per-page ratio B/A and the
// slowest pages. --stress adds the bench's 100,000-node page. A comparison tool: the numbers for
// the README come from npm run bench:extract.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"

import { contentScripts, pageLoaded, scriptFor } from "../lib/page-runner.mjs"
import { startOfflineBrowser } from "./offline-browser.mjs"
import { percentile } from "./score.mjs"

const root = fileURLToPath(new URL("../..", import.meta.url))
const corpus = process.env.CARTWISE_CORPUS ?? `${root}../shared/corpus/product-pages/`
const argv = process.argv.slice(2)
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const [dirA, dirB] = argv.filter((a, i) => !a.startsWith("--") && !["--runs", "--pages"].includes(argv[i - 1]))
if (!dirA || !dirB) {
  console.error("usage: ab-extract.mjs BUILD_DIR_A BUILD_DIR_B [--runs N] [--pages ID,ID] [--stress] [--cold]")
  process.exit(1)
}
const cold = argv.includes("--cold")
const runs = Number(option("--runs") ?? (cold ? 3 : 7))
const only = option("--pages")?.split(",")
const scriptsA = contentScripts(dirA)
const scriptsB = contentScripts(dirB)

const truth = JSON.parse(readFileSync(`${corpus}ground-truth.json`, "utf8"))
const pages = Object.entries(truth)
  .filter(([id]) => !only || only.some((p) => id.startsWith(p)))
  .map(([id, e]) => ({ id, url: e.url, html: () => gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8") }))
if (argv.includes("--stress")) {
  const ld = JSON.stringify({ "@type": "Product", name: "Stress lamp", offers: { price: "10", priceCurrency: "EUR" } })
  const html = `<html><body>${"<div><span>filler</span></div>".repeat(50_000)}<script type="application/ld+json">${ld}</script></body></html>`
  pages.push({ id: "stress-100k", url: "https://stress.example/p/1", html: () => html })
}

// In the page: each bundle run as the content script would be, its module registry cleared after.
function alternate({ a, b, runs }) {
  const globals = new Set(Object.getOwnPropertyNames(globalThis))
  const once = (source) => {
    globalThis.chrome = { runtime: { sendMessage: () => Promise.resolve(), onMessage: { addListener() {} } } }
    const started = performance.now()
    ;(0, eval)(source)
    const ms = performance.now() - started
    for (const name of Object.getOwnPropertyNames(globalThis)) if (!globals.has(name) && name !== "chrome") delete globalThis[name]
    return ms
  }
  for (const source of [a, b, a, b]) once(source)
  const ta = []
  const tb = []
  for (let i = 0; i < runs; i++) {
    // Who goes first alternates too: a run can warm caches for the one after it.
    if (i % 2) {
      tb.push(once(b))
      ta.push(once(a))
    } else {
      ta.push(once(a))
      tb.push(once(b))
    }
  }
  return { ta, tb }
}

// In a new tab: one first run of `source`.
function firstRun(source) {
  globalThis.chrome = { runtime: { sendMessage: () => Promise.resolve(), onMessage: { addListener() {} } } }
  const started = performance.now()
  ;(0, eval)(source)
  return performance.now() - started
}

async function coldRuns(p) {
  const html = p.html()
  const times = { a: [], b: [] }
  const sources = { a: scriptFor(scriptsA, p.url).source, b: scriptFor(scriptsB, p.url).source }
  for (let i = 0; i < runs; i++) {
    for (const build of i % 2 ? ["b", "a"] : ["a", "b"]) {
      const page = await browser.open(html, p.url)
      try {
        await pageLoaded(page)
        times[build].push(await page.evaluate(firstRun, sources[build]))
      } finally {
        await page.close()
      }
    }
  }
  return { ta: times.a, tb: times.b }
}

const browser = await startOfflineBrowser()
const rows = []
for (const p of pages) {
  if (cold) {
    const { ta, tb } = await coldRuns(p)
    rows.push({ ...p, a: percentile(ta, 0.5), b: percentile(tb, 0.5) })
    continue
  }
  const page = await browser.open(p.html(), p.url)
  try {
    const { ta, tb } = await page.evaluate(alternate, { a: scriptFor(scriptsA, p.url).source, b: scriptFor(scriptsB, p.url).source, runs })
    rows.push({ ...p, a: percentile(ta, 0.5), b: percentile(tb, 0.5) })
  } finally {
    await page.close()
  }
}
await browser.close()

const as = rows.map((r) => r.a)
const bs = rows.map((r) => r.b)
const f = (x) => x.toFixed(1)
console.log(`${rows.length} pages, ${runs} ${cold ? "first runs (a new tab each)" : "runs"} each, load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`)
console.log(`A p50 ${f(percentile(as, 0.5))} p95 ${f(percentile(as, 0.95))} ms | B p50 ${f(percentile(bs, 0.5))} p95 ${f(percentile(bs, 0.95))} ms | median per-page B/A ${percentile(rows.map((r) => r.b / r.a), 0.5).toFixed(3)}`)
for (const r of rows.sort((x, y) => y.a - x.a).slice(0, 12)) console.log(`${f(r.a).padStart(7)} → ${f(r.b).padStart(7)} ms  ${(r.b / r.a).toFixed(2)}  ${r.url.slice(0, 70)}`)
