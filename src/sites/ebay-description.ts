// eBay shows the seller's own description of an item in an iframe from another origin
// (vi.vipr.ebaydesc.com, itm.ebaydesc.com), which the item page's content script cannot read:
// the item page's own description meta tag is eBay's SEO template. A small content script runs in
// that frame only, reads the text, and the background files it under the tab's item.

import { cleanText } from "../extract/normalize"
import { textPrefix } from "../extract/text"
import { isEbayHost } from "./ebay-domains"
import { soleAncestor } from "./framing"

/** As long as a description read from a page may be (src/messages/validate.ts). */
export const MAX_SELLER_DESCRIPTION = 2000

/** The hosts that serve eBay's description frames. */
export const isSellerDescriptionHost = (host: string) => host === "ebaydesc.com" || host.endsWith(".ebaydesc.com")

/**
 * The item the frame describes: its address names it (`?item=133588510845`, `/itmdesc/133588510845`).
 * An address that names two different items names none.
 */
export function describedItem(url: string): string | null {
  try {
    const u = new URL(url)
    if (!isSellerDescriptionHost(u.hostname)) return null
    const named = new Set([...u.searchParams.getAll("item"), ...[...u.pathname.matchAll(/\/(?:itm|item|itmdesc)\/([^/]+)/g)].map((m) => m[1]!)])
    const [id, ...others] = named
    return id && others.length === 0 && /^\d{9,15}$/.test(id) ? id : null
  } catch {
    return null
  }
}

/**
 * The eBay item page a description frame sits in, from the frame's `location.ancestorOrigins`: only
 * a frame placed directly in an eBay shop's page (as eBay places it) speaks for the tab; one that
 * another site embeds, or that sits deeper, does not. Returns the page's origin.
 */
export function framingEbayPage(ancestorOrigins: ArrayLike<string> | undefined): string | null {
  const page = soleAncestor(ancestorOrigins)
  return page === null ? null : ebayPageOrigin(page)
}

/** An https eBay shop's origin, else null. */
export function ebayPageOrigin(origin: string): string | null {
  try {
    const u = new URL(origin)
    return u.protocol === "https:" && isEbayHost(u.hostname) ? u.origin : null
  } catch {
    return null
  }
}

/** The seller's words: eBay's description box (`#ds_div`) or the frame's body, as text, without scripts, styles or buttons. */
export function readSellerDescription(doc: Document): string | null {
  const box = doc.getElementById("ds_div") ?? doc.body
  return cleanText(textPrefix(box, MAX_SELLER_DESCRIPTION + 500, true), MAX_SELLER_DESCRIPTION)
}
