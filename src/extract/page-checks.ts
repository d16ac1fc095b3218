// What the page itself shows, checked once the sources are merged: the code printed under the
// title, a sold-out buy box the structured data calls in stock, stock inferred from silence, a
// sale price beside the offer's struck one, and an auction's current bid.

import { STOCK_IN, STOCK_OUT, type ProductSnapshot } from "../product"
import { currentBid } from "./current-bid"
import { struckListPrice } from "./struck-list-price"
import { codeByHeading } from "./heading-code"
import { inStockUnlessSaid } from "./inferred-stock"
import { soldOutInBuyBox } from "./heuristics"
import { setField } from "./set-field"
import { saleBesideStruckOffer } from "./struck-offer"

export function checkAgainstPage(doc: Document, product: ProductSnapshot, country: string | null, eventPrice?: boolean): void {
  const code = codeByHeading(doc)
  if (code && product.sources.sku?.source !== "adapter") setField(product, "sku", code)
  if (product.availability === STOCK_IN && soldOutInBuyBox(doc)) setField(product, "availability", STOCK_OUT)
  if (inStockUnlessSaid(doc, product, eventPrice)) setField(product, "availability", STOCK_IN, "inferred")
  // After the stock inference: the sale price is read from the layout, but inside the shop's own
  // offer, so it must not make the inference treat the price as a layout guess.
  saleBesideStruckOffer(doc, product, country)
  currentBid(doc, product, country)
  // Last: the price it is a discount on is settled.
  struckListPrice(doc, product, country)
}
