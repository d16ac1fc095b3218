// The review pages' readers as the on-demand review reader uses them (src/platform/chrome-review-reader.ts):
// with the review widgets' reviews added (the content script does not carry the widgets) and
// settled, so that a fetched page's reviews are told from those on the page by their ids.

import type { Review } from "../product"
import type { SiteAdapter } from "../sites/types"
import { mergeReviews } from "../extract/reviews"
import { settleReview, settleReviews } from "../extract/settle-review"
import type { IdsOnPage, ReviewPages } from "./review-pages"

/**
 * The review pages' readers with the widgets' reviews, and `idsOnPage`: the ids of the reviews on a
 * page, each copy's. A review its widget shows with the shop's id and the JSON-LD repeats without
 * is one review with two ids, and a page that repeats either copy brings nothing new.
 */
export function withWidgets(pages: ReviewPages, widgetReviews: (doc: Document) => Review[]): ReviewPages & { idsOnPage: IdsOnPage } {
  const everyCopy = (doc: Document, adapter: SiteAdapter | null) => mergeReviews(pages.reviewsOnPage(doc, adapter), widgetReviews(doc)).map(settleReview)
  return {
    ...pages,
    reviewsOnPage: (doc, adapter) => settleReviews(everyCopy(doc, adapter)),
    idsOnPage: (doc, adapter) => everyCopy(doc, adapter).map((review) => review.id)
  }
}
