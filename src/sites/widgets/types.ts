import type { Review } from "../../product"
import type { ReviewSpec } from "../review-spec"

export interface WidgetEvidence {
  /** File in test/fixtures/widgets/. */
  fixture: string
  url: string
  /** How many reviews the fixture shows, and what the first one says. */
  count: number
  first: Partial<Review>
}

/** A review widget embedded by many shops, found by its markup on any domain. */
export interface ReviewWidget {
  id: string
  /** Present only where the widget rendered its reviews; when left out, its review items. */
  detect?: string
  reviews: ReviewSpec
}
