// "Read more reviews": which page to fetch next and what reviews a fetched page holds. Pure: the
// fetching, pacing and stopping live in content/more-reviews.ts, which the content script loads
// on demand and hands these functions (it carries them anyway, for its own reviews).

import { findProductCandidates, readJsonLd } from "../extract/jsonld"
import { readMicrodataProducts } from "../extract/microdata"
import { resolveUrl } from "../extract/normalize"
import { mergeReviews, reviewsFromSchema } from "../extract/reviews"
import type { Review } from "../product"
import { readReviewSpec } from "../sites/review-spec"
import { selectFirst } from "../sites/select"
import type { SiteAdapter } from "../sites/types"

// Without an adapter, only a link that says it leads to more reviews is followed.
// Alternatives in priority order (selectFirst): "review" before "avis", which "trAVIS" also holds.
const GENERIC_NEXT = "a[rel~=next][href*=review i],a[rel~=next][href*=bewertung i],a[rel~=next][href*=avis i]"

/** Same origin only: Cartwise never follows a link to another site. */
function sameOrigin(href: string | null, page: URL): string | null {
  const url = resolveUrl(href, page.href)
  return url && new URL(url).origin === page.origin ? url : null
}

export function firstReviewPage(doc: Document, pageUrl: string, adapter: SiteAdapter | null): string | null {
  const page = new URL(pageUrl)
  const fromAdapter = adapter?.reviewPages?.first?.(page) ?? null
  if (fromAdapter) return sameOrigin(fromAdapter, page)
  return nextReviewPage(doc, pageUrl, adapter)
}

export function nextReviewPage(doc: Document, pageUrl: string, adapter: SiteAdapter | null): string | null {
  const css = adapter?.reviewPages?.next ?? GENERIC_NEXT
  return sameOrigin(selectFirst(doc, css)?.getAttribute("href") ?? null, new URL(pageUrl))
}

/**
 * Reviews on any page: schema.org reviews of its products, and the shop's own review markup. The
 * review reader adds the review widgets' (it carries them; the content script does not).
 */
export function reviewsOnPage(doc: Document, adapter: SiteAdapter | null): Review[] {
  const schema = findProductCandidates(readJsonLd(doc).roots).map((c) => reviewsFromSchema(c.node, "json-ld"))
  const microdata = readMicrodataProducts(doc).map((item) => reviewsFromSchema(item.node, "microdata"))
  const own = adapter?.reviews ? readReviewSpec(doc, adapter.reviews, adapter.id) : []
  return mergeReviews(...schema, ...microdata, own)
}

/** What the on-demand review reader is given by the content script, which already carries it. */
export const REVIEW_PAGES = { firstReviewPage, nextReviewPage, reviewsOnPage }
export type ReviewPages = typeof REVIEW_PAGES
