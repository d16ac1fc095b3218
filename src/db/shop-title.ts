// A name read from the page title (OpenGraph, twitter:title, <title>) often carries the shop's own
// name and an SEO template: "Buy Tikkers Girls' Pink Butterfly Watch Set | Kids watches | Argos",
// "i3Fresh 愛上新鮮 - 西莎小羊肉餐盒"; some shops' templates put it in the brand too. The popup, the
// Q&A and the stored product show the product's name and brand. Done here, not in the content
// script, whose bundle has no bytes to spare; the snapshot keeps what the page said.

import type { FieldSource } from "../product"
import { endSegments } from "./name-segments"
import { shopHost } from "./product-key"

const TITLE_SOURCES: readonly FieldSource[] = ["opengraph", "meta", "heuristic"]
const SEPARATORS = /\s+[|\-–—]\s+/g

export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")

/** The host's main label, squashed ("argos" for www.argos.co.uk), or null when too short to trust. */
export function shopLabel(url: string): string | null {
  try {
    const parts = shopHost(url).split(".")
    // The label before the public suffix: argos.co.uk, shop.example.com, mobly.com.br.
    const second = parts.length > 2 && /^(?:co|com|net|org|ac|or|ne|go)$/.test(parts[parts.length - 2]!)
    const label = squash(parts[parts.length - (second ? 3 : 2)] ?? "")
    return label.length >= 3 ? label : null
  } catch {
    return null
  }
}

/**
 * The shop's segment is its name and nothing Latin after it ("Argos", "K-Rauta", "i3Fresh 愛上新鮮",
 * "GOMAJI夠麻吉"); "Nike Air Max 90" on nike.com is the product.
 */
function isShop(segment: string, label: string): boolean {
  const squashed = squash(segment)
  return squashed.startsWith(label) && !/[a-z0-9]/.test(squashed.slice(label.length))
}

/**
 * The name without the shop's name, when the shop's name is a whole segment at either end (the
 * segment starts with the host's main label: "argos" for argos.co.uk). Then, for a title of
 * "|"-separated segments, the first segment is the product (the rest are categories) and a leading
 * "Buy " is the template's. Names from structured data or an adapter are the shop's own and kept.
 */
export function withoutShopName(name: string | null, source: FieldSource | undefined, url: string): string | null {
  if (!name || !source || !TITLE_SOURCES.includes(source)) return name
  const label = shopLabel(url)
  if (!label) return name
  const ends = endSegments(name, SEPARATORS)
  if (!ends) return name
  let rest: string
  if (isShop(ends.tail, label)) rest = ends.beforeTail
  else if (isShop(ends.head, label)) rest = ends.afterHead
  else return name
  // "Name | Category | Shop": the categories go too.
  const cleaned = rest.split(/\s+\|\s+/)[0]!.replace(/^buy\s+/i, "").trim()
  return cleaned.length >= 2 ? cleaned : name
}

/**
 * A brand that ends in " | " and the shop's name: shops that fill their structured data from the
 * page title's template send "果陀劇場(台北場) | GOMAJI夠麻吉" as the brand. Whatever the source; only
 * that exact shape, so "Nike | Running" on nike.com stays (its shop segment is not the last).
 */
export function brandWithoutShopName(brand: string | null, url: string): string | null {
  const cut = brand?.lastIndexOf(" | ") ?? -1
  if (!brand || cut < 2) return brand
  const label = shopLabel(url)
  return label && isShop(brand.slice(cut + 3), label) ? brand.slice(0, cut).trim() : brand
}
