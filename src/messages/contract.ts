// Every message that crosses an extension boundary, in one place. The background validates each
// one on arrival (validate.ts): the content script runs inside hostile pages, so its data is
// treated as untrusted input even though the code sending it is ours.

import type { ExtractionResult, Review } from "../product"

export const MESSAGE_VERSION = 1

/** Content script → background: what the page in this tab is. */
export interface PageResultMessage {
  type: "cartwise/page-result"
  version: typeof MESSAGE_VERSION
  /** location.href when the extraction ran. */
  url: string
  result: ExtractionResult
}

export type ScanState = "reading" | "done" | "stopped" | "failed"

/** Where a "read more reviews" run stands; shown live in the popup. */
export interface ScanProgress {
  state: ScanState
  pagesRead: number
  reviewsFound: number
  /** Plain words for the shopper when something went wrong or ended early. */
  detail: string | null
}

/** Content script → background: reviews read from further review pages of the tab's product. */
export interface ReviewsMessage {
  type: "cartwise/reviews"
  version: typeof MESSAGE_VERSION
  url: string
  reviews: Review[]
}

/**
 * Content script (the review reader) → background: reviews of the tab's product that the page
 * dates, answering READ_REVIEW_DATES; only the dates of stored reviews without one are taken.
 */
export interface ReviewDatesMessage {
  type: "cartwise/review-dates"
  version: typeof MESSAGE_VERSION
  url: string
  reviews: Review[]
}

/** Content script → background: progress of a "read more reviews" run. */
export interface ReviewProgressMessage {
  type: "cartwise/review-progress"
  version: typeof MESSAGE_VERSION
  url: string
  progress: ScanProgress
}

/**
 * eBay's seller-description frame → background: the seller's own description of the item the
 * frame's address names (src/sites/ebay-description.ts). One of the two messages a frame may send.
 */
export interface SellerDescriptionMessage {
  type: "cartwise/seller-description"
  version: typeof MESSAGE_VERSION
  /** The frame's location.href. */
  url: string
  /** The origin of the eBay item page the frame sits in (its location.ancestorOrigins). */
  page: string
  description: string
}

/**
 * A Trustpilot product TrustBox's frame → background: the reviews it shows
 * (src/sites/widgets/trustpilot.ts), for the product the tab shows.
 */
export interface FrameReviewsMessage {
  type: "cartwise/frame-reviews"
  version: typeof MESSAGE_VERSION
  /** The frame's location.href: a product TrustBox's address. */
  url: string
  /** The origin of the shop page the frame sits in (its location.ancestorOrigins). */
  page: string
  reviews: Review[]
}

export type CartwiseMessage = PageResultMessage | ReviewsMessage | ReviewDatesMessage | ReviewProgressMessage | SellerDescriptionMessage | FrameReviewsMessage

/** How many further review pages one "read more reviews" run reads unless told otherwise. */
export const DEFAULT_REVIEW_PAGES = 10

/** Popup → content script: read up to `maxPages` further review pages (the shopper asked). */
export const READ_MORE_REVIEWS = "cartwise/read-more-reviews"
/** Popup → content script: does this page link to further review pages? Answer `{ ok, next }`. */
export const REVIEW_PAGES_QUERY = "cartwise/review-pages?"
/** Popup → content script: stop reading review pages now. */
export const STOP_READING_REVIEWS = "cartwise/stop-reading-reviews"

/**
 * Background → content script, `{ type, ids }`: the page's reading left reviews without a date;
 * `ids` are the ids of all the product's reviews from that reading (datesFor in
 * src/reviews/visible-dates.ts). The content script loads the review reader, which looks for the
 * dates the page prints beside them and sends those reviews dated (`cartwise/review-dates`),
 * without reading the whole page again.
 */
export const READ_REVIEW_DATES = "cartwise/read-review-dates"

/** Popup → content script: read the page again now and report it. */
export const REFRESH_REQUEST = "cartwise/refresh"

/** `datesFor`: the page's reviews lack dates; the ids READ_REVIEW_DATES names (the background sends it). */
export type MessageResponse = { ok: true; productKey: string | null; datesFor?: string[] } | { ok: false; error: string }
