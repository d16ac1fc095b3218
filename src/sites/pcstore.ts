import { cleanText } from "../extract/normalize"
import type { SiteAdapter } from "./types"

// PChome 商店街 (pcstore.com.tw) stores have no product markup and no price class: the price is an
// inline-styled span beside "一次付清特價". The store puts the same price in og:description after
// 直購價 ("direct price"), and the product id is the page's own name (/<store>/M14876706.htm).
// The store's category lists mark the product's own category in red; a store that files its
// products by brand lists those categories under a 品牌 ("brand") heading, and then that category
// is the product's brand ("UNIFLAME 日本").
export const pcstore: SiteAdapter = {
  id: "pcstore",
  domains: ["pcstore.com.tw"],
  picks: {
    name: ["h1"],
    price: [{ css: "meta[property='og:description']", attr: "content", match: /直購價[：:]\s*(\$?\s*[\d,]+)/ }]
  },
  parse: ({ doc, url }) => {
    const current = doc.querySelector(".category_lo font[color=red]")
    const heading = current?.closest("ul")?.previousElementSibling
    return {
      sku: /\/(M\d{6,})\.htm/.exec(url.pathname)?.[1] ?? null,
      brand: heading?.textContent?.includes("品牌") ? cleanText(current!.textContent, 120) : null
    }
  }
}
