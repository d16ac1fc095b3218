// Auction pages: the markup's price is often the starting price (an Offer with "price": 90 while
// the page shows "$400 · 5 bids"), but what the item costs now is the current bid, printed in the
// bidding box beside the number of bids. Only a box whose class names bidding as a word and whose
// text counts bids, only a price in it that is not struck, an estimate, a buy-now or an opening
// price, in the same currency, and only upwards: a current bid is never below the opening one.
// Never over a shop adapter's price.

import { parsePrice } from "../price/parse"
import { priceSource, type ProductSnapshot } from "../product"
import { inContext, isStruck, NOT_MAIN } from "./heuristics"
import { setField } from "./set-field"
import { all, attr, isPageRoot, parentOf, textPrefix } from "./text"

// "biddingBox", "item-current-bid", "currentBid", not "product_cat-bidons" (a shop's category
// of water bottles) or "bidet".
const BID_CLASS = /(?:^|[^a-z])bid(?:s|ding)?(?![a-z])|Bid(?:s|ding)?(?![a-z])/
// "5 bids", "3 Gebote", "12 enchères", "2 offerte", "7 pujas", "4 lances", "6 biedingen", "5 ставок",
// and not "2 bidons" or "5 bidets". Case-sensitive, because an element's text runs on into the
// next element's ("5 bidsStarting Price"). The count is the digits before the word: "1,234 bids"
// counts as 234, not none.
const BID_COUNT = /(\d+)\s*(?:[bB]ids?|[gG]ebote?|[eE]nchères?|[oO]ffert[ae]|[pP]ujas?|[lL]ances?|[bB]iedingen|став(?:к|ок))(?![a-zà-ÿ])/
// The other prices a bidding box prints.
const NOT_THE_BID = /estim|schätz|buy|sofort|reserve|start|open|min|incre/i
const PRICES = "[class*=price],[class*=Price]"

export function currentBid(doc: Document, product: ProductSnapshot, country: string | null): void {
  // Case-sensitive parts: Chromium answers them without lower-casing every class on the page. A
  // related item's card counts its own bids.
  const box = all(doc, "[class*=bid],[class*=Bid]", 8).find(
    (el) => BID_CLASS.test(attr(el, "class")) && BID_COUNT.test(textPrefix(el, 200)) && !inContext(el, NOT_MAIN)
  )
  // A price printed in another currency is a conversion ("approx. EUR 14.43"), not this one.
  const amountIn = (el: Element | undefined) => {
    const shown = parsePrice(textPrefix(el, 40), product.currency, country)
    return (shown.currency ?? product.currency) === product.currency ? shown.amount : null
  }
  if (box && BID_COUNT.exec(textPrefix(box, 200))![1] === "0") {
    // "0 bids": no price is a current bid. The nearest prices around the count, short of the
    // page's body or main part, are the bidding area's; where the product's price is one of them,
    // it is the opening bid, whoever read it (eBay's classic page prints its offer's price under
    // "Starting price"). A buy-now price elsewhere stays what it is. The amount and its
    // confidence stay the reading's.
    let prices: Element[] = []
    for (let area: Element | null = box, up = 0; area && !prices.length && up < 5 && !isPageRoot(area); area = parentOf(area), up++) {
      prices = all(area, `${PRICES},[itemprop=price]`, 10)
    }
    if (product.price && prices.some((el) => amountIn(el) === product.price)) product.sources.price!.source = "opening-bid"
    return
  }
  if (priceSource(product) === "adapter") return
  const bid = amountIn(box && all(box, PRICES, 10).find((el) => !isStruck(el) && !NOT_THE_BID.test(attr(el, "class") + textPrefix(el, 40))))
  if (Number(bid) > Number(product.price)) setField(product, "price", bid, "bid")
}
