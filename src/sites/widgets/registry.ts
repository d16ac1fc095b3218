// Every review widget, in one table. Adding one: write src/sites/widgets/<widget>.ts with its
// evidence fixtures and add it here; test/unit/widgets.test.ts checks every row against them.
// Widgets that render only inside an iframe (trustpilot.ts, loox.ts) are not in this table.

import { mergeReviews } from "../../extract/reviews"
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

/** Reviews printed by every widget found on the page, once each and capped (MAX_REVIEWS). */
export function widgetReviews(doc: Document): Review[] {
  // Most pages carry none: one pass over the page rules them all out, instead of one per widget.
  const detect = (w: ReviewWidget) => w.detect ?? w.reviews.item
  if (!doc.querySelector(WIDGETS.map(detect).join())) return []
  const found = WIDGETS.filter((w) => doc.querySelector(detect(w)) !== null)
  return mergeReviews(...found.map((w) => readReviewSpec(doc, w.reviews, w.id)))
}
