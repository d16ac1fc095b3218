// Trustpilot's TrustBoxes are an empty <div class="trustpilot-widget" data-sku=…> in the shop's
// page that Trustpilot's bootstrap script fills with an iframe from widget.trustpilot.com; the
// reviews live only in that cross-origin frame, which the shop page's content script cannot read.
// A content script runs in that frame (contents/trustpilot.ts) and sends them to the background,
// which files them under the product the tab shows.
//
// Only a product TrustBox is read: its address names the product (the bootstrap copies data-sku
// into the frame's fragment, "#locale=en-GB&…&sku=148362&name="). The others (carousels, the
// "Excellent ★★★★★" bar) show reviews of the shop, which are no product's.

import { soleAncestor } from "../framing"
import { readReviewSpec } from "../review-spec"
import type { Review } from "../../product"
import type { ReviewWidget } from "./types"

export const TRUSTBOX_HOST = "widget.trustpilot.com"

/** The product codes a TrustBox's address names; none for a TrustBox of the shop's own reviews. */
export function trustBoxSkus(url: string): string[] {
  try {
    const u = new URL(url)
    if (u.protocol !== "https:" || u.hostname !== TRUSTBOX_HOST || !u.pathname.startsWith("/trustboxes/")) return []
    const skus = new URLSearchParams(u.hash.slice(1)).get("sku") ?? ""
    return skus
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "" && s.length <= 100)
      .slice(0, 50)
  } catch {
    return []
  }
}

/**
 * The shop page a TrustBox sits in, from the frame's `location.ancestorOrigins`: only a frame the
 * page holds directly (as the bootstrap places it) speaks for the tab. Returns the page's origin.
 */
export function framingShop(ancestorOrigins: ArrayLike<string> | undefined): string | null {
  const page = soleAncestor(ancestorOrigins)
  if (page === null) return null
  try {
    const u = new URL(page)
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname !== TRUSTBOX_HOST ? u.origin : null
  } catch {
    return null
  }
}

// Where this markup comes from: no TrustBox frame could be captured here (no network), so the
// fixture (test/fixtures/widgets/trustpilot.html) follows what public code shows of it: scrapers
// that switch into the frame and read .tp-widget-review__text > span under #tp-widget-wrapper, and
// a clone of the product list (.tp-widget-review, __display-name, __date, __stars, __text). If
// Trustpilot renames these, the frame sends nothing; it never sends wrong reviews.
// The product review TrustBoxes' list: one .tp-widget-review per review, the stars as a
// "tp-stars--4" class, the date as printed ("12 March", often without a year: left empty then).
// The list ends with a "Load more reviews" row that has no text, which is no review.
export const trustpilot: ReviewWidget = {
  id: "trustpilot",
  reviews: {
    item: ".tp-widget-review",
    author: ".tp-widget-review__display-name",
    rating: { css: "[class*=tp-stars--]", attr: "class", match: /tp-stars--(\d)\b/ },
    body: ".tp-widget-review__text",
    date: ".tp-widget-review__date"
  }
}

export const readTrustBoxReviews = (doc: Document): Review[] => readReviewSpec(doc, trustpilot.reviews, trustpilot.id)
