// Some shops put the regular price in the microdata offer and print it struck through inside that
// offer, with the sale price beside it: the shopper pays the unstruck one. Only inside the offer
// element and only when the markup's price is itself shown struck, so a related product's tile or a
// price before VAT elsewhere on the page never counts.

import { parsePrice } from "../price/parse"
import type { ProductSnapshot } from "../product"
import { isStruck } from "./heuristics"
import { setField } from "./set-field"
import { textPrefix } from "./text"

export function saleBesideStruckOffer(doc: Document, product: ProductSnapshot): void {
  const price = Number(product.price)
  if (product.sources.price?.source !== "microdata") return
  const offer = doc.querySelector("[itemprop=offers]")
  // Bounded: a buy box prints a handful of prices.
  const shown = Array.from(offer?.querySelectorAll("[class*=price i]") ?? [])
    .slice(0, 20)
    .filter((el) => !el.childElementCount)
    .map((el) => ({ struck: isStruck(el), amount: parsePrice(textPrefix(el, 40)).amount }))
  if (!shown.some((s) => s.struck && Number(s.amount) === price)) return
  const lower = new Set(shown.filter((s) => !s.struck && Number(s.amount) > 0 && Number(s.amount) < price).map((s) => s.amount))
  if (lower.size === 1) setField(product, "price", [...lower][0], "heuristic")
}
