import { decimalFromValue } from "../price/parse"
import type { SiteAdapter } from "./types"

// Best Buy's structured data (JSON-LD on bestbuy.com, microdata on bestbuy.ca) carries the model
// number only as `model`, which is not schema.org's mpn, so only that is read here: the "Model:"
// line under the title (bestbuy.com product layout, 2023) and itemprop=model (bestbuy.ca, 2021 on).
// bestbuy.ca prints a sale as "SAVE 150" beside today's price, never the regular one: that is the
// price plus the saving. Its reviews carry hashed class names, so they are found by the stable
// data-automation attributes and class prefixes; the stars are icons, counted.
export const bestbuy: SiteAdapter = {
  id: "bestbuy",
  domains: ["bestbuy.com", "bestbuy.ca"],
  picks: {
    mpn: [".shop-product-title .model .product-data-value, .model.product-data .product-data-value", "[itemprop='model']"],
    price: [{ css: "[class^=productPricingContainer] [itemprop=price]", attr: "content" }]
  },
  parse({ doc, fields }) {
    const save = /^SAVE\s*\$?([\d,]+(?:\.\d\d)?)$/i.exec(doc.querySelector("[class^=productPricingContainer] [class^=productSaving]")?.textContent?.trim() ?? "")?.[1]
    const price = Number(fields.price)
    return { listPrice: save && price > 0 ? decimalFromValue(Math.round((price + Number(save.replace(/,/g, ""))) * 100) / 100) : null }
  },
  reviews: {
    item: "[data-automation=review-list-item]",
    author: "[class^=author] > span:not([class])",
    stars: "[data-automation=star-rating-wrapper] [class*=fullStar]",
    title: "[class^=reviewTitle]",
    body: "[class^=reviewContent]",
    date: { css: "[data-automation=rating-date]", attr: "data-date" },
    verified: "[class^=isVerifiedPurchaser]",
    helpfulVotes: { css: "[data-automation=helpful-button-container]", match: /\((\d+)\)/ }
  }
}
