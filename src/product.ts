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

/** Where a field's value came from; the first confident source wins and keeps its name. */
export type FieldSource = "json-ld" | "microdata" | "adapter" | "opengraph" | "heuristic" | "meta"

export const FIELD_SOURCES: readonly FieldSource[] = ["json-ld", "microdata", "adapter", "opengraph", "heuristic", "meta"]

export interface ProductFields {
  name: string | null
  brand: string | null
  description: string | null
  /** Canonical decimal string such as "1299.5": never a float, so no rounding sneaks into history. */
  price: string | null
  /** ISO 4217 code. */
  currency: string | null
  availability: Availability | null
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

export const FIELD_NAMES: readonly FieldName[] = [
  "name",
  "brand",
  "description",
  "price",
  "currency",
  "availability",
  "rating",
  "reviewCount",
  "image",
  "sku",
  "gtin",
  "mpn",
  "canonicalUrl"
]

export interface FieldOrigin {
  source: FieldSource
  /** 0–1: how much we trust this value (structured data on a single product > meta tags). */
  confidence: number
}

export interface ProductSnapshot extends ProductFields {
  url: string
  sources: Partial<Record<FieldName, FieldOrigin>>
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
    currency: null,
    availability: null,
    rating: null,
    reviewCount: null,
    image: null,
    sku: null,
    gtin: null,
    mpn: null,
    canonicalUrl: null
  }
}
