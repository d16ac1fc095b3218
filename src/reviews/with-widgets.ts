// The review pages' readers as the on-demand review reader uses them (src/platform/chrome-review-reader.ts):
// with the review widgets' reviews and the printed dates added (page-reviews.ts: the content
// script carries neither) and settled, so that a fetched page's reviews are told from those on the
// page by their ids: a review its widget shows with the shop's id and the JSON-LD repeats without
// is one review, whose `aliases` hold the other copy's id (idsOf in src/extract/review-copies.ts).

import type { PageReviewReader } from "../extract"
import { settleReviews } from "../extract/settle-review"
import type { ReviewPages } from "./review-pages"

export function withWidgets(pages: ReviewPages, readReviews: PageReviewReader): ReviewPages {
  return { ...pages, reviewsOnPage: (doc, adapter) => settleReviews(readReviews(doc, pages.reviewsOnPage(doc, adapter))) }
}
