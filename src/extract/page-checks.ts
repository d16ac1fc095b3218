// What the page itself shows, checked once the sources are merged: the code printed under the
// title, and stock inferred from silence.

import type { FieldName, FieldSource, ProductSnapshot } from "../product"
import { codeByHeading } from "./heading-code"
import { inStockUnlessSaid } from "./inferred-stock"

function set(product: ProductSnapshot, field: FieldName, value: string, source: FieldSource = "heuristic", confidence = 0.5) {
  ;(product as unknown as Record<string, unknown>)[field] = value
  product.sources[field] = { source, confidence }
}

export function checkAgainstPage(doc: Document, product: ProductSnapshot, eventPrice?: boolean): void {
  const code = codeByHeading(doc)
  if (code && product.sources.sku?.source !== "adapter") set(product, "sku", code)
  if (inStockUnlessSaid(doc, product, eventPrice)) set(product, "availability", "InStock", "inferred", 0.3)
}
