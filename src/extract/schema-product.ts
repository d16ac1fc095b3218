// Reads a schema.org Product (from JSON-LD, or microdata turned into the same shape) into our fields.
// Shops write schema.org in every way the vocabulary allows: strings or objects or arrays for the
// same property, offers nested in AggregateOffers, prices in priceSpecification. Each reader below
// accepts all of those and returns null rather than a half-guess.

import { listPriceAbove, parsePrice } from "../price/parse"
import { currencyCode } from "../price/currency"
import { emptyFields, ORDERABLE, type ProductFields } from "../product"
import type { ReadFields } from "./set-field"
import {
  cleanText,
  normalizeAvailability,
  normalizeCount,
  normalizeGtin,
  normalizeId,
  normalizeRating,
  resolveUrl
} from "./normalize"
import { isArray, isString, toLower } from "../price/letters"

export type SchemaNode = Record<string, unknown>

export const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !isArray(value)

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return isArray(value) ? value : [value]
}

/** A schema.org type or property name without its vocabulary prefix ("https://schema.org/", "schema:"). */
export const schemaName = (name: string) => name.replace(/^https?:\/\/(?:www\.)?schema\.org\//i, "").replace(/^schema:/i, "")

/** schema.org type names of a node, lower-case, without the vocabulary prefix. */
export function typesOf(node: SchemaNode): string[] {
  return asArray(node["@type"] ?? node["type"])
    .filter(isString)
    .map((t) => toLower(schemaName(t)))
}

const PRODUCT_TYPES = new Set(["product", "productgroup", "individualproduct", "productmodel", "someproducts", "vehicle", "car", "motorcycle"])

export function isProductNode(node: SchemaNode): boolean {
  const types = typesOf(node)
  if (types.some((t) => PRODUCT_TYPES.has(t))) return true
  // Books, games and the like are sold with offers but are not typed Product.
  return types.length > 0 && node["offers"] !== undefined && node["name"] !== undefined && !types.includes("offer")
}

function firstText(value: unknown, max?: number): string | null {
  for (const item of asArray(value)) {
    const text = isNode(item) ? cleanText(item["name"] ?? item["@value"], max) : cleanText(item, max)
    if (text) return text
  }
  return null
}

function firstId(value: unknown): string | null {
  for (const item of asArray(value)) {
    const id = normalizeId(isNode(item) ? item["@value"] ?? item["value"] : item)
    if (id) return id
  }
  return null
}

function firstImage(value: unknown, base: string): string | null {
  for (const item of asArray(value)) {
    const url = resolveUrl(isNode(item) ? item["contentUrl"] ?? item["url"] ?? item["@id"] : item, base)
    if (url) return url
  }
  return null
}

const GTIN_KEYS = ["gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn"]

function readGtin(node: SchemaNode): string | null {
  for (const key of GTIN_KEYS) {
    for (const value of asArray(node[key])) {
      const gtin = normalizeGtin(value)
      if (gtin) return gtin
    }
  }
  for (const value of asArray(node["productID"])) {
    const gtin = normalizeGtin(value)
    if (gtin) return gtin
  }
  return null
}

interface OfferPrice {
  price: string | null
  listPrice: string | null
  currency: string | null
  currencyText: string | null
  availability: ProductFields["availability"]
  url: string | null
  seller: string | null
  /** The price is an AggregateOffer's lowPrice below its highPrice: the cheapest of several offers. */
  from?: boolean
}

function priceFrom(value: unknown, currencyValue: unknown, country: string | null) {
  const currency = currencyCode(cleanText(currencyValue, 16), country)
  if (value === undefined || value === null || value === "") return { price: null, currency, currencyText: null }
  // The offer's currency is the parser's hint: it settles a symbol in the text ("$" of a TWD offer)
  // and tells a dinar's "12.500" (three decimals) from a euro's. The code it gives back as the
  // currency text, where the text shows none, is no text the page shows.
  const parsed = parsePrice(String(typeof value === "number" ? value : cleanText(value, 100) ?? ""), currency, country)
  const fromText = (currency === null || currency === parsed.currency) && parsed.currencyText !== currency
  return { price: parsed.amount, currency: currency ?? parsed.currency, currencyText: fromText ? parsed.currencyText : null }
}

const LIST_PRICE_TYPE = /ListPrice|StrikethroughPrice|MSRP|SRP/i

function readOffer(offer: SchemaNode, base: string, country: string | null): OfferPrice {
  const first = priceFrom(offer["price"], offer["priceCurrency"], country)
  let { price, currency } = first
  const { currencyText } = first
  let listPrice: string | null = null
  for (const spec of asArray(offer["priceSpecification"])) {
    if (!isNode(spec)) continue
    // A list/strikethrough price specification is the "was" price, never the price to pay.
    if (LIST_PRICE_TYPE.test(firstText(spec["priceType"], 100) ?? "")) {
      listPrice ??= priceFrom(spec["price"], spec["priceCurrency"], country).price
      continue
    }
    if (price) continue
    const fromSpec = priceFrom(spec["price"] ?? spec["minPrice"], spec["priceCurrency"], country)
    price = fromSpec.price
    currency = currency ?? fromSpec.currency
  }
  let from: boolean | undefined
  if (!price) {
    const low = priceFrom(offer["lowPrice"], offer["priceCurrency"], country)
    price = low.price
    currency = currency ?? low.currency
    from = price !== null && Number(priceFrom(offer["highPrice"], offer["priceCurrency"], country).price) > Number(price)
  }
  return {
    price,
    listPrice: listPriceAbove(listPrice, price),
    currency,
    currencyText,
    availability: normalizeAvailability(firstText(offer["availability"], 200)),
    url: resolveUrl(offer["url"], base),
    seller: firstText(offer["seller"], 120),
    from
  }
}

/** Every priced offer under `offers`, AggregateOffers opened up, in document order. */
function collectOffers(value: unknown, base: string, country: string | null, depth = 0): OfferPrice[] {
  const out: OfferPrice[] = []
  for (const item of asArray(value).slice(0, 200)) {
    if (!isNode(item)) continue
    if (depth < 3 && item["offers"] !== undefined) out.push(...collectOffers(item["offers"], base, country, depth + 1))
    out.push(readOffer(item, base, country))
  }
  return out
}

const samePage = (a: string | null, b: string) => {
  if (!a) return false
  try {
    const x = new URL(a)
    const y = new URL(b)
    return x.host === y.host && x.pathname === y.pathname && x.search === y.search
  } catch {
    return false
  }
}

/** The offer a shopper sees: the one for this exact URL (selected variant), else the first priced one. */
export function pickOffer(offersValue: unknown, pageUrl: string, country: string | null): OfferPrice | null {
  const offers = collectOffers(offersValue, pageUrl, country)
  if (offers.length === 0) return null
  const priced = offers.filter((o) => o.price !== null)
  const positive = priced.filter((o) => Number(o.price) > 0)
  const pool = positive.length ? positive : priced.length ? priced : offers
  // A URL names the selected variant only when it names one offer: shops that give every size
  // the product's own URL have selected nothing.
  const matches = pool.filter((o) => samePage(o.url, pageUrl))
  const matched = matches.length === 1 ? matches[0] : undefined
  const best = matched ?? pool[0] ?? null
  if (!best) return null
  // No variant chosen in the URL: the product is available if any of its offers is.
  const orderable = offers.find((o) => o.availability !== null && ORDERABLE.has(o.availability))
  if (!matched && orderable) best.availability = orderable.availability
  if (!best.availability) best.availability = offers.find((o) => o.availability)?.availability ?? null
  if (best && !best.currency) best.currency = offers.find((o) => o.currency)?.currency ?? null
  return best
}

function readRating(value: unknown): { rating: number | null; reviewCount: number | null } {
  for (const item of asArray(value)) {
    if (!isNode(item)) continue
    const rating = normalizeRating(item["ratingValue"], item["bestRating"], item["worstRating"])
    const reviewCount = normalizeCount(item["reviewCount"]) ?? normalizeCount(item["ratingCount"])
    if (rating !== null || reviewCount !== null) return { rating, reviewCount }
  }
  return { rating: null, reviewCount: null }
}

/** Fields of one schema.org product node; variants of a ProductGroup fill what the group lacks. */
export function readSchemaProduct(node: SchemaNode, pageUrl: string, country: string | null): ReadFields {
  const fields: ReadFields = emptyFields()
  fields.name = firstText(node["name"], 300)
  fields.brand = firstText(node["brand"], 120) ?? null
  fields.description = firstText(node["description"], 2000)
  fields.image = firstImage(node["image"], pageUrl)
  fields.sku = firstId(node["sku"])
  fields.gtin = readGtin(node)
  fields.mpn = firstId(node["mpn"])
  fields.canonicalUrl = resolveUrl(firstText(node["url"], 4000), pageUrl)
  const offer = pickOffer(node["offers"], pageUrl, country)
  if (offer) {
    fields.price = offer.price
    fields.listPrice = offer.listPrice
    fields.currency = offer.currency
    fields.currencyText = offer.currencyText
    fields.availability = offer.availability
    fields.seller = offer.seller
    fields.priceFrom = offer.from
  }
  Object.assign(fields, readRating(node["aggregateRating"]))
  const variants = asArray(node["hasVariant"]).filter(isNode).slice(0, 100)
  if (variants.length && (!fields.price || !fields.sku)) {
    const variant =
      variants.find((v) => samePage(resolveUrl(v["url"], pageUrl), pageUrl)) ??
      variants.find((v) => pickOffer(v["offers"], pageUrl, country)?.price)
    if (variant) fillMissing(fields, readSchemaProduct(variant, pageUrl, country))
  }
  return fields
}

export function fillMissing(target: ReadFields, from: ReadFields): void {
  if (target.price === null && from.price !== null) target.priceFrom = from.priceFrom
  for (const key of Object.keys(target) as (keyof ProductFields)[]) {
    if (target[key] === null && from[key] !== null) (target as unknown as Record<string, unknown>)[key] = from[key]
  }
}
