// Auction pages: the markup's price is often the starting price (an Offer with "price": 90 while
// the page shows "$400 · 5 bids"), but what the item costs now is the current bid, printed in the
// bidding box beside the number of bids. Only a box whose class names bidding and whose text
// counts bids, only a price that box marks as one, in the same currency, and only upwards: a
// current bid is never below the opening one. Never over a shop adapter's price (eBay's adapter
// reads its own bidding box).

import { parsePrice } from "../price/parse"
import type { ProductSnapshot } from "../product"
import { setField } from "./set-field"
import { all, textPrefix } from "./text"

// "5 bids", "3 Gebote", "12 enchères", "2 offerte", "7 pujas", "4 lances", "6 biedingen", "5 ставок".
const BID_COUNT = /\d\s*(?:bids?|gebote?|enchères?|offert[ae]|pujas?|lances?|biedingen|ставк)/i

export function currentBid(doc: Document, product: ProductSnapshot, country: string | null): void {
  if (product.sources.price?.source === "adapter") return
  // Case-sensitive parts: Chromium answers them without lower-casing every class on the page.
  const box = all(doc, "[class*=bid],[class*=Bid]", 8).find((el) => BID_COUNT.test(textPrefix(el, 200)))
  const bid = parsePrice(textPrefix(box?.querySelector("[class*=price],[class*=Price]"), 40), product.currency, country)
  // A bid printed in another currency is a conversion ("approx. EUR 14.43"), not the bid.
  if (Number(bid.amount) > Number(product.price) && (bid.currency ?? product.currency) === product.currency) {
    setField(product, "price", bid.amount, "bid")
  }
}
