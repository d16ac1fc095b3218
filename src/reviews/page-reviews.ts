// What the on-demand review reader adds to the reviews the content script read on a page: the
// review widgets' (the content script does not carry their readers) and the dates the page prints
// beside reviews whose structured data has none. Used for the open page (extractProduct's
// `readReviews`), for each fetched review page ("Read more reviews", with-widgets.ts), and to
// answer the background's READ_REVIEW_DATES (datedReviews).

import { mergeReviews } from "../extract/reviews"
import { settleReviews } from "../extract/settle-review"
import type { Review } from "../product"
import type { SiteAdapter } from "../sites/types"
import { widgetReviews } from "../sites/widgets/registry"
import type { ReviewPages } from "./review-pages"
import { reviewStart, withVisibleDates } from "./visible-dates"

export function pageReviews(doc: Document, reviews: Review[]): Review[] {
  return withVisibleDates(doc, mergeReviews(reviews, widgetReviews(doc)))
}

/**
 * The reviews the page dates among those the background named by their starts (READ_REVIEW_DATES),
 * settled: sent as `cartwise/reviews`, they are stored over their undated rows (same ids: a review
 * dated from the page keeps the id it had undated). Only the reviews named: the page's other
 * products' reviews, which `reviewsOnPage` also reads, are not this product's.
 */
export function datedReviews(doc: Document, adapter: SiteAdapter | null, pages: ReviewPages, starts: readonly string[]): Review[] {
  const named = new Set(starts)
  return settleReviews(pageReviews(doc, pages.reviewsOnPage(doc, adapter))).filter((r) => r.date && named.has(reviewStart(r)))
}
