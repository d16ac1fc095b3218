import { cleanText, normalizeAvailability, normalizeCount, normalizeGtin, normalizeId, normalizeRating, resolveUrl } from "../extract/normalize"
import { decimalFromValue, listPriceAbove } from "../price/parse"
import { isIsoCurrency } from "../price/currency"
import type { ProductFields, Review } from "../product"
import type { ReadFields } from "../extract/set-field"
import { reviewsFromList } from "../extract/reviews"
import type { SiteAdapter } from "./types"
import { at } from "./json-path"

// Walmart renders its product page from the Next.js __NEXT_DATA__ blob; its JSON-LD comes and goes
// between pages and A/B buckets. Paths as public Walmart scrapers read them (current layout, 2024);
// the hero price and title are read from the page as a fallback when the blob's shape moves.
const MAX_BLOB = 4_000_000


function nextData(doc: Document): unknown {
  const text = doc.querySelector("script#__NEXT_DATA__")?.textContent ?? ""
  if (!text || text.length > MAX_BLOB) return undefined
  try {
    return at(JSON.parse(text), "props", "pageProps", "initialData", "data")
  } catch {
    return undefined
  }
}

/**
 * The first reviews the blob carries (`reviews.customerReviews`, as public review scrapers read
 * them). Their dates are US month/day/year ("6/12/2023"), which the background cannot tell from
 * day/month: on walmart.com they are written as ISO here.
 */
const reviewsOf = (data: unknown, host: string): Review[] =>
  reviewsFromList(at(data, "reviews", "customerReviews"), "walmart", (item) => {
    const date = cleanText(at(item, "reviewSubmissionTime"), 40)
    const us = host.endsWith("walmart.com") ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date ?? "") : null
    const badges = at(item, "badges")
    return {
      id: cleanText(at(item, "reviewId"), 200),
      author: at(item, "userNickname"),
      rating: at(item, "rating"),
      title: at(item, "reviewTitle"),
      body: at(item, "reviewText"),
      date: us ? `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}` : date,
      verified: Array.isArray(badges) ? badges.some((b) => at(b, "id") === "VerifiedPurchaser") : null,
      helpfulVotes: at(item, "positiveFeedback")
    }
  })

function fromBlob(product: unknown, base: string): Partial<ProductFields> {
  if (product === null || typeof product !== "object") return {}
  const price = at(product, "priceInfo", "currentPrice")
  const currency = cleanText(at(price, "currencyUnit"), 3)
  const listPrice = decimalFromValue(at(product, "priceInfo", "wasPrice", "price"))
  const amount = decimalFromValue(at(price, "price"))
  return {
    name: cleanText(at(product, "name"), 300),
    brand: cleanText(at(product, "brand"), 120),
    price: amount,
    currency: amount && currency && isIsoCurrency(currency) ? currency : null,
    listPrice: listPriceAbove(listPrice, amount),
    availability: normalizeAvailability(at(product, "availabilityStatus")),
    seller: cleanText(at(product, "sellerName"), 120),
    rating: normalizeRating(at(product, "averageRating"), 5),
    reviewCount: normalizeCount(at(product, "numberOfReviews")),
    image: resolveUrl(at(product, "imageInfo", "thumbnailUrl"), base),
    sku: normalizeId(at(product, "usItemId")),
    gtin: normalizeGtin(at(product, "upc")),
    mpn: normalizeId(at(product, "model"))
  }
}

export const walmart: SiteAdapter = {
  id: "walmart",
  domains: ["walmart.com", "walmart.ca", "walmart.com.mx"],
  picks: {
    name: ["h1#main-title, h1[itemprop='name']"],
    // The hero price; never [data-seo-id=strike-through-price], the "was" price beside it.
    price: ["[data-seo-id='hero-price']"]
  },
  parse({ doc, url, fields }) {
    const id = /\/ip\/(?:[^/]+\/)?(\d{5,15})(?:[/?#]|$)/.exec(url.pathname)?.[1]
    // After a move within the shop (Next.js) the blob is still the first page's: read it only for
    // the item in the address.
    const blobData = nextData(doc)
    const blobId = at(blobData, "product", "usItemId")
    const unpadded = (value: unknown) => String(value).replace(/^0+/, "")
    const data = id === undefined || blobId == null || unpadded(blobId) === unpadded(id) ? blobData : undefined
    const blob: Partial<ReadFields> = { ...fromBlob(at(data, "product"), url.href), reviews: reviewsOf(data, url.hostname) }
    // The page's own price wins; the blob's currency only goes with the blob's price.
    if (fields.price !== null) delete blob.currency
    return { ...blob, sku: blob.sku ?? id ?? null }
  }
}
