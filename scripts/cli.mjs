#!/usr/bin/env node
// The `cartwise` command line, for debugging extraction and for benchmarks.
//   npx cartwise extract [--url URL] FILE.html[.gz] [[--url URL] FILE …]
//   npx cartwise parse-price  < lines of {"text": …, "currency_hint": …}
// One JSON object per input, one per line. A bad file or line gives an error line, never a crash.
import { execSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { basename, resolve } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"

const root = fileURLToPath(new URL("..", import.meta.url))
const USAGE = `Usage:
  cartwise extract [--url URL] FILE.html[.gz] [[--url URL] FILE ...]
      Renders each file in headless Chromium (page scripts and network off), runs Cartwise's
      content script on it and prints one JSON ProductSnapshot per line. --url gives the address
      of the file after it (default: https://local.invalid/FILE).
  cartwise parse-price
      Reads JSON lines {"text": ..., "currency_hint": ...} on stdin and prints
      {"amount": ..., "currency": ..., "currencyText": ...} per line (an error line for a bad
      or blank one).
Exit status: 0; 1 when every file of an extract failed; 2 for bad arguments.`

const print = (value) => process.stdout.write(`${JSON.stringify(value)}\n`)

function parseExtractArgs(args) {
  const jobs = []
  let url = null
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--url") {
      if (url) throw new Error(`--url ${url} names no file: a FILE must follow each --url`)
      url = args[++i] ?? null
      if (!url) throw new Error("--url needs an address")
      // As Chromium writes it ("HTTPS://Shop.example" → "https://shop.example/"), or the page's
      // request would not be recognised as the saved page's; only web pages have a content script.
      const parsed = URL.canParse(url) ? new URL(url) : null
      if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new Error(`--url ${url} is not an http(s) address`)
      url = parsed.href
      continue
    }
    if (args[i].startsWith("-")) throw new Error(`unknown option ${args[i]}`)
    jobs.push({ file: args[i], url })
    url = null
  }
  if (url) throw new Error(`--url ${url} names no file: a FILE must follow each --url`)
  if (!jobs.length) throw new Error("extract needs at least one FILE")
  return jobs
}

// Gzip by its magic bytes, whatever the file is called; pages in any encoding are passed on as
// bytes, for the browser to decode as it would (src: scripts/lib/page-runner.mjs).
const isGzip = (bytes) => bytes[0] === 0x1f && bytes[1] === 0x8b
// Playwright's messages carry a call log in terminal colours after the first line.
const firstLine = (message) => message.split("\n")[0].replace(/\u001b\[[\d;]*m/g, "")

// The product as the extension's background keeps it (src/extract/settle-product.ts, the step its
// validator ends with): review dates to ISO and ids, "+" and "-" marks as "Yes" and "No", the shop's
// terms left out of the specs, markup out of the description, the shop's icons and logo out of the
// images. The content script sends them as the page prints them. `dated`: the reviews the review
// reader dated from the page afterwards, which the background stores over the same ids. A review's
// language, where the page declared none, is detected from its words as the background stores it.
function snapshotLine(file, { result, dated }, { settleProduct, datesFilled, withLanguages, reasonText }) {
  const p = result.kind === "product" ? settleProduct(result.product) : null
  if (p && dated.length) {
    const filled = new Map(datesFilled(p.reviews, dated).map((r) => [r.id, r]))
    p.reviews = p.reviews.map((r) => filled.get(r.id) ?? r)
  }
  if (p) p.reviews = withLanguages(p.reviews)
  const value = (key) => (p ? p[key] ?? null : null)
  return {
    file,
    kind: result.kind,
    reason: result.kind === "not-product" ? reasonText(result.reason) : null,
    name: value("name"),
    brand: value("brand"),
    description: value("description"),
    breadcrumbs: p?.breadcrumbs ?? [],
    price: value("price"),
    listPrice: value("listPrice"),
    currency: value("currency"),
    currencyText: value("currencyText"),
    availability: value("availability"),
    seller: value("seller"),
    sku: value("sku"),
    gtin: value("gtin"),
    mpn: value("mpn"),
    rating: value("rating"),
    reviewCount: value("reviewCount"),
    image: value("image"),
    images: p?.images ?? [],
    specs: p?.specs ?? null,
    variants: p?.variants ?? [],
    reviews: p?.reviews ?? [],
    sources: p ? p.sources : null,
    warnings: result.warnings
  }
}

async function extract(args) {
  const jobs = parseExtractArgs(args)
  if (!existsSync(`${root}build/chrome-mv3-prod/manifest.json`)) {
    process.stderr.write("cartwise: no build yet, running npm run build\n")
    execSync("npm run build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
  }
  const { startPageRunner } = await import("./lib/page-runner.mjs")
  const { register } = await import("tsx/esm/api")
  register()
  // As the background keeps them: the product settled, the dates the review reader sent filled in
  // (recordReviewDates), and each review's language where the page declared none (storeReviews).
  const settle = {
    ...(await import("../src/extract/settle-product.ts")),
    ...(await import("../src/db/review-rows.ts")),
    ...(await import("../src/db/review-language.ts")),
    ...(await import("../src/extract/reasons.ts"))
  }
  const runner = await startPageRunner()
  let failed = 0
  try {
    for (const { file, url } of jobs) {
      try {
        const path = resolve(file)
        const bytes = readFileSync(path)
        const html = isGzip(bytes) ? gunzipSync(bytes) : bytes
        const address = url ?? `https://local.invalid/${encodeURIComponent(basename(file).replace(/\.gz$/i, ""))}`
        print(snapshotLine(file, await runner.extract(html, address), settle))
      } catch (error) {
        failed++
        print({ file, error: firstLine(error instanceof Error ? error.message : String(error)) })
      }
    }
  } finally {
    await runner.close()
  }
  return failed === jobs.length ? 1 : 0
}

async function parsePrices() {
  const { register } = await import("tsx/esm/api")
  register()
  const { parsePrice } = await import("../src/price/parse.ts")
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let first = true
  for await (let line of lines) {
    // A byte-order mark some editors put before the first line is no part of its JSON.
    if (first && line.startsWith("\ufeff")) line = line.slice(1)
    first = false
    try {
      // A blank line is a bad line too: every input line gets its output line, in order.
      if (!line.trim()) throw new Error("empty line")
      const input = JSON.parse(line)
      if (typeof input?.text !== "string") throw new Error('each line needs a "text" string')
      const hint = typeof input.currency_hint === "string" ? input.currency_hint : null
      const { amount, currency, currencyText } = parsePrice(input.text, hint)
      print({ amount, currency, currencyText })
    } catch (error) {
      print({ error: error instanceof Error ? error.message : String(error), line: line.slice(0, 200) })
    }
  }
  return 0
}

// Output piped into a reader that stops early (`| head`) ends the command quietly.
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 1))

const args = process.argv.slice(2)
const [command, ...rest] = args
try {
  if (command === undefined || args.some((arg) => arg === "--help" || arg === "-h")) console.log(USAGE)
  else if (command === "extract") process.exitCode = await extract(rest)
  else if (command === "parse-price") {
    if (rest.length) throw new Error(`parse-price takes no arguments (${rest[0]})`)
    process.exitCode = await parsePrices()
  } else throw new Error(`unknown command ${command}`)
} catch (error) {
  console.error(`cartwise: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  process.exitCode = 2
}
