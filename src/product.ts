// The one shape every layer agrees on: what Cartwise read from a page.
// Values are plain JSON so a snapshot can cross the message boundary and live in IndexedDB as is.

export type Availability =
  | "InStock"
  | "OutOfStock"
  | "PreOrder"
  | "BackOrder"
  | "LimitedAvailability"
  | "Discontinued"
  | "SoldOut"
  | "InStoreOnly"
  | "OnlineOnly"

// The two readings most code gives, as names: each spelled-out string costs the content script its
// bytes again at every use (it is held to 60 KB, issue #3).
export const STOCK_IN = "InStock" satisfies Availability
export const STOCK_OUT = "OutOfStock" satisfies Availability
/** A shop's own `available: true | false` flag (Shopify's, Zalando's), as a stock state. */
export const stockOf = (available: unknown): Availability | null => (available === true ? STOCK_IN : available === false ? STOCK_OUT : null)

/** The stock states in which a shopper can still order: every one but sold out, out of stock and discontinued. */
export const ORDERABLE: ReadonlySet<Availability> = new Set<Availability>(["InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly", "PreOrder", "BackOrder"])

export const AVAILABILITIES: readonly Availability[] = [
  "InStock",
  "OutOfStock",
  "PreOrder",
  "BackOrder",
  "LimitedAvailability",
  "Discontinued",
  "SoldOut",
  "InStoreOnly",
  "OnlineOnly"
]

/**
 * Where a field's value came from; the first confident source wins and keeps its name. "inferred"
 * is no reading at all: a conclusion from what the page shows and does not say (stock, so far).
 * "bid" is a price read from an auction's bidding box: the current bid, not a fixed price;
 * "opening-bid" the price of an auction nobody has bid on yet, where bidding starts. "from-price"
 * is the lowest price of several that the shop states as such (an AggregateOffer's lowPrice below
 * its highPrice, an og:price "2,900원~"): what the cheapest option or seller asks.
 */
export type FieldSource = "json-ld" | "microdata" | "adapter" | "opengraph" | "heuristic" | "meta" | "inferred" | "bid" | "opening-bid" | "from-price"

export const FIELD_SOURCES: readonly FieldSource[] = ["json-ld", "microdata", "adapter", "opengraph", "heuristic", "meta", "inferred", "bid", "opening-bid", "from-price"]

/** Whether a price is an auction's (a bid to beat), not a price to pay. */
export const isBid = (source: FieldSource | undefined) => source === "bid" || source === "opening-bid"

/** Where a product's price came from (a bid, an adapter…), spelled once for every check of it. */
export const priceSource = (product: { sources: ProductSnapshot["sources"] }): FieldSource | undefined => product.sources.price?.source

export interface ProductFields {
  name: string | null
  brand: string | null
  description: string | null
  /** Canonical decimal string such as "1299.5": never a float, so no rounding sneaks into history. */
  price: string | null
  /** The struck-through "was" price, when the page shows one above the current price. */
  listPrice: string | null
  /** ISO 4217 code. */
  currency: string | null
  /** The currency as the page prints it ("€", "US$", "руб."), when read from text. */
  currencyText: string | null
  availability: Availability | null
  seller: string | null
  /** Normalised to a 0–5 scale. */
  rating: number | null
  reviewCount: number | null
  image: string | null
  sku: string | null
  /** Checksum-valid GTIN-8/12/13/14 only. */
  gtin: string | null
  mpn: string | null
  canonicalUrl: string | null
}

export type FieldName = keyof ProductFields

// Every field, in emptyFields' order (the object literal there is checked against ProductFields, so
// the list cannot miss one; spelled out, it cost the 60 KB content script 150 bytes).
export const FIELD_NAMES: readonly FieldName[] = Object.keys(emptyFields()) as FieldName[]

export interface FieldOrigin {
  source: FieldSource
  /** 0–1: how much we trust this value (structured data on a single product > meta tags). */
  confidence: number
}

export interface Spec {
  name: string
  value: string
}

export interface Variant {
  name: string | null
  sku: string | null
  price: string | null
  availability: Availability | null
  url: string | null
}

export interface Review {
  /**
   * Stable within its product: the shop's review id, or a hash of author, date and text
   * (settle-review.ts). "" in what a content script sends, for a review the shop gave no id.
   */
  id: string
  author: string | null
  /** 0–5. */
  rating: number | null
  title: string | null
  body: string
  /** ISO date (yyyy-mm-dd) when the page gives one; in what a content script sends, the date's text as printed. */
  date: string | null
  verified: boolean | null
  helpfulVotes: number | null
  /**
   * BCP 47 language when the page declares it; once stored, detected from the review's words
   * where the page declared none (src/db/review-language.ts).
   */
  language: string | null
  /** Where it was read: "json-ld", "microdata", "amazon", "yotpo", … */
  source: string
  /**
   * Set when settling joined copies of this review read in two places (src/extract/review-copies.ts):
   * every place it was read from, and the other copies' ids. Never sent by a content script's reading.
   */
  places?: string[]
  aliases?: string[]
}

/** Lists that come with a product; each is bounded when read (see extract/collections.ts). */
export interface ProductCollections {
  images: string[]
  breadcrumbs: string[]
  specs: Spec[]
  variants: Variant[]
  reviews: Review[]
}

export interface ProductSnapshot extends ProductFields, ProductCollections {
  url: string
  sources: Partial<Record<FieldName, FieldOrigin>>
  /**
   * The page's <title>, which a content script sends beside a name that starts with a bracket, for
   * the background to settle the name by (settle-product.ts: a shop's tag before it). Never kept.
   */
  pageTitle?: string
}

export function emptyCollections(): ProductCollections {
  return { images: [], breadcrumbs: [], specs: [], variants: [], reviews: [] }
}

export type ExtractionResult =
  | { kind: "product"; product: ProductSnapshot; warnings: string[] }
  | { kind: "not-product"; reason: string; warnings: string[] }

export function emptyFields(): ProductFields {
  return {
    name: null,
    brand: null,
    description: null,
    price: null,
    listPrice: null,
    currency: null,
    currencyText: null,
    availability: null,
    seller: null,
    rating: null,
    reviewCount: null,
    image: null,
    sku: null,
    gtin: null,
    mpn: null,
    canonicalUrl: null
  }
}
