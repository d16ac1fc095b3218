// Some shops put the regular price in the microdata offer and print it struck through with the
// sale price beside it: the shopper pays the unstruck one. Only inside the offers of the item that
// holds the first offer, and only when the markup's price is itself shown struck, so a related
// product's tile or a price before VAT elsewhere on the page never counts.

import { parsePrice } from "../price/parse"
import { priceSource, type ProductSnapshot } from "../product"
import { isStruck } from "./heuristics"
import { setField } from "./set-field"
import { above, all, one, textPrefix } from "./text"

/**
 * The item an offer belongs to (an AggregateOffer's offers belong to its product), or the
 * document for an offer outside any item.
 */
const itemOf = (offer: Element | null | undefined): ParentNode | null | undefined =>
  offer && (above(offer, "[itemscope]:not([itemprop=offers])") ?? offer.ownerDocument)

const opensStruck = (el: Element) => {
  const first = el.firstElementChild
  return !!first && isStruck(first) && textPrefix(el, 80).startsWith(textPrefix(first, 80))
}

export function saleBesideStruckOffer(doc: Document, product: ProductSnapshot, country: string | null): void {
  const price = Number(product.price)
  if (priceSource(product) !== "microdata") return
  // Every offer of the item that holds the first one: a shop may mark up the regular price in a
  // hidden offer and print both prices in a second one. Never the offers of items nested in it
  // (colours, similar products) or beside it.
  const main = itemOf(one(doc, "[itemprop=offers]")) ?? doc
  // The innermost price boxes, struck when they are, or when their text opens with a struck first
  // element: lafeltrinelli's "full-price" box holds the struck price ("barred") and its discount in
  // two spans without a price class, while "20,00 € <del>30,00 €</del>" is the unstruck 20.
  // Bounded: a buy box prints a handful of prices.
  const shown = all(main, "[itemprop=offers] [class*=price i]", 20)
    .filter((el) => !one(el, "[class*=price i]"))
    .map((el) => ({ offer: el.closest("[itemprop=offers]"), struck: isStruck(el) || opensStruck(el), ...parsePrice(textPrefix(el, 40), null, country) }))
    .filter((s) => itemOf(s.offer) === main)
  // The markup's price shown struck, and nowhere unstruck: a second seller's or a used offer may
  // strike the new price beside its own.
  const at = shown.find((s) => s.struck && Number(s.amount) === price)
  if (!at || shown.some((s) => !s.struck && Number(s.amount) === price)) return
  // The one lower price printed in that same offer (another size's offer has its own sale price).
  const sale = shown.filter((s) => s.offer === at.offer && !s.struck && Number(s.amount) > 0 && Number(s.amount) < price)
  if (new Set(sale.map((s) => s.amount)).size !== 1) return
  // The struck price is the one the shopper is shown as "was".
  if (!product.listPrice) setField(product, "listPrice", product.price)
  setField(product, "price", sale[0]!.amount)
  // Markup that names no currency (lafeltrinelli writes "pricecurrency"): the one that offer prints.
  const printed = shown.find((s) => s.offer === at.offer && s.currency)
  if (!product.currency && printed) for (const field of ["currency", "currencyText"] as const) setField(product, field, printed[field])
}
