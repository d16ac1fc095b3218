#!/usr/bin/env node
// npm run bench:extract — accuracy and speed of Cartwise's extraction on the shared corpus of real
// product pages, next to an open-source peer run on the same pages in the same run.
// Writes the tables to stdout and, with --write, into BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"

import { isoCandidates } from "./bench/currency-compat.mjs"
import { timeInExtension } from "./bench/extension-timing.mjs"
import { peerExtract } from "./bench/peer-web-auto-extractor.mjs"
import { FIELDS, emptyTally, f1, percentile, tallyPage } from "./bench/score.mjs"
import { startPageRunner } from "./lib/page-runner.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))
const corpus = process.env.CARTWISE_CORPUS ?? `${root}../shared/corpus/product-pages/`
if (!existsSync(`${corpus}ground-truth.json`)) {
  console.error(`No corpus at ${corpus} (set CARTWISE_CORPUS). Nothing to measure.`)
  process.exit(1)
}
const truth = JSON.parse(readFileSync(`${corpus}ground-truth.json`, "utf8"))

// Scored as the shopper gets it: the content script's product as the background settles and keeps
// it (src/extract/settle-product.ts: a brand's label, a book's ISBN as its GTIN), as the CLI prints it.
const { register } = await import("tsx/esm/api")
register()
const { settleProduct } = await import("../src/extract/settle-product.ts")

function ours(result) {
  if (result.kind !== "product") return {}
  const p = settleProduct(result.product)
  return {
    price: p.price,
    currency: { iso: p.currency, text: p.currencyText ?? null },
    availability: p.availability,
    sku: p.sku,
    brand: p.brand,
    gtin: p.gtin,
    mpn: p.mpn
  }
}

const runner = await startPageRunner({ warmRuns: 10 })
const tallies = { cartwise: emptyTally(), peer: emptyTally() }
const times = { cartwise: [], warm: [], steady: [], peer: [] }
// Each page's cached time with its host, to name the pages that hold the p95.
const perPage = []
const misses = []
let failures = 0
for (const [id, expected] of Object.entries(truth)) {
  const html = gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8")
  try {
    const { ms, warmMs, steadyMs, result } = await runner.extract(html, expected.url)
    times.cartwise.push(ms)
    times.warm.push(warmMs)
    times.steady.push(steadyMs)
    perPage.push({ host: new URL(expected.url).hostname.replace(/^www\./, ""), warmMs })
    const predicted = ours(result)
    tallyPage(tallies.cartwise, expected, predicted, isoCandidates)
    misses.push({ id, url: expected.url, kind: result.kind, predicted, expected })
  } catch (error) {
    failures++
    tallyPage(tallies.cartwise, expected, {}, isoCandidates)
    console.error(`${id}: ${error.message}`)
  }
  const started = performance.now()
  let peer = {}
  try {
    peer = peerExtract(html)
  } catch {
    peer = {}
  }
  times.peer.push(performance.now() - started)
  tallyPage(tallies.peer, expected, peer, isoCandidates)
}
// Hostile sizes: the budgets must hold on pages far larger than any shop's.
const ld = JSON.stringify({ "@type": "Product", name: "Stress lamp", offers: { price: "10", priceCurrency: "EUR" } })
// The 50 MB page is built inside the browser: sending it through the test harness would only
// measure the harness.
const growLarge = () => {
  const box = document.createElement("div")
  for (let i = 0; i < 20_000; i++) {
    const p = document.createElement("p")
    p.className = "price"
    p.textContent = "€ 12,99"
    box.append(p)
  }
  const text = document.createElement("p")
  text.textContent = "lorem ipsum ".repeat(4_400_000)
  box.append(text)
  document.body.append(box)
}
const stress = [
  ["100,000-node page, product markup at the end", `<html><body>${"<div><span>filler</span></div>".repeat(50_000)}<script type="application/ld+json">${ld}</script></body></html>`, undefined],
  ["50 MB page: 20,000 price-like elements and 50 MB of text", "<html><body><h1>Big</h1><button>Add to cart</button></body></html>", growLarge]
]
const stressRows = []
for (const [label, html, grow] of stress) {
  try {
    const { ms, result } = await runner.extract(html, "https://stress.example/p/1", grow)
    stressRows.push(`| ${label} | ${ms.toFixed(0)} | ${result.kind} |`)
  } catch (error) {
    stressRows.push(`| ${label} | failed: ${error.message.split("\n")[0]} | |`)
  }
}
// The floor: what any first run costs before a page gives it anything to read (parsing, compiling
// and setting up the bundle, then every rule finding little), on two tiny pages, a new tab per run.
const floorPages = [
  ["a one-paragraph page that is no product", "<html><head><title>Notes</title></head><body><p>Hello.</p></body></html>"],
  [
    "a minimal product page (one JSON-LD block, a heading, a price, a button)",
    `<html><head><title>Lamp</title><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "Product", name: "Lamp", sku: "L1", brand: { "@type": "Brand", name: "Acme" }, offers: { "@type": "Offer", price: "10.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" } })}</script></head><body><h1>Lamp</h1><p class="price">10,00 €</p><button>Add to cart</button></body></html>`
  ]
]
// And what a page that is no product costs (most pages a shopper opens): a long article with
// prices in its text, a table of details, menus and links, but no buy button and no product data.
const section = (i) =>
  `<section><h2>Part ${i}</h2><p>A lamp at <a href="/l/${i}">€ ${i},99</a> or <span class="price-note">$${i}.50</span> lights a desk.</p>` +
  `<table class="specs"><tr><th>Brand</th><td>Acme ${i}</td></tr><tr><th>Model</th><td>L-${i}00</td></tr></table><button>Share</button></section>`
floorPages.push([
  "an article page that is no product (5,400 elements: prices in the text, tables of details, links, no buy button)",
  `<html><head><title>Choosing a lamp</title><meta property="og:type" content="article"></head><body><nav>${'<a href="/x">Menu</a>'.repeat(200)}</nav><main><h1>Choosing a lamp</h1>${Array.from({ length: 400 }, (_, i) => section(i)).join("")}</main><footer>Notes</footer></body></html>`
])
const floorRows = []
for (const [label, html] of floorPages) {
  const first = []
  const cached = []
  for (let i = 0; i < 11; i++) {
    const run = await runner.extract(html, "https://floor.example/p/1")
    first.push(run.ms)
    cached.push(run.warmMs)
  }
  floorRows.push(`| the content script on ${label}: first run, 11 new tabs | ${percentile(first, 0.5).toFixed(1)} | ${percentile(first, 0.95).toFixed(1)} |`)
  floorRows.push(`| the same, code cached | ${percentile(cached, 0.5).toFixed(1)} | ${percentile(cached, 0.95).toFixed(1)} |`)
}
await runner.close()
const ms = (list, q) => percentile(list, q).toFixed(1)
let inExtension = null
try {
  inExtension = await timeInExtension(corpus, Object.keys(truth))
} catch (error) {
  console.error(`timing in the extension: ${error.message}`)
}
const extensionRows = inExtension
  ? [
      `| Cartwise in the extension, page opened in a new tab (generic script, timed by itself, without parsing the bundle) | ${ms(inExtension.first, 0.5)} | ${ms(inExtension.first, 0.95)} |`,
      `| Cartwise in the extension, the same page opened again in that tab (V8 finds the code compiled) | ${ms(inExtension.again, 0.5)} | ${ms(inExtension.again, 0.95)} |`
    ]
  : ["| Cartwise in the extension | failed | |"]

const pct = (x) => x.toFixed(2)
const rows = FIELDS.map((field) => {
  const a = f1(tallies.cartwise[field])
  const b = f1(tallies.peer[field])
  return `| ${field} | ${pct(a.precision)} | ${pct(a.recall)} | **${pct(a.f1)}** | ${pct(b.precision)} | ${pct(b.recall)} | ${pct(b.f1)} |`
})
const pages = Object.keys(truth).length
const table = [
  `Corpus: ${pages} real product pages (${failures} failed to run). Run ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| field | Cartwise P | R | F1 | web-auto-extractor P | R | F1 |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
  "| time per page | p50 ms | p95 ms |",
  "| --- | --- | --- |",
  `| Cartwise content script in Chromium, first run (compile + extract) | ${ms(times.cartwise, 0.5)} | ${ms(times.cartwise, 0.95)} |`,
  `| Cartwise content script in Chromium, extraction with the code cached (median of 3 runs per page) | ${ms(times.warm, 0.5)} | ${ms(times.warm, 0.95)} |`,
  `| the same once V8 has optimised it: the extraction's own work (median of the 6th–10th cached runs per page) | ${ms(times.steady, 0.5)} | ${ms(times.steady, 0.95)} |`,
  ...extensionRows,
  `| web-auto-extractor in Node (cheerio parse + extract) | ${ms(times.peer, 0.5)} | ${ms(times.peer, 0.95)} |`,
  `| ratio Cartwise first run / peer | ${(percentile(times.cartwise, 0.5) / percentile(times.peer, 0.5)).toFixed(2)} | ${(percentile(times.cartwise, 0.95) / percentile(times.peer, 0.95)).toFixed(2)} |`,
  ...floorRows,
  "",
  // Pages where the review reader runs too (a review widget, or reviews whose dates it reads from
  // the page) have its work added: loading it and reading their reviews again.
  `Slowest pages with the code cached: ${perPage
    .sort((a, b) => b.warmMs - a.warmMs)
    .slice(0, 5)
    .map((p) => `${p.host} ${p.warmMs.toFixed(1)}`)
    .join(", ")} ms.`,
  "",
  "| synthetic stress page | first run ms | result |",
  "| --- | --- | --- |",
  ...stressRows
].join("\n")
console.log(table)

// --misses: one line per page with the fields Cartwise got wrong or missed, for working on rules.
if (process.argv.includes("--misses")) {
  for (const m of misses) {
    const one = emptyTally()
    tallyPage(one, m.expected, m.predicted, isoCandidates)
    const wrong = FIELDS.filter((f) => one[f].fp || one[f].fn)
    const shown = (f) => JSON.stringify(f === "currency" ? m.predicted.currency?.iso ?? null : m.predicted[f] ?? null)
    if (wrong.length) {
      console.log(`${m.kind.padEnd(11)} ${m.url.slice(0, 70).padEnd(70)} ${wrong.map((f) => `${f}=${shown(f)}≠${JSON.stringify(m.expected[f] ?? null)}`).join(" ")}`)
    }
  }
}

if (process.argv.includes("--write")) {
  const path = `${root}BENCHMARKS.md`
  const doc = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n"
  const block = `<!-- bench:extract -->\n${table}\n<!-- /bench:extract -->`
  const next = doc.includes("<!-- bench:extract -->")
    ? doc.replace(/<!-- bench:extract -->[\s\S]*<!-- \/bench:extract -->/, block)
    : `${doc.trimEnd()}\n\n## Extraction (npm run bench:extract)\n\n${block}\n`
  writeFileSync(path, next)
  console.log(`\nWritten to ${path}`)
}
