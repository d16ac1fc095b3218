// The review pages' readers as the on-demand review reader uses them (src/platform/chrome-review-reader.ts):
// with the review widgets' reviews added (the content script does not carry the widgets) and
// settled, so that a fetched page's reviews are told from those on the page by their ids: a
// review its widget shows with the shop's id and the JSON-LD repeats without is one review, whose
// `aliases` hold the other copy's id (idsOf in src/extract/review-copies.ts).

import type { Review } from "../product"
import { mergeReviews } from "../extract/reviews"
import { settleReviews } from "../extract/settle-review"
import type { ReviewPages } from "./review-pages"

export function withWidgets(pages: ReviewPages, widgetReviews: (doc: Document) => Review[]): ReviewPages {
  return { ...pages, reviewsOnPage: (doc, adapter) => settleReviews(mergeReviews(pages.reviewsOnPage(doc, adapter), widgetReviews(doc))) }
}
