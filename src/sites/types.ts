// A site adapter is mostly data: which hosts it serves and CSS selectors per field, tried in order.
// `parse` is for the little that selectors cannot say (an id in the URL, a "Visit the X Store"
// byline). Its evidence — the fixture pages that prove the selectors and what a shopper sees on
// them — sits beside it in <shop>.evidence.ts (tests only); test/unit/sites.test.ts loops over it.

import type { ProductFields, Spec } from "../product"
import type { ReadFields } from "../extract/set-field"
import type { ReviewSpec } from "./review-spec"
import { isString } from "../price/letters"

/** Where a value is: a selector alone means the element's text (the common case, written short). */
export type Pick = string | PickAt

export interface PickAt {
  /** A selector, or a comma-separated list of alternatives tried in order (see select.ts). */
  css: string
  /** Read this attribute instead of the element's text. */
  attr?: string
  /** Keep only the first capture group of this pattern (matched against the text or attribute). */
  match?: RegExp
}

export const pickAt = (pick: Pick): PickAt => (isString(pick) ? { css: pick } : pick)

export type PickField = "name" | "brand" | "price" | "availability" | "rating" | "reviewCount" | "image" | "sku" | "gtin" | "mpn"

export interface AdapterContext {
  doc: Document
  url: URL
  country: string | null
  /** Fields read so far by this adapter's picks. */
  fields: ProductFields
  /** The page's specification table, read once per extraction for every reader that wants it. */
  specs: () => Spec[]
}

export interface Evidence {
  /** File in test/fixtures/sites/. */
  fixture: string
  /** The address the fixture stands for. */
  url: string
  /** What a shopper sees on that page (its options too, where the adapter lists them). */
  expect: Partial<ProductFields & { variants: import("../product").Variant[] }>
  /** Reviews the page shows, when the adapter reads reviews: how many, and the first one. */
  reviews?: { count: number; first: Partial<import("../product").Review> }
}

export interface SiteAdapter {
  id: string
  /**
   * Registrable domains served, subdomains included. Each host adapter ships in its own content
   * script (contents/<shop>.ts) whose `matches` list these domains; the manifest test keeps the two
   * in step, and the generic content script excludes them.
   */
  domains?: readonly string[]
  /** For platforms found on any domain (Shopify): a cheap check of the document. */
  detect?: (doc: Document) => boolean
  picks: Partial<Record<PickField, Pick[]>>
  /** Fields where this shop's structured data says something else than the page shows: the adapter's value wins. */
  prefer?: readonly (keyof ProductFields)[]
  parse?: (context: AdapterContext) => Partial<ReadFields>
  /**
   * The elements holding the shop's specification tables, when the page has other tables (a
   * search form, shipping costs, a comparison with other products) that are no specs: only rows
   * inside the elements it matches are read, so it names elements around the tables or lists, not
   * their own rows. Without it, or when no element matches, the whole page is read.
   */
  specsIn?: string
  /** Where the shop prints its reviews, when it is not schema.org markup. */
  reviews?: ReviewSpec
  /** Where further review pages are, for "read more reviews" (otherwise a rel=next review link). */
  reviewPages?: {
    /** The first page of all reviews, from the product page's address. */
    first?: (url: URL) => string | null
    /** The "next page" link on a review page. */
    next: string
  }
}
