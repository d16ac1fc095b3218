// One way to put a field on the snapshot: the value with where it came from and how far that
// source is trusted. The merge, an adapter's preferred fields and the page checks all use it, so
// a source's confidence is written down once.

import type { FieldName, FieldSource, ProductSnapshot } from "../product"

/** Every source but "opening-bid", which no source reads: current-bid.ts renames a price's source so. */
export type ReadSource = Exclude<FieldSource, "opening-bid">

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
