// A classified ad's title often carries its price: "$15 · Casio FX-991ES PLUS C Scientific
// Calculator" (usedvictoria's microdata name wraps the price), "Road bike 56 cm - 250 €". The popup,
// the Q&A and the stored product show the price beside the name, so the name need not repeat it.
// Done here, not in the content script, whose bundle has no bytes to spare; the snapshot keeps
// what the page said.

import { parsePrice } from "../price/parse"
import { endSegments } from "./name-segments"

// The separators such titles put between price and name.
const SEPARATORS = /\s+[·•|\-–—]\s+/g
// A price segment is short: "$15", "250 €", "CHF 1'049.95".
const MAX_PRICE_TEXT = 20

/** The amount of `segment` when it is a price with its currency printed and nothing else; else null. */
function priceAlone(segment: string): string | null {
  if (segment.length > MAX_PRICE_TEXT) return null
  const { amount, currencyText } = parsePrice(segment)
  // No word besides the currency: "Steam Wallet $20" names a product that costs $20.
  return amount !== null && currencyText !== null && !/\p{L}/u.test(segment.replace(currencyText, "")) ? amount : null
}

/** Whether `segment` is nothing but this product's price, with its currency printed in it. */
function isThePrice(segment: string, price: string): boolean {
  const amount = priceAlone(segment)
  return amount !== null && Number(amount) === Number(price)
}

/**
 * Whether `text` begins (or, `atEnd`, ends) with a price and its currency: the other end of a range
 * ("$25 - $100 Gift Card", "25 € - 100 € Gutschein", "US$ 25 - US$ 100"). One word or two, as the
 * currency may stand apart from the number.
 */
function priceAtEdge(text: string, atEnd: boolean): boolean {
  const words = text.trim().split(/\s+/)
  const edge = atEnd ? words.slice(-2) : words.slice(0, 2)
  return [edge.join(" "), atEnd ? edge[edge.length - 1]! : edge[0]!].some((t) => priceAlone(t) !== null)
}

/**
 * The name without a first or last segment that is the product's own price ("$15 · Casio…" →
 * "Casio…"). A number that is part of the name ("Size 15 - T-shirt", no currency), a segment of
 * words and a price ("Steam Wallet $20 - Digital Code"), another amount ("$20 off - Casio…" at
 * $15) and a range ("$25 - $100 Gift Card") stay.
 */
export function withoutPrice(name: string | null, price: string | null): string | null {
  if (!name || !price) return name
  const ends = endSegments(name, SEPARATORS)
  if (!ends) return name
  if (isThePrice(ends.head, price) && !priceAtEdge(ends.afterHead, false)) return ends.afterHead
  if (isThePrice(ends.tail, price) && !priceAtEdge(ends.beforeTail, true)) return ends.beforeTail
  return name
}
