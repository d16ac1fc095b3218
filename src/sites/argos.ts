import { cleanText, normalizeGtin } from "../extract/normalize"
import { decimalFromValue, listPriceAbove } from "../price/parse"
import { reviewsFromList } from "../extract/reviews"
import { all } from "../extract/text"
import { STOCK_OUT, type Review } from "../product"
import type { ReadFields } from "../extract/set-field"
import type { SiteAdapter } from "./types"
import { at } from "./json-path"

// Argos draws its product page from the Redux state it prints as `window.__data={…}` (2020
// capture). Its microdata gives the name, code, price and rating; the state adds what the page
// shows without markup: the brand, the "Was £14.99" beside the price, whether the product is sold
// out everywhere, the barcode its description ends with ("EAN: 5018479061991."), and the first reviews (Bazaarvoice's, fetched by the server; the page draws them
// only when the shopper opens the reviews). The state is a JavaScript object: JSON but for
// `undefined` values. After a move within the shop the script still holds the first product's
// state, so it is read only when its product is the one in the address.
const MAX_STATE = 4_000_000
const PREFIX = "window.__data="

function stateOf(doc: Document): unknown {
  // Only the start of each script is looked at: the page's other scripts can be large.
  const script = all<HTMLScriptElement>(doc, "script:not([src])", 300).find((s) => (s.firstChild as Text | null)?.substringData(0, PREFIX.length) === PREFIX)
  const text = script?.text ?? ""
  if (text.length > MAX_STATE) return undefined
  try {
    return JSON.parse(text.slice(PREFIX.length).replace(/;\s*$/, "").replace(/(?<=[:,[])undefined(?=[,}\]])/g, "null"))
  } catch {
    return undefined
  }
}

const reviewsOf = (state: unknown, id: string): Review[] =>
  reviewsFromList(at(state, "bazaarVoiceReview", "data", "productReviews", id), "argos", (item) => {
    const review = at(item, "attributes")
    return {
      id: String(at(item, "id") ?? ""),
      author: at(review, "profile", "name"),
      rating: at(review, "overallRating"),
      title: at(review, "title"),
      body: at(review, "text"),
      date: at(review, "submitted"),
      helpfulVotes: at(review, "helpfulness", "helpful")
    }
  })

export const argos: SiteAdapter = {
  id: "argos",
  domains: ["argos.co.uk"],
  // Sold out everywhere, which the state says and the microdata's offer may not.
  prefer: ["availability"],
  picks: {},
  parse({ doc, url }): Partial<ReadFields> {
    const id = /^\/product\/(\d{5,9})(?:[/?#]|$)/.exec(url.pathname)?.[1]
    const state = stateOf(doc)
    const product = at(state, "productStore", "data")
    if (!id || String(at(product, "productId")) !== id) return {}
    const price = decimalFromValue(at(product, "prices", "attributes", "now"))
    const was = decimalFromValue(at(product, "prices", "attributes", "was"))
    const attributes = at(product, "attributes")
    const description = at(attributes, "description")
    return {
      brand: cleanText(at(attributes, "brand"), 120),
      gtin: normalizeGtin(/\bEAN:\s*(\d{8,14})\b/.exec(typeof description == "string" ? description : "")?.[1]),
      listPrice: listPriceAbove(was, price),
      // In stock is left to the page (a store may have none while delivery has some).
      availability: at(attributes, "globallyOutOfStock") === true ? STOCK_OUT : null,
      reviews: reviewsOf(state, id)
    }
  }
}
