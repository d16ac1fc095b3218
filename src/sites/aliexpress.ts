import { cleanText, normalizeCount, normalizeRating } from "../extract/normalize"
import { parsePrice } from "../price/parse"
import { STOCK_IN, STOCK_OUT, type ProductFields } from "../product"
import type { SiteAdapter } from "./types"
import { all } from "../extract/text"

// AliExpress prints no product markup and its OpenGraph tags carry no price. Selectors from the
// current item page (2023-2025, hashed class names matched by their stable prefix), the 2020-2022
// layout kept as fallback; window.runParams, the page's own data script, fills what they miss.
const MAX_SCRIPT = 3_000_000

function runParams(doc: Document): string {
  for (const script of all(doc, "script:not([src])", 200)) {
    const text = script.textContent ?? ""
    if (text.length <= MAX_SCRIPT && /runParams\s*=\s*\{/.test(text)) return text
  }
  return ""
}

const grab = (text: string, re: RegExp) => re.exec(text)?.[1] ?? null

/** A JSON string's content as captured (escapes such as \u00e1 and \" still in it). */
function jsonString(raw: string | null): string | null {
  if (raw === null) return null
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return null
  }
}

function fromRunParams(text: string, country: string | null): Partial<ProductFields> {
  if (!text) return {}
  // The promotion price first: skuAmount / formatedPrice is the struck price beside it.
  const priceText =
    grab(text, /"skuActivityAmount":\{[^{}]*?"formatedAmount":"([^"]{1,40})"/) ??
    grab(text, /"formatedActivityPrice":"([^"]{1,40})"/) ??
    grab(text, /"skuAmount":\{[^{}]*?"formatedAmount":"([^"]{1,40})"/) ??
    grab(text, /"formatedPrice":"([^"]{1,40})"/)
  const price = parsePrice(jsonString(priceText), null, country)
  const stock = grab(text, /"totalAvailQuantity":(\d+)/)
  return {
    name: cleanText(jsonString(grab(text, /"subject":"((?:[^"\\]|\\.){1,500})"/)), 300),
    price: price.amount,
    currency: price.amount ? price.currency : null,
    rating: normalizeRating(grab(text, /"(?:averageStar|evarageStar)":"?(\d(?:\.\d+)?)/), 5),
    reviewCount: normalizeCount(grab(text, /"totalValidNum":(\d+)/)),
    availability: stock === null ? null : stock === "0" ? STOCK_OUT : STOCK_IN
  }
}

export const aliexpress: SiteAdapter = {
  id: "aliexpress",
  domains: ["aliexpress.com", "aliexpress.us", "aliexpress.ru"],
  picks: {
    name: ["h1[data-pl='product-title'], .product-title-text"],
    // Current price only: [class*=price--original] and .product-price-original hold the struck one.
    price: [
      "[class*='price-default--current--'], [class*='price--currentPriceText--']",
      ".product-price-current .product-price-value, .product-price-current",
      ".uniform-banner-box-price"
    ],
    rating: ["a[class*='reviewer--rating--'] strong, .overview-rating-average"],
    reviewCount: ["a[class*='reviewer--reviews--'], .product-reviewer-reviews"],
    image: [{ css: "img[class*='magnifier--image--'], img.magnifier-image", attr: "src" }]
  },
  parse({ doc, url, fields, country }) {
    const data = fields.name && fields.price ? {} : fromRunParams(runParams(doc), country)
    if (fields.price !== null) delete data.currency
    return { ...data, sku: /\/item\/(?:[^/]+\/)?(\d{6,20})\.html/.exec(url.pathname)?.[1] ?? null }
  }
}
