// A name read from the page title (OpenGraph, twitter:title, <title>) often carries the shop's own
// name and an SEO template: "Buy Tikkers Girls' Pink Butterfly Watch Set | Kids watches | Argos",
// "i3Fresh 愛上新鮮 - 西莎小羊肉餐盒". The popup, the Q&A and the stored product show the product's
// name. Done here, not in the content script, whose bundle has no bytes to spare; the snapshot
// keeps what the page said.

import type { FieldSource } from "../product"
import { shopHost } from "./product-key"

const TITLE_SOURCES: readonly FieldSource[] = ["opengraph", "meta", "heuristic"]
const SEPARATORS = /\s+[|\-–—]\s+/g

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")

/**
 * The name without the shop's name, when the shop's name is a whole segment at either end (the
 * segment starts with the host's main label: "argos" for argos.co.uk). Then, for a title of
 * "|"-separated segments, the first segment is the product (the rest are categories) and a leading
 * "Buy " is the template's. Names from structured data or an adapter are the shop's own and kept.
 */
export function withoutShopName(name: string | null, source: FieldSource | undefined, url: string): string | null {
  if (!name || !source || !TITLE_SOURCES.includes(source)) return name
  let label: string
  try {
    const parts = shopHost(url).split(".")
    // The label before the public suffix: argos.co.uk, shop.example.com, mobly.com.br.
    const second = parts.length > 2 && /^(?:co|com|net|org|ac|or|ne|go)$/.test(parts[parts.length - 2]!)
    label = squash(parts[parts.length - (second ? 3 : 2)] ?? "")
  } catch {
    return name
  }
  if (label.length < 3) return name
  const cuts = [...name.matchAll(SEPARATORS)]
  if (cuts.length === 0) return name
  const first = cuts[0]!
  const last = cuts[cuts.length - 1]!
  // The shop's segment is its name and nothing Latin after it ("Argos", "K-Rauta", "i3Fresh 愛上新鮮");
  // "Nike Air Max 90" on nike.com is the product.
  const isShop = (segment: string) => {
    const squashed = squash(segment)
    return squashed.startsWith(label) && !/[a-z0-9]/.test(squashed.slice(label.length))
  }
  let rest: string
  if (isShop(name.slice(last.index! + last[0].length))) rest = name.slice(0, last.index)
  else if (isShop(name.slice(0, first.index))) rest = name.slice(first.index! + first[0].length)
  else return name
  // "Name | Category | Shop": the categories go too.
  const cleaned = rest.split(/\s+\|\s+/)[0]!.replace(/^buy\s+/i, "").trim()
  return cleaned.length >= 2 ? cleaned : name
}
