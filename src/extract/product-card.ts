// Related-product grids without telling class names: a card is a small box holding a price and a
// heading that links to another product page ("<h4><a href=…>Name</a></h4> <span>€150</span>").
// The page's own price sits under its <h1>, or next to the buy button, never under a linked heading.

import { isPageRoot, one, parentOf } from "./text"

const CARD_LEVELS = 3
const LINKED_HEADING = "h2 a[href],h3 a[href],h4 a[href],h5 a[href]"

/** Checked on the best few price candidates only: each check queries a few small subtrees. */
export const MAX_CARD_CHECKS = 20

export function inOtherProductCard(el: Element, buy: Element | null): boolean {
  let node: Element | null = parentOf(el)
  for (let i = 0; node && i < CARD_LEVELS; i++, node = parentOf(node)) {
    if (isPageRoot(node) || one(node, "h1")) return false
    if (buy && node.contains(buy)) return false
    if (one(node, LINKED_HEADING)) return true
  }
  return false
}
