// One way to put a field on the snapshot: the value with where it came from and how far that
// source is trusted. The merge, an adapter's preferred fields and the page checks all use it, so
// a source's confidence is written down once.

import type { FieldName, FieldSource, ProductFields, ProductSnapshot, Review, Variant } from "../product"

/**
 * One source's reading of the fields, and whether it stated its price as the lowest of several
 * (extractProduct then names the price's source "from-price"): never part of a snapshot.
 */
export interface ReadFields extends ProductFields {
  priceFrom?: boolean
  /** A shop adapter's list of the product's variants, named as the shop names them (Shopify's). */
  variants?: Variant[]
  /**
   * A shop adapter's reviews that no ReviewSpec can select in the document: those in the page's
   * state JSON (Argos's) or inside a web component's shadow root (John Lewis's).
   */
  reviews?: Review[]
}

/**
 * Every source but "opening-bid" and "from-price", which no source reads: a price's source is
 * renamed so (current-bid.ts, extractProduct).
 */
export type ReadSource = Exclude<FieldSource, "opening-bid" | "from-price">

const CONFIDENCE: Record<ReadSource, number> = {
  "json-ld": 0.95,
  microdata: 0.9,
  adapter: 0.85,
  opengraph: 0.75,
  heuristic: 0.5,
  meta: 0.6,
  inferred: 0.3,
  bid: 0.5
}

/** Puts `value` on `field`, read from `source`: by default the layout heuristics, which most callers are. */
export function setField(product: ProductSnapshot, field: FieldName, value: unknown, source: ReadSource = "heuristic"): void {
  ;(product as unknown as Record<string, unknown>)[field] = value
  product.sources[field] = { source, confidence: CONFIDENCE[source] }
}
