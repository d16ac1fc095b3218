// Most shops print no stock words while a product can be bought: the price and the buy button are
// the notice, and words appear only when it is gone ("Sold out", "Ausverkauft"). So a product whose
// price comes from the shop's own data, on a page that says nothing of it being sold out, is taken
// as in stock: with low confidence and its own source, so the shopper reads it as our conclusion.

import type { ProductSnapshot } from "../product"
import { saysOutOfStock } from "./availability-text"
import { AVAILABILITY_NODES, NOT_MAIN, inContext } from "./heuristics"
import { textPrefix } from "./text"

/**
 * Whether to infer "in stock": only when nothing read the stock, the price is positive and from
 * the shop's own data (structured data, meta tags, the adapter, its analytics event), the markup does not state an availability we could not
 * read ("NOT SOLD" in an itemprop), and no stock line or button of the main content (not related
 * products, not the menu) says sold out. Bounded: the first 300 such elements.
 */
export function inStockUnlessSaid(doc: Document, product: ProductSnapshot, eventPrice?: boolean): boolean {
  // A price from the layout is a guess by position, unless it is the one the shop's analytics event names.
  // The merge keeps no price of 0, so any price here is positive.
  if (product.availability || !product.price || (product.sources.price?.source === "heuristic" && !eventPrice)) return false
  if (doc.querySelector("[itemprop=availability]")) return false
  const said = Array.from(doc.querySelectorAll(`${AVAILABILITY_NODES},button`)).slice(0, 300)
  return !said.some((el) => saysOutOfStock(textPrefix(el, 160)) && !inContext(el, NOT_MAIN))
}
