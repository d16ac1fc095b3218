// The one entry point: reviews (and optionally what the listing says about itself) in, instant
// insights and a trust report out. Pure and deterministic: the same reviews give the same JSON.

import type { Review } from "../product"
import { computeInsights } from "./insights"
import { prepareReviews } from "./prepare"
import { trustReport } from "./trust/report"
import type { ProductContext, ReviewAnalysis } from "./types"

export function analyseReviews(reviews: readonly Review[], product?: ProductContext): ReviewAnalysis {
  const prepared = prepareReviews(reviews, product?.name)
  return { version: 1, insights: computeInsights(prepared, product), trust: trustReport(prepared, product) }
}

export type * from "./types"
