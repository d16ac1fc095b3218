// Some shops put the regular price in the microdata offer and print it struck through with the
// sale price beside it: the shopper pays the unstruck one. Only inside the offers of the item that
// holds the first offer, and only when the markup's price is itself shown struck, so a related
// product's tile or a price before VAT elsewhere on the page never counts.

import { parsePrice } from "../price/parse"
import type { ProductSnapshot } from "../product"
import { isStruck } from "./heuristics"
import { setField } from "./set-field"
import { textPrefix } from "./text"

export function saleBesideStruckOffer(doc: Document, product: ProductSnapshot): void {
  const price = Number(product.price)
  if (product.sources.price?.source !== "microdata") return
  // Every offer inside the item that holds the first one: a shop may mark up the regular price in
  // a hidden offer and print both prices in a second one. A related product's offers outside that
  // item never count.
  const main = doc.querySelector("[itemprop=offers]")?.parentElement?.closest("[itemscope]") ?? doc
  // The innermost price boxes: "full-price" holds the struck price and its discount in two spans
  // without a price class. Bounded: a buy box prints a handful of prices.
  const shown = Array.from(main.querySelectorAll("[itemprop=offers] [class*=price i]"))
    .slice(0, 20)
    .filter((el) => !el.querySelector("[class*=price i]"))
    .map((el) => ({ struck: isStruck(el), ...parsePrice(textPrefix(el, 40)) }))
  if (!shown.some((s) => s.struck && Number(s.amount) === price)) return
  const lower = new Set(shown.filter((s) => !s.struck && Number(s.amount) > 0 && Number(s.amount) < price).map((s) => s.amount))
  if (lower.size !== 1) return
  setField(product, "price", [...lower][0], "heuristic")
  // Markup that names no currency (lafeltrinelli writes "pricecurrency"): the one the box prints.
  const printed = shown.find((s) => s.currency)
  if (!product.currency && printed) for (const field of ["currency", "currencyText"] as const) setField(product, field, printed[field], "heuristic")
}
