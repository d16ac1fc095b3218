// The star histogram and its shape. Shapes follow the review-research vocabulary: most shops show a
// J (many 5★, some 1★, few in between); a polarised product splits buyers; a bell is rare online.

import type { HistogramShape, RatingHistogram } from "./types"

const DESCRIPTIONS: Record<HistogramShape, string> = {
  "too-few": "Too few ratings to describe their shape.",
  "j-shaped": "J-shaped: mostly 5★ with a tail of 1★ and few in between, the usual online pattern.",
  polarised: "Polarised: buyers split between 1★ and 5★; read the negative reviews for what goes wrong.",
  "mostly-positive": "Mostly positive: nearly all ratings are 4★ or 5★.",
  "mostly-negative": "Mostly negative: most ratings are 1★ or 2★.",
  bell: "Centred: ratings cluster around the middle, as for an average product.",
  mixed: "Mixed: ratings spread across the scale."
}

const MIN_RATED = 5

export function starOf(rating: number): number {
  // 0★ exists on some shops' scales; it belongs with 1★, the lowest bar shown.
  return Math.min(5, Math.max(1, Math.round(rating)))
}

function shapeOf(counts: readonly number[], rated: number): HistogramShape {
  if (rated < MIN_RATED) return "too-few"
  const [p1, p2, p3, p4, p5] = counts.map((count) => count / rated) as [number, number, number, number, number]
  const middle = p2 + p3 + p4
  if (p1 + p2 >= 0.6) return "mostly-negative"
  if (p1 >= 0.25 && p5 >= 0.25 && middle <= 0.35) return "polarised"
  if (p4 + p5 >= 0.85 && p1 + p2 <= 0.08) return "mostly-positive"
  if (p5 >= 0.4 && p1 > p2 && p1 > p3 && p1 >= 0.05) return "j-shaped"
  const peak = counts.indexOf(Math.max(...counts))
  if (peak >= 1 && peak <= 3 && p1 <= (counts[peak] ?? 0) / rated / 2 && p5 <= (counts[peak] ?? 0) / rated / 2 + 0.05) return "bell"
  if (p4 + p5 >= 0.7) return "mostly-positive"
  return "mixed"
}

export function ratingHistogram(ratings: readonly (number | null)[]): RatingHistogram {
  const counts = [0, 0, 0, 0, 0]
  let sum = 0
  let rated = 0
  for (const rating of ratings) {
    if (rating === null) continue
    const star = starOf(rating)
    counts[star - 1] = (counts[star - 1] ?? 0) + 1
    sum += rating
    rated++
  }
  const shape = shapeOf(counts, rated)
  return { counts, rated, mean: rated ? round(sum / rated, 2) : null, shape, description: DESCRIPTIONS[shape] }
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
