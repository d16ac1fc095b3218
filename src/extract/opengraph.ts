// OpenGraph and the product:* meta tags (Facebook/Pinterest catalogue markup), plus the plain
// <link rel=canonical>. Shops that print no schema.org often still print these for link previews.

import { parsePrice } from "../price/parse"
import { currencyCode } from "../price/currency"
import { emptyFields } from "../product"
import type { ReadFields } from "./set-field"
import { cleanText, normalizeAvailability, normalizeGtin, normalizeId, resolveUrl } from "./normalize"
import { all, attr, one } from "./text"
import { toLower, trim } from "../price/letters"

const MAX_META = 500

/** Lower-cased property → first non-empty content, from both `property=` and `name=`. */
export function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>()
  for (const meta of all(doc, "meta[content]", MAX_META)) {
    const key = toLower(trim(meta.getAttribute("property") ?? attr(meta, "name")))
    const content = attr(meta, "content")
    if (key && trim(content) && !tags.has(key)) tags.set(key, content)
  }
  return tags
}

const PRODUCT_OG_TYPES = new Set(["product", "og:product", "product.item", "product.group", "products"])

export interface OpenGraphRead {
  fields: ReadFields
  /** The tags declare a product (og:type product, or a product price). */
  isProduct: boolean
}

function first(tags: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)
    if (value !== undefined) return value
  }
  return null
}

/** Twitter cards pair labels with values ("twitter:label1" = "Price", "twitter:data1" = "$15"). */
function twitterData(tags: Map<string, string>, label: RegExp): string | null {
  for (let i = 1; i <= 4; i++) {
    if (label.test(trim(tags.get(`twitter:label${i}`) ?? ""))) return tags.get(`twitter:data${i}`) ?? null
  }
  return null
}

export function readOpenGraph(tags: Map<string, string>, pageUrl: string, country: string | null): OpenGraphRead {
  const fields: ReadFields = emptyFields()
  const ogType = toLower(trim(tags.get("og:type") ?? ""))
  // A sale price, when the catalogue gives one, is what the shopper pays now.
  const priceText =
    first(tags, ["product:sale_price:amount", "product:price:amount", "og:price:amount", "product:price", "og:price"]) ?? twitterData(tags, /^(?:price|preis|prix|precio|prezzo|preço|prijs|cena|цена)$/i)
  const currencyText = first(tags, [
    "product:sale_price:currency",
    "product:price:currency",
    "og:price:currency",
    "product:currency"
  ])
  const isProduct = PRODUCT_OG_TYPES.has(ogType) || priceText !== null
  fields.name = cleanText(first(tags, ["og:title", "twitter:title"]), 300)
  fields.description = cleanText(first(tags, ["og:description", "description"]), 2000)
  fields.image = resolveUrl(first(tags, ["og:image:secure_url", "og:image", "og:image:url", "twitter:image"]), pageUrl)
  fields.canonicalUrl = resolveUrl(tags.get("og:url"), pageUrl)
  if (priceText) {
    const parsed = parsePrice(priceText, null, country)
    fields.price = parsed.amount
    // A price followed by "~" (Korean and Japanese shops) or 起 (Chinese) is a "from" price.
    fields.priceFrom = /[~〜～起]\s*$/.test(priceText)
    fields.currency = currencyCode(cleanText(currencyText, 16), country) ?? parsed.currency
    if (fields.currency === parsed.currency) fields.currencyText = parsed.currencyText
  }
  fields.availability = normalizeAvailability(first(tags, ["product:availability", "og:availability"]))
  fields.brand = cleanText(first(tags, ["product:brand", "og:brand"]), 120)
  fields.sku = normalizeId(first(tags, ["product:retailer_item_id", "product:sku"]))
  fields.gtin = normalizeGtin(first(tags, ["product:gtin", "product:ean", "product:upc", "product:isbn"]))
  fields.mpn = normalizeId(first(tags, ["product:mfr_part_no"]))
  return { fields, isProduct }
}

export function readCanonicalLink(doc: Document, pageUrl: string): string | null {
  return resolveUrl(one(doc, 'link[rel~="canonical" i]')?.getAttribute("href"), pageUrl)
}
