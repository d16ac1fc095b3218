// What the page itself shows, checked once the sources are merged: the code printed under the
// title, and stock inferred from silence.

import type { ProductSnapshot } from "../product"
import { codeByHeading } from "./heading-code"
import { inStockUnlessSaid } from "./inferred-stock"
import { setField } from "./set-field"

export function checkAgainstPage(doc: Document, product: ProductSnapshot, eventPrice?: boolean): void {
  const code = codeByHeading(doc)
  if (code && product.sources.sku?.source !== "adapter") setField(product, "sku", code, "heuristic")
  if (inStockUnlessSaid(doc, product, eventPrice)) setField(product, "availability", "InStock", "inferred")
}
