// What the on-demand review reader adds to the reviews the content script read on a page: the
// review widgets' (the content script does not carry their readers) and the dates the page prints
// beside reviews whose structured data has none. Used for the open page (extractProduct's
// `readReviews`), for each fetched review page ("Read more reviews", with-widgets.ts), and to
// answer the background's READ_REVIEW_DATES (datedReviews).

import { idsOf } from "../extract/review-copies"
import { mergeReviews } from "../extract/reviews"
import { keptId, settleReviews, withDecodedTexts } from "../extract/settle-review"
import type { Review } from "../product"
import type { SiteAdapter } from "../sites/types"
import { widgetReviews } from "../sites/widgets/registry"
import type { ReviewPages } from "./review-pages"
import { withVisibleDates } from "./visible-dates"

export function pageReviews(doc: Document, reviews: Review[]): Review[] {
  // With their words as the page prints them, the entities their data left decoded: matched with the page's text.
  return withVisibleDates(doc, mergeReviews(reviews.map(withDecodedTexts), widgetReviews(doc)))
}

/**
 * The product's undated reviews, which the background named by their ids (READ_REVIEW_DATES), as
 * the page dates them, settled in their own list (so only the dates printed beside them settle how
 * numeric dates are written): sent as `cartwise/review-dates`, they fill the dates of the stored
 * reviews that have none (a review dated from the page keeps the id it had undated). Reviews the
 * data dates are not read again: a hashed id leaves out a date it cannot read ("10/25/2016"), so
 * another product's review with the same words and author, which `reviewsOnPage` also reads, could
 * carry a named id.
 */
export function datedReviews(doc: Document, adapter: SiteAdapter | null, pages: ReviewPages, ids: readonly string[]): Review[] {
  const named = new Set(ids)
  const undated = pages.reviewsOnPage(doc, adapter).map(withDecodedTexts).filter((r) => !r.date && named.has(keptId(r)))
  return settleReviews(pageReviews(doc, undated)).filter((r) => r.date && idsOf(r).some((id) => named.has(id)))
}
