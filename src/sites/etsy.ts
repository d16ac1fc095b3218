import { parsePrice } from "../price/parse"
import type { SiteAdapter } from "./types"

// Etsy's JSON-LD names the product, price, stock and rating, but puts the shop in `brand` and
// leaves out the struck "Original Price" of a sale. Both are read from the buy box (listing page
// layout, 2022-2024): the shop from its /shop/<name> link, the old price from its strikethrough.
export const etsy: SiteAdapter = {
  id: "etsy",
  domains: ["etsy.com"],
  picks: {},
  parse({ doc, country }) {
    const box = doc.querySelector("#listing-page-cart, [data-selector='listing-page-cart']")
    const shop = box?.querySelector("a[href*='/shop/']")?.getAttribute("href") ?? ""
    const was = parsePrice(box?.querySelector("[data-buy-box-region='price'] .wt-text-strikethrough")?.textContent, null, country)
    return {
      seller: /\/shop\/([A-Za-z0-9]{2,40})(?:[/?#]|$)/.exec(shop)?.[1] ?? null,
      listPrice: was.amount
    }
  }
}
