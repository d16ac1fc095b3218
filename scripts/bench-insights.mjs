#!/usr/bin/env node
// npm run bench:insights — review insights without a model: aspect-sentiment accuracy on the
// labelled sentences, near-duplicate recall and precision on constructed copies, and time and
// memory on 1,000 and 10,000 generated reviews next to a baseline measured in the same run
// (lower-casing and word-splitting every review). Prints Markdown; --write puts it in BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { fileURLToPath } from "node:url"

import { register } from "tsx/esm/api"

import { duplicateFamilies, generateReviews, readSentences } from "./bench/insights-data.mjs"

register()
const { analyseReviews } = await import("../src/insights/analyse.ts")
const { prepareReview } = await import("../src/insights/prepare.ts")
const { duplicateGroups } = await import("../src/insights/trust/duplicates.ts")
const { reviewMatcher, sentenceMentions } = await import("../src/insights/aspects/sentence.ts")
const { polarityOf } = await import("../src/insights/aspects/highlights.ts")

const root = fileURLToPath(new URL("..", import.meta.url))
const fixtures = `${root}test/fixtures/insights/`
const showMisses = process.argv.includes("--misses")

// Aspect sentiment: each labelled sentence is analysed as a one-sentence review, its language
// detected from the text like any review's. Scored on the labelled aspect: right polarity = hit;
// aspect not found or no clear polarity = miss.
function aspectAccuracy(file) {
  const rows = readSentences(`${fixtures}${file}`)
  const tally = new Map()
  const misses = []
  for (const row of rows) {
    const review = prepareReview({ id: row.id, author: null, rating: null, title: null, body: row.text, date: null, verified: null, helpfulVotes: null, language: null, source: "bench" })
    const matcher = reviewMatcher(review)
    const mentions = review.sentences.flatMap((sentence) => sentenceMentions(sentence.tokens, matcher))
    const own = mentions.filter((mention) => mention.aspect === row.aspect)
    const predicted = own.length === 0 ? "not found" : polarityOf(own.reduce((sum, mention) => sum + mention.score, 0))
    for (const key of ["all", row.lang]) {
      const t = tally.get(key) ?? { n: 0, hit: 0, found: 0 }
      tally.set(key, t)
      t.n++
      if (own.length) t.found++
      if (predicted === row.polarity) t.hit++
    }
    if (predicted !== row.polarity) misses.push(`${row.id} ${row.aspect} ${row.polarity} → ${predicted}: ${row.text}`)
  }
  return { tally, misses }
}

function duplicateScores() {
  const sentences = [...readSentences(`${fixtures}aspect-sentences.jsonl`), ...readSentences(`${fixtures}aspect-sentences-holdout.jsonl`)]
  const { reviews, familyOf, kindOf } = duplicateFamilies(sentences)
  const groupOf = new Map()
  duplicateGroups(reviews.map(prepareReview)).forEach((group, g) => group.forEach((index) => groupOf.set(reviews[index].id, g)))
  const byFamily = new Map()
  for (const review of reviews) byFamily.set(familyOf.get(review.id), [...(byFamily.get(familyOf.get(review.id)) ?? []), review.id])
  const pairs = (ids) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]))
  const together = ([a, b]) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b)
  const truth = [...byFamily.values()].flatMap(pairs)
  const byGroup = new Map()
  for (const [id, g] of groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), id])
  const predicted = [...byGroup.values()].flatMap(pairs)
  const correct = predicted.filter(([a, b]) => familyOf.get(a) === familyOf.get(b)).length
  // Recall per kind of copy: is the copy grouped with its original?
  const kinds = new Map()
  for (const [id, kind] of kindOf) {
    const original = byFamily.get(familyOf.get(id))[0]
    const k = kinds.get(kind) ?? { n: 0, found: 0 }
    kinds.set(kind, k)
    k.n++
    if (together([original, id])) k.found++
  }
  return {
    reviews: reviews.length,
    truePairs: truth.length,
    predicted: predicted.length,
    recall: truth.filter(together).length / truth.length,
    precision: predicted.length ? correct / predicted.length : 1,
    kinds
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function baseline(reviews) {
  let words = 0
  for (const review of reviews) words += `${review.title ?? ""} ${review.body}`.toLowerCase().split(/[^\p{L}\p{N}']+/u).length
  return words
}

/** Median wall time and median CPU time (user + system) in ms. CPU time is what to read on a
 * shared machine: other processes stretch the wall clock, not the work done. */
function time(fn, runs) {
  const wall = []
  const cpu = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpuStart = process.cpuUsage()
    fn()
    const used = process.cpuUsage(cpuStart)
    wall.push(performance.now() - started)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

/** Heap still held by one analysis result (and nothing else) after a full collection. */
function retainedBytes(reviews) {
  if (!global.gc) return null
  global.gc()
  const before = process.memoryUsage().heapUsed
  const result = analyseReviews(reviews)
  global.gc()
  const after = process.memoryUsage().heapUsed
  return { bytes: after - before, json: JSON.stringify(result).length }
}

function peakDuring(reviews) {
  if (!global.gc) return null
  global.gc()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1)
  analyseReviews(reviews)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  clearInterval(timer)
  return peak - before
}

const sentencePool = [...readSentences(`${fixtures}aspect-sentences.jsonl`), ...readSentences(`${fixtures}aspect-sentences-holdout.jsonl`)]
const main = aspectAccuracy("aspect-sentences.jsonl")
const holdout = aspectAccuracy("aspect-sentences-holdout.jsonl")
const holdout2 = aspectAccuracy("aspect-sentences-holdout-2.jsonl")
const dup = duplicateScores()
const sizes = [1_000, 10_000]
const timing = []
for (const size of sizes) {
  const reviews = generateReviews(sentencePool, size, size)
  analyseReviews(reviews) // warm-up: JIT and lexicon indexes
  const ours = time(() => analyseReviews(reviews), size >= 10_000 ? 5 : 11)
  const base = time(() => baseline(reviews), 11)
  timing.push({ size, ours, base, memory: retainedBytes(reviews), peak: peakDuring(reviews) })
}

const f2 = (x) => x.toFixed(2)
const mb = (bytes) => (bytes === null || bytes === undefined ? "–" : `${(bytes / 1_048_576).toFixed(1)} MB`)
const accuracyRows = (label, { tally }) => {
  const all = tally.get("all")
  const langs = [...tally].filter(([key]) => key !== "all").map(([key, t]) => `${key} ${t.hit}/${t.n}`)
  return `| ${label} | ${all.n} | **${f2(all.hit / all.n)}** | ${f2(all.found / all.n)} | ${langs.join(", ")} |`
}
const [small, large] = timing
const table = [
  `Run ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
  "",
  "| aspect sentiment (labelled sentences) | sentences | accuracy | aspect found | by language (right/total) |",
  "| --- | --- | --- | --- | --- |",
  accuracyRows("written with the rules (`aspect-sentences.jsonl`)", main),
  accuracyRows("held out, never used to change rules (`aspect-sentences-holdout.jsonl`)", holdout),
  accuracyRows("second held-out set, labelled before the rules were next changed, never used to tune (`aspect-sentences-holdout-2.jsonl`)", holdout2),
  "",
  "| near-duplicates (constructed) | reviews | true pairs | pairs found | recall | precision |",
  "| --- | --- | --- | --- | --- | --- |",
  `| all copies; distractors share one sentence with an original | ${dup.reviews} | ${dup.truePairs} | ${dup.predicted} | **${f2(dup.recall)}** | **${f2(dup.precision)}** |`,
  ...[...dup.kinds].map(([kind, k]) => `| ${kind} | | ${k.n} | ${k.found} | ${f2(k.found / k.n)} | |`),
  "",
  `Machine load average during the run: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`,
  "",
  "| generated reviews | analyseReviews ms, wall (CPU) | baseline ms, wall (CPU) | ratio (CPU) | heap kept by the result | peak heap growth | result JSON |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...timing.map((t) => `| ${t.size.toLocaleString("en")} | ${t.ours.wall.toFixed(0)} (${t.ours.cpu.toFixed(0)}) | ${t.base.wall.toFixed(1)} (${t.base.cpu.toFixed(1)}) | ${(t.ours.cpu / t.base.cpu).toFixed(0)}× | ${mb(t.memory?.bytes)} | ${mb(t.peak)} | ${t.memory ? `${(t.memory.json / 1024).toFixed(0)} KB` : "–"} |`),
  "",
  `Growth 1k → 10k: CPU time ×${(large.ours.cpu / small.ours.cpu).toFixed(1)} (baseline ×${(large.base.cpu / small.base.cpu).toFixed(1)}), peak heap ×${small.peak && large.peak ? (large.peak / small.peak).toFixed(1) : "–"}, result size ×${small.memory && large.memory ? (large.memory.json / small.memory.json).toFixed(1) : "–"}.`
].join("\n")
console.log(table)

if (showMisses) {
  console.log("\nMisses (written set):\n" + main.misses.join("\n"))
  console.log("\nMisses (held-out set):\n" + holdout.misses.join("\n"))
  // The second held-out set's misses stay hidden: reading them would turn it into a tuning set.
}

if (process.argv.includes("--write")) {
  const path = `${root}BENCHMARKS.md`
  const doc = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n"
  const block = `<!-- bench:insights -->\n${table}\n<!-- /bench:insights -->`
  const next = doc.includes("<!-- bench:insights -->")
    ? doc.replace(/<!-- bench:insights -->[\s\S]*<!-- \/bench:insights -->/, block)
    : `${doc.trimEnd()}\n\n## Review insights (\`npm run bench:insights\`)\n\n${block}\n`
  writeFileSync(path, next)
  console.log(`\nWritten to ${path}`)
}
