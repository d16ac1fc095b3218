// Unverified purchases: only where the shop says which reviews are verified. Unverified reviews
// are not fake by themselves, but they are where review fraud concentrates, so a high share, or
// unverified ratings far above verified ones, is worth knowing.

import type { PreparedReview } from "../prepare"
import { percent, skipped, tested, weightAll, type Outcome } from "./outcome"

const TITLE = "Reviews without a verified purchase"
const EXPLANATION =
  "Share of reviews the shop does not mark as verified purchases, and whether they rate the product higher than verified buyers do."

const MIN_KNOWN = 5
const UNVERIFIED_WEIGHT = 0.7

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
}

export function unverifiedTest(reviews: readonly PreparedReview[]): Outcome {
  const known = reviews.filter((review) => review.review.verified === true || review.review.verified === false)
  if (known.length < MIN_KNOWN || known.length < reviews.length / 2) {
    return skipped("unverified", TITLE, "The shop does not say which reviews come from verified purchases.")
  }
  const unverified = known.filter((review) => review.review.verified === false)
  const share = unverified.length / known.length
  const ratingsOf = (list: readonly PreparedReview[]) => list.flatMap((review) => (review.rating === null ? [] : [review.rating]))
  const unverifiedMean = mean(ratingsOf(unverified))
  const verifiedMean = mean(ratingsOf(known.filter((review) => review.review.verified === true)))
  const gap = unverifiedMean !== null && verifiedMean !== null ? unverifiedMean - verifiedMean : 0
  let status: "pass" | "warn" | "fail" = share >= 0.6 ? "fail" : share >= 0.3 ? "warn" : "pass"
  if (gap >= 1 && unverified.length >= 3) status = status === "pass" ? "warn" : "fail"
  const gapText =
    unverifiedMean !== null && verifiedMean !== null
      ? ` Unverified average ${unverifiedMean.toFixed(1)}★, verified ${verifiedMean.toFixed(1)}★.`
      : ""
  const ids = unverified.map((review) => review.review.id)
  return tested(
    {
      id: "unverified",
      title: TITLE,
      status,
      value: share,
      measured: `${unverified.length} of ${known.length} reviews (${percent(unverified.length, known.length)}) are not marked as verified purchases.${gapText}`,
      explanation: EXPLANATION
    },
    status === "pass" ? [] : ids,
    status === "pass" ? new Map() : weightAll(ids, UNVERIFIED_WEIGHT)
  )
}
