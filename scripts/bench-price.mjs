#!/usr/bin/env node
// node scripts/bench-price.mjs [--misses] — accuracy of parsePrice on the shared corpus of real
// price strings (../shared/corpus/price-strings/cases.jsonl, or CARTWISE_PRICE_CASES).
// Prints a Markdown table: exact amounts and currency text, overall and per group.
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { register } from "tsx/esm/api"

register()
const { parsePrice } = await import("../src/price/parse.ts")

const root = fileURLToPath(new URL("..", import.meta.url))
const casesPath = process.env.CARTWISE_PRICE_CASES ?? `${root}../shared/corpus/price-strings/cases.jsonl`
if (!existsSync(casesPath)) {
  console.log(`No price-string corpus at ${casesPath} (set CARTWISE_PRICE_CASES). Nothing to measure.`)
  process.exit(0)
}
const showMisses = process.argv.includes("--misses")

const cases = readFileSync(casesPath, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

/** Numeric equality of two decimal strings without floats: "12.0" equals "12", null only null. */
function sameAmount(expected, got) {
  if (expected === null || expected === undefined) return got === null
  if (got === null) return false
  const norm = (s) => {
    const [i = "", f = ""] = String(s).trim().split(".")
    return `${i.replace(/^0+(?=\d)/, "")}.${f.replace(/0+$/, "")}`
  }
  return norm(expected) === norm(got)
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "–")

const groups = new Map()
const total = { cases: 0, amount: 0, currency: 0 }
const misses = []
for (const c of cases) {
  const options = c.decimal_separator ? { decimalSeparator: c.decimal_separator } : undefined
  const got = parsePrice(c.text, c.currency_hint, null, options)
  const amountOk = sameAmount(c.amount, got.amount)
  const currencyOk = (c.currency ?? null) === got.currencyText
  const group = groups.get(c.group) ?? { cases: 0, amount: 0, currency: 0 }
  groups.set(c.group, group)
  for (const t of [group, total]) {
    t.cases++
    if (amountOk) t.amount++
    if (currencyOk) t.currency++
  }
  if (!amountOk || !currencyOk) misses.push({ c, got, amountOk, currencyOk })
}

const lines = [
  "| group | cases | exact amount | currency text |",
  "|---|---:|---:|---:|",
  `| **all** | ${total.cases} | ${pct(total.amount, total.cases)} | ${pct(total.currency, total.cases)} |`
]
for (const [name, g] of [...groups].sort((a, b) => b[1].cases - a[1].cases)) {
  lines.push(`| ${name} | ${g.cases} | ${pct(g.amount, g.cases)} | ${pct(g.currency, g.cases)} |`)
}
console.log(lines.join("\n"))

if (showMisses) {
  console.log("\n| what | group | text | hint | expected | got |\n|---|---|---|---|---|---|")
  const cell = (v) => JSON.stringify(v ?? null).replace(/\|/g, "\\|")
  for (const { c, got, amountOk, currencyOk } of misses) {
    const what = [amountOk ? "" : "amount", currencyOk ? "" : "currency"].filter(Boolean).join("+")
    const expected = `${c.amount ?? "null"} ${cell(c.currency)}`
    const ours = `${got.amount ?? "null"} ${cell(got.currencyText)}`
    console.log(`| ${what} | ${c.group} | ${cell(c.text)} | ${cell(c.currency_hint)} | ${expected} | ${ours} |`)
  }
}
