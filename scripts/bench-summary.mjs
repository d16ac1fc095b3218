#!/usr/bin/env node
// npm run bench:summary — the AI review summary's prompt, measured without a model: prompt tokens
// at any review count (target ≤ 1,500), and how many of the aspects that ≥ 5% of reviews mention get
// at least one review in the evidence sent (target ≥ 90%), on generated review sets. Also the time
// to build the prompt next to a baseline in the same run (taking the first reviews that fit).
// `--write` puts the table into BENCHMARKS.md.
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { register } from "tsx/esm/api"

import { generateReviews, readSentences } from "./bench/insights-data.mjs"

register()
const { analyseReviews } = await import("../src/insights/analyse.ts")
const { buildSummaryPrompt, SUMMARY_PROMPT_BUDGET } = await import("../src/llm/prompts/review-summary.ts")
const { estimateChatTokens, fitToBudget } = await import("../src/llm/tokens.ts")
const { prepareReview } = await import("../src/insights/prepare.ts")
const { reviewMatcher, sentenceMentions } = await import("../src/insights/aspects/sentence.ts")

/** Aspects a review mentions, by the same matcher the insights use. */
function aspectsOf(review) {
  const prepared = prepareReview(review)
  const matcher = reviewMatcher(prepared)
  return prepared.sentences.flatMap((sentence) => sentenceMentions(sentence.tokens, matcher).map((m) => m.aspect))
}

const root = fileURLToPath(new URL("..", import.meta.url))
const sentences = readSentences(`${root}test/fixtures/insights/aspect-sentences.jsonl`)
const product = { name: "Tidewave ANC Headphones", brand: "Tidewave" }

/** The naive prompt: the first reviews on the page until the same budget is full. */
function firstReviews(reviews, budget) {
  const parts = reviews.slice(0, 400).map((r, i) => ({ id: r.id, text: `[r${i + 1}] ${r.body.slice(0, 320)}`, priority: reviews.length - i }))
  return new Set(fitToBudget(parts, budget).parts.map((p) => p.id))
}

/** Common aspects (≥ 5% of reviews) that at least one sent review mentions, by the same analysis. */
function coverage(analysis, reviews, sent) {
  const common = analysis.insights.highlights.filter((h) => h.kind === "aspect" && h.reviews / h.of >= 0.05)
  if (common.length === 0) return { share: 1, common: 0 }
  const mentioned = new Set(reviews.filter((r) => sent.has(r.id)).flatMap(aspectsOf))
  return { share: common.filter((h) => mentioned.has(h.id)).length / common.length, common: common.length }
}

const rows = []
for (const count of [10, 100, 1000, 10000]) {
  const reviews = generateReviews(sentences, count, count)
  const analysis = analyseReviews(reviews, product)
  const t0 = performance.now()
  const prompt = buildSummaryPrompt(product, reviews, analysis, "en")
  const ms = performance.now() - t0
  const sent = new Set(prompt.labels.values())
  const ours = coverage(analysis, reviews, sent)
  const naive = coverage(analysis, reviews, firstReviews(reviews, prompt.tokensForReviews ?? 1150))
  rows.push({ count, tokens: estimateChatTokens(prompt.messages), used: prompt.used, common: ours.common, ours: ours.share, naive: naive.share, ms })
}

const table = [
  `Run ${new Date().toISOString().slice(0, 10)}, Node ${process.version}; budget ${SUMMARY_PROMPT_BUDGET} prompt tokens.`,
  "",
  "| reviews | prompt tokens | reviews sent | common aspects (≥ 5%) | covered by Cartwise's evidence | covered by the first reviews in the same budget | build time |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.count.toLocaleString("en")} | ${r.tokens} | ${r.used} | ${r.common} | **${Math.round(r.ours * 100)}%** | ${Math.round(r.naive * 100)}% | ${r.ms.toFixed(0)} ms |`)
].join("\n")
console.log(table)

if (process.argv.includes("--write")) {
  const path = `${root}BENCHMARKS.md`
  const text = readFileSync(path, "utf8")
  const block = `<!-- bench:summary -->\n${table}\n<!-- /bench:summary -->`
  const next = /<!-- bench:summary -->[\s\S]*<!-- \/bench:summary -->/.test(text)
    ? text.replace(/<!-- bench:summary -->[\s\S]*<!-- \/bench:summary -->/, block)
    : `${text.trimEnd()}\n\n## AI review summary prompt (\`npm run bench:summary\`)\n\nGenerated review sets (as in bench:insights). "Common aspects" are those at least 5% of the reviews mention; one counts as covered when a review that mentions it is among those sent to the model. The comparison column fills the same budget with the first reviews in page order.\n\n${block}\n`
  writeFileSync(path, next)
}
