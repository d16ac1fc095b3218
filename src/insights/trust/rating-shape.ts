// Rating-distribution anomaly: almost only 5★ and almost no 2–4★. Across large review sets, even
// well-loved products collect a share of middling ratings (the J shape); a wall of 5★ with an empty
// middle is what bought ratings look like.

import { starOf } from "../histogram"
import type { PreparedReview } from "../prepare"
import { percent, skipped, tested, type Outcome } from "./outcome"

const TITLE = "Unusual spread of star ratings"
const EXPLANATION =
  "Compares the share of 5★ and of 2–4★ ratings with the usual online pattern (about 60% 5★ and 25–30% 2–4★). Almost only 5★ with hardly any 2–4★ is typical of bought or filtered ratings."

const MIN_RATED = 20
const REFERENCE = [0.1, 0.05, 0.08, 0.17, 0.6]

/** Jensen–Shannon divergence (bits) between the shares and the reference shape, 0–1. */
function divergence(shares: readonly number[]): number {
  const kl = (p: readonly number[], q: readonly number[]) =>
    p.reduce((sum, pi, i) => (pi > 0 ? sum + pi * Math.log2(pi / (q[i] ?? 1)) : sum), 0)
  const mean = shares.map((share, i) => (share + (REFERENCE[i] ?? 0)) / 2)
  return (kl(shares, mean) + kl(REFERENCE, mean)) / 2
}

export function ratingShapeTest(reviews: readonly PreparedReview[]): Outcome {
  const rated = reviews.filter((review) => review.rating !== null)
  if (rated.length < MIN_RATED) return skipped("rating-shape", TITLE, `Only ${rated.length} ratings; ${MIN_RATED} are needed to judge their spread.`)
  const counts = [0, 0, 0, 0, 0]
  for (const review of rated) {
    const star = starOf(review.rating ?? 0)
    counts[star - 1] = (counts[star - 1] ?? 0) + 1
  }
  const shares = counts.map((count) => count / rated.length)
  const five = shares[4] ?? 0
  const middle = (shares[1] ?? 0) + (shares[2] ?? 0) + (shares[3] ?? 0)
  const status = five >= 0.85 && middle <= 0.07 ? "fail" : five >= 0.75 && middle <= 0.12 ? "warn" : "pass"
  const fives = rated.filter((review) => starOf(review.rating ?? 0) === 5).map((review) => review.review.id)
  const measured = `${percent(counts[4] ?? 0, rated.length)} 5★ and ${percent(middle * rated.length, rated.length)} 2–4★ across ${rated.length} ratings; distance from the usual shape ${divergence(shares).toFixed(2)} (0 = same, 1 = opposite).`
  return tested(
    { id: "rating-shape", title: TITLE, status, value: middle, measured, explanation: EXPLANATION },
    status === "pass" ? [] : fives
  )
}
