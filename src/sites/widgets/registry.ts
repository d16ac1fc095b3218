// Every review widget, in one table. Adding one: write src/sites/widgets/<widget>.ts with its
// evidence fixtures, add it here and its item class to detect.ts; test/unit/widgets.test.ts
// checks every row against them. This table ships in the on-demand review reader
// (src/platform/chrome-review-reader.ts), not in the content script.
// Widgets that render only inside an iframe are not in this table: Trustpilot's product TrustBox
// is read by a content script in its frame (trustpilot.ts); Loox's is not read (loox.ts).

import { mergeReviews } from "../../extract/reviews"
import { settleReviews } from "../../extract/settle-review"
import type { Review } from "../../product"
import { readReviewSpec } from "../review-spec"
import { bazaarvoice } from "./bazaarvoice"
import { judgeme } from "./judgeme"
import { okendo, okendoLegacy } from "./okendo"
import { powerreviews } from "./powerreviews"
import { reviewsio } from "./reviewsio"
import { stamped } from "./stamped"
import type { ReviewWidget } from "./types"
import { yotpo, yotpoLegacy } from "./yotpo"
import { one } from "../../extract/text"

export const WIDGETS: readonly ReviewWidget[] = [
  judgeme,
  yotpo,
  yotpoLegacy,
  okendo,
  okendoLegacy,
  stamped,
  reviewsio,
  powerreviews,
  bazaarvoice
]

/** The class widgetReviews looks for first: the rightmost class of the widget's selector. */
export const widgetClass = (w: ReviewWidget): string | undefined => /\.([\w-]+)[^ ]*$/.exec(w.detect ?? w.reviews.item)?.[1]

/** Reviews printed by every widget found on the page, once each and capped (MAX_REVIEWS). */
export function widgetReviews(doc: Document): Review[] {
  // Most pages carry none. A selector's rightmost element has a class of its own ("yotpo-review"
  // in ".yotpo-main-widget .yotpo-review:not(…)"), and Chromium finds one class without testing a
  // selector on every element (a list of selectors it tests on each: 1–9 ms on the corpus's
  // largest pages, against nothing). A widget whose class is absent cannot match.
  const found = WIDGETS.filter((w) => {
    const key = widgetClass(w)
    return (!key || doc.getElementsByClassName(key)[0]) && one(doc, w.detect ?? w.reviews.item)
  })
  return settleReviews(mergeReviews(...found.map((w) => readReviewSpec(doc, w.reviews, w.id))))
}
