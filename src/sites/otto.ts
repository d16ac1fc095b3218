import { cleanText, normalizeGtin, normalizeId } from "../extract/normalize"
import { decimalFromValue } from "../price/parse"
import { STOCK_IN, STOCK_OUT, type ProductFields } from "../product"
import type { SiteAdapter } from "./types"
import { at } from "./json-path"

// OTTO's structured data describes one variation and names neither the seller (OTTO or a partner
// shop) nor a comparison price. Its product page embeds every variation in #productDataJson
// (product page layout, 2020-2024); the one chosen in the address (#variationId=…) is read.
const MAX_JSON = 2_000_000


function variation(doc: Document, url: URL): unknown {
  const text = doc.querySelector("script#productDataJson")?.textContent ?? ""
  if (!text || text.length > MAX_JSON) return undefined
  try {
    const data: unknown = JSON.parse(text)
    const chosen = /variationId=(\d+)/.exec(url.hash)?.[1] ?? at(data, "sortedVariationIds", "0")
    return typeof chosen === "string" ? at(data, "variations", chosen) : undefined
  } catch {
    return undefined
  }
}

const cents = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null)

export const otto: SiteAdapter = {
  id: "otto",
  domains: ["otto.de"],
  picks: {},
  // The first reviews, printed with the page (2020-2024 layout): stars, id and creation time
  // ("2021-03-07 09:41") as attributes of each review.
  reviews: {
    item: ".cr_reviewList .cr_review",
    id: { css: ":scope", attr: "data-review-id" },
    rating: { css: ":scope", attr: "data-review-rating" },
    title: ".cr_review__title",
    body: ".cr_review__text",
    author: ".cr_review__reviewerName",
    date: { css: ":scope", attr: "data-review-creationdate" }
  },
  parse({ doc, url }): Partial<ProductFields> {
    const v = variation(doc, url)
    if (v === undefined) return {}
    const now = cents(at(v, "displayPrice", "priceAmount"))
    const before = cents(at(v, "displayPrice", "comparativePriceAmount"))
    const status = at(v, "availability", "orderable")
    const price = decimalFromValue(at(v, "displayPrice", "techPriceAmount"))
    return {
      name: cleanText(at(v, "name"), 300),
      price,
      currency: price ? "EUR" : null,
      listPrice: now && before && before > now ? decimalFromValue(before / 100) : null,
      availability: status === true ? STOCK_IN : status === false ? STOCK_OUT : null,
      seller: cleanText(at(v, "retailer", "name"), 120),
      sku: normalizeId(at(v, "articleNumberWithPromotion")),
      gtin: normalizeGtin(at(v, "ean"))
    }
  }
}
