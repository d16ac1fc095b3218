// The regular price a shop prints struck through beside today's price ("<s>144 990 тг.</s>
// 131 990 тг.") is the list price the popup shows as "was", with the saving. Only a struck price
// whose box, a few levels up, also prints the price the product costs (so a related product's
// "<s>150 990</s> 133 990" never counts), in the same currency, above the price and under ten
// times it. Struck tags only: one cheap query, and class names alone also mark "regular" prices
// that are today's.

import { parsePrice } from "../price/parse"
import type { ProductSnapshot } from "../product"
import { NOT_MAIN, inContext } from "./heuristics"
import { setField } from "./set-field"
import { all, textPrefix } from "./text"

const BOX_LEVELS = 3
const AMOUNTS = /\d[\d\s.,'’]*/g

export function struckListPrice(doc: Document, product: ProductSnapshot, country: string | null): void {
  const price = Number(product.price)
  if (product.listPrice || !(price > 0) || product.sources.price?.source === "bid") return
  for (const struck of all(doc, "s,del,strike", 30)) {
    const text = textPrefix(struck, 40)
    const was = parsePrice(text, product.currency, country)
    const amount = Number(was.amount)
    if (!(amount > price && amount < 10 * price) || (was.currency ?? product.currency) !== product.currency) continue
    if (inContext(struck, NOT_MAIN)) continue
    let box: Element | null = struck
    for (let i = 0; i < BOX_LEVELS && (box = box.parentElement); i++) {
      // Templates indent with long runs of white space: 1,000 characters hold a box's few lines.
      const rest = textPrefix(box, 1000).replace(text, " ")
      if ((rest.match(AMOUNTS) ?? []).some((n) => Number(parsePrice(n, product.currency, country).amount) === price)) {
        setField(product, "listPrice", was.amount, "heuristic")
        return
      }
    }
  }
}
