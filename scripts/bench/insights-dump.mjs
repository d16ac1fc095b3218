#!/usr/bin/env node
// Full analysis output for every review set bench:insights reads, so a speed change can be shown
// to change nothing: run it before and after, then `diff -r` the two folders (or compare the
// printed digests). Usage: node scripts/bench/insights-dump.mjs OUT_DIR
import { createHash } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { register } from "tsx/esm/api"

import { duplicateFamilies, generateReviews, readSentences } from "./insights-data.mjs"

register()
const { analyseReviews } = await import("../../src/insights/analyse.ts")
const { prepareReview } = await import("../../src/insights/prepare.ts")
const { duplicateGroups } = await import("../../src/insights/trust/duplicates.ts")
const { reviewMatcher, sentenceMentions } = await import("../../src/insights/aspects/sentence.ts")

const out = process.argv[2]
if (!out) throw new Error("usage: insights-dump.mjs OUT_DIR")
mkdirSync(out, { recursive: true })
const fixtures = fileURLToPath(new URL("../../test/fixtures/insights/", import.meta.url))
const files = ["aspect-sentences.jsonl", "aspect-sentences-holdout.jsonl", "aspect-sentences-holdout-2.jsonl"]
const sentenceSets = Object.fromEntries(files.map((file) => [file, readSentences(`${fixtures}${file}`)]))
const pool = [...sentenceSets[files[0]], ...sentenceSets[files[1]]]

const asReview = (id, body, extra = {}) => ({ id, author: null, rating: null, title: null, body, date: null, verified: null, helpfulVotes: null, language: null, source: "bench", ...extra })

/** Each labelled sentence as the accuracy benchmark reads it: language and mentions. */
function sentenceView(rows) {
  return rows.map((row) => {
    const review = prepareReview(asReview(row.id, row.text))
    const matcher = reviewMatcher(review)
    return { id: row.id, language: review.language, mentions: review.sentences.map((sentence) => sentenceMentions(sentence.tokens, matcher)) }
  })
}

// Texts the generated sets lack: other scripts, elisions, full-width punctuation, emoji, numbers,
// overlong text, empty and title-only reviews, declared languages.
const ODD = [
  "Très bien, l'odeur n'est pas forte. Qu'il est beau ! J'ai adoré.",
  "这个充电器很好用，质量不错！电池也耐用。快递很快。",
  "Отличный товар, батарея держит долго. Рекомендую!",
  "منتج رائع جدا، البطارية ممتازة",
  "すごく良い商品です。バッテリーも長持ち。",
  "좋은 제품입니다. 배터리가 오래가요.",
  "Great product!!! 👍👍 5/5 — would buy again… 2.5 hours of battery; (not bad) [really].",
  "ＦＵＬＬ－ＷＩＤＴＨ text，with ｐｕｎｃｔｕａｔｉｏｎ！ The lid is great.",
  "Das Gerät funktioniert nicht. Die Qualität ist leider schlecht, aber der Preis ist gut.",
  "El producto es muy bueno pero la batería dura poco.",
  "👍",
  "",
  "Battery battery battery, the battery, a battery. ".repeat(400)
]
const oddReviews = ODD.flatMap((body, i) => [
  asReview(`o${i}`, body, { rating: (i % 5) + 1, author: i % 3 ? "Sam K." : null, date: `2024-03-${String(1 + (i % 9)).padStart(2, "0")}` }),
  asReview(`t${i}`, "", { title: body.slice(0, 80), rating: 5, language: ["en-GB", "de_DE", "fr", "zz", null][i % 5], verified: i % 2 === 0 })
])
const product = { name: "Electric kettle 1.7 l", brand: "Ketl", breadcrumbs: ["Home", "Kitchen"], specs: [{ name: "Capacity", value: "1.7 l" }], description: "A kettle." }

const sets = {}
for (const size of [5, 20, 100, 300, 1_000, 3_000, 10_000]) sets[`generated-${size}`] = () => analyseReviews(generateReviews(pool, size, size))
sets["generated-1000-product"] = () => analyseReviews(generateReviews(pool, 1_000, 1_000), product)
sets["generated-300-phone"] = () => analyseReviews(generateReviews(pool, 300, 300), { name: "Smartphone X with charger" })
const { reviews: dupReviews } = duplicateFamilies(pool)
sets.duplicates = () => ({ analysis: analyseReviews(dupReviews), groups: duplicateGroups(dupReviews.map(prepareReview)) })
sets.odd = () => analyseReviews(oddReviews, product)
sets["odd-and-generated"] = () => analyseReviews([...oddReviews, ...generateReviews(pool, 200, 3)])
for (const file of files) {
  sets[`sentences-${file}`] = () => sentenceView(sentenceSets[file])
  sets[`sentences-as-reviews-${file}`] = () => analyseReviews(sentenceSets[file].map((row) => asReview(row.id, row.text, { rating: 4 })))
}

for (const [name, run] of Object.entries(sets)) {
  const json = JSON.stringify(run(), null, 1)
  writeFileSync(`${out}/${name}.json`, json)
  console.log(`${createHash("sha256").update(json).digest("hex").slice(0, 16)}  ${name}`)
}
