// A product's texts and lists as Cartwise keeps them, settled by the background as it accepts a
// page's result (src/messages/validate.ts) and by the command line, like reviews' dates
// (settle-review.ts) and spec marks (settle-specs.ts): no bytes in the content scripts, which are
// held to 60 KB (issue #3). What the shopper and the model read must be words, not a shop's markup.

import type { Variant } from "../product"

// Tags a shop's JSON-LD or og:description sometimes carries as text, escaped once too often
// (John Lewis's "<p>Help your skin…", Currys' "<strong>…<br /><br /></strong>", Mobly's
// "<article><h2>…"). Only names of HTML's own text elements, and not the one-letter ones that are
// also sizes ("fits sizes <S> to <XL>" is text; <s> and <u> are rare in shops' descriptions).
const TAG =
  /<\/?(?:p|br|div|span|strong|b|i|em|small|big|sup|sub|font|center|a|img|hr|ul|ol|li|dl|dt|dd|h[1-6]|article|section|header|footer|blockquote|table|caption|thead|tbody|tfoot|tr|td|th|pre|code)\b[^<>]*>/gi

/** The description without markup left in it as text: each tag is a space, runs of space one. */
export function settleDescription(description: string): string | null {
  const stripped = description.replace(TAG, " ")
  if (stripped === description) return description
  const text = stripped.replace(/[ \t\u00a0]*\n[\s]*/g, "\n").replace(/[ \t\u00a0]{2,}/g, " ").trim()
  return text || null
}

// What links a breadcrumb's parts, and what a trail's links show around a name: "‹ 3 SUISSES" is
// the back link, "/ ENFANTS" is Zara's separator inside the link, "…" is the expand control.
const EDGE = /^[\s/\\|›‹»«<>→←·•:-]+|[\s/\\|›‹»«<>→←·•:-]+$/g

/** Each part without separators at its ends; a part with no letter or digit left is no category. */
export function settleBreadcrumbs(parts: readonly string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const name = part.replace(EDGE, "")
    if (/[\p{L}\p{N}]/u.test(name) && out.at(-1) !== name) out.push(name)
  }
  return out
}

// The shop's own icons and logo, which og:image names on pages without a picture of their own or
// beside one (elkor's "/assets/favicon/android-icon-192x192", paris.cl's "…/paris-logo.svg"): a
// favicon or touch icon anywhere in the path, a logo only as an SVG file ("logo-print-tee.jpg" is a
// product's photo).
const SITE_ICON = /favicon|apple-touch-icon|android-(?:chrome|icon)-\d|mstile-\d|(?:^|[/_-])logo[^/]*\.svg$/i

/** The image, unless its address is the shop's icon or logo. */
export function settleImage(address: string): string | null {
  let path: string
  try {
    path = new URL(address).pathname
  } catch {
    return address
  }
  return SITE_ICON.test(path) ? null : address
}

const withoutHash = (address: string) => address.split("#")[0]

/**
 * Variants the shopper can tell apart. An offer with no name, sku or address of its own (none, or
 * the product page's `pageUrl`) is not a variant but another price of the same thing (paris.cl's
 * store-card price, lafeltrinelli's hidden list-price offer, eduscho's four identical offers); each
 * variant is kept once.
 */
export function settleVariants(variants: readonly Variant[], pageUrl: string): Variant[] {
  const seen = new Set<string>()
  const page = withoutHash(pageUrl)
  return variants.filter((v) => {
    if (v.name === null && v.sku === null && (v.url === null || withoutHash(v.url) === page)) return false
    const key = JSON.stringify([v.name, v.sku, v.price, v.availability, v.url])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
