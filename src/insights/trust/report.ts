// The report card: every test's result, a grade from their combined penalties, and the rating
// recomputed with doubted reviews counted less. Nothing is hidden: weights only shrink a review's
// say, and each weight names the tests behind it.

import { round } from "../histogram"
import type { PreparedReview } from "../prepare"
import type { Grade, ProductContext, ReviewWeight, TrustReport, TrustStatus, TrustTestId } from "../types"
import { burstsTest } from "./bursts"
import { duplicatesTest } from "./duplicates"
import { genericPraiseTest } from "./generic-praise"
import { incentivisedTest } from "./incentivised"
import { otherProductTest } from "./other-product"
import type { Outcome } from "./outcome"
import { ratingShapeTest } from "./rating-shape"
import { repeatNamesTest } from "./repeat-names"
import { unverifiedTest } from "./unverified"

/** Fewer reviews than this (with a rating or text) get no grade: any finding would be noise. */
export const MIN_REVIEWS = 5
/** Down-weighted reviews listed in the stored report; the adjusted rating always uses them all. */
const MAX_LISTED_WEIGHTS = 500
/** No review counts for less than this, however many tests doubt it. */
const MIN_WEIGHT = 0.05

/** Points off 100 for a warning and for a failure; weighted by how much each signal says. */
const PENALTIES: Record<TrustTestId, Record<Exclude<TrustStatus, "pass">, number>> = {
  duplicates: { warn: 10, fail: 30 },
  bursts: { warn: 8, fail: 20 },
  "rating-shape": { warn: 8, fail: 20 },
  unverified: { warn: 5, fail: 15 },
  "generic-praise": { warn: 5, fail: 15 },
  incentivised: { warn: 8, fail: 20 },
  "other-product": { warn: 15, fail: 40 },
  "repeat-names": { warn: 5, fail: 15 }
}

const GRADES: [number, Grade][] = [
  [90, "A"],
  [75, "B"],
  [60, "C"],
  [45, "D"],
  [0, "F"]
]

function meanRating(reviews: readonly PreparedReview[], weightOf: (id: string) => number): number | null {
  let sum = 0
  let total = 0
  for (const review of reviews) {
    if (review.rating === null) continue
    const weight = weightOf(review.review.id)
    sum += review.rating * weight
    total += weight
  }
  return total > 0 ? round(sum / total, 2) : null
}

export function trustReport(reviews: readonly PreparedReview[], product?: ProductContext): TrustReport {
  const counted = reviews.filter((review) => review.rating !== null || review.words.length > 0).length
  const rating = meanRating(reviews, () => 1)
  if (counted < MIN_REVIEWS) return { state: "not-enough-reviews", counted, needed: MIN_REVIEWS, rating }
  const outcomes: Outcome[] = [
    duplicatesTest(reviews),
    burstsTest(reviews),
    ratingShapeTest(reviews),
    unverifiedTest(reviews),
    genericPraiseTest(reviews),
    incentivisedTest(reviews),
    otherProductTest(reviews, product),
    repeatNamesTest(reviews)
  ]
  const weights = new Map<string, ReviewWeight>()
  for (const outcome of outcomes) {
    for (const [reviewId, factor] of outcome.weights) {
      const id = outcome.test?.id
      if (!id) continue
      const entry = weights.get(reviewId) ?? { reviewId, weight: 1, reasons: [] }
      entry.weight = Math.max(MIN_WEIGHT, entry.weight * factor)
      entry.reasons.push(id)
      weights.set(reviewId, entry)
    }
  }
  const tests = outcomes.flatMap((outcome) => (outcome.test ? [outcome.test] : []))
  const penalty = tests.reduce((sum, test) => sum + (test.status === "pass" ? 0 : PENALTIES[test.id][test.status]), 0)
  const score = Math.max(0, 100 - penalty)
  const grade = GRADES.find(([minimum]) => score >= minimum)?.[1] ?? "F"
  return {
    state: "graded",
    grade,
    score,
    rating,
    adjustedRating: meanRating(reviews, (id) => weights.get(id)?.weight ?? 1),
    tests,
    skipped: outcomes.flatMap((outcome) => (outcome.skipped ? [outcome.skipped] : [])),
    downWeighted: weights.size,
    weights: [...weights.values()]
      .map((entry) => ({ ...entry, weight: round(entry.weight, 3) }))
      .sort((a, b) => a.weight - b.weight || a.reviewId.localeCompare(b.reviewId))
      .slice(0, MAX_LISTED_WEIGHTS)
  }
}
