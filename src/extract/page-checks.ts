// What the page itself shows, checked once the sources are merged: the code printed under the
// title, a sale price beside the offer's struck one, a sold-out buy box the structured data calls
// in stock, and stock inferred from silence.

import type { ProductSnapshot } from "../product"
import { codeByHeading } from "./heading-code"
import { inStockUnlessSaid } from "./inferred-stock"
import { soldOutInBuyBox } from "./heuristics"
import { setField } from "./set-field"
import { saleBesideStruckOffer } from "./struck-offer"

export function checkAgainstPage(doc: Document, product: ProductSnapshot, eventPrice?: boolean): void {
  const code = codeByHeading(doc)
  if (code && product.sources.sku?.source !== "adapter") setField(product, "sku", code, "heuristic")
  saleBesideStruckOffer(doc, product)
  if (product.availability === "InStock" && soldOutInBuyBox(doc)) setField(product, "availability", "OutOfStock", "heuristic")
  if (inStockUnlessSaid(doc, product, eventPrice)) setField(product, "availability", "InStock", "inferred")
}
