// What the on-demand review reader adds to the reviews the content script read on a page: the
// review widgets' (the content script does not carry their readers) and the dates the page prints
// beside reviews whose structured data has none. Used for the open page (extractProduct's
// `readReviews`) and for each fetched review page ("Read more reviews", with-widgets.ts).

import { mergeReviews } from "../extract/reviews"
import type { Review } from "../product"
import { widgetReviews } from "../sites/widgets/registry"
import { withVisibleDates } from "./visible-dates"

export function pageReviews(doc: Document, reviews: Review[]): Review[] {
  return withVisibleDates(doc, mergeReviews(reviews, widgetReviews(doc)))
}
