import type { SiteAdapter } from "./types"

// PChome 商店街 (pcstore.com.tw) stores have no product markup and no price class: the price is an
// inline-styled span beside "一次付清特價". The store puts the same price in og:description after
// 直購價 ("direct price"), and the product id is the page's own name (/<store>/M14876706.htm).
export const pcstore: SiteAdapter = {
  id: "pcstore",
  domains: ["pcstore.com.tw"],
  picks: {
    name: ["h1"],
    price: [{ css: "meta[property='og:description']", attr: "content", match: /直購價[：:]\s*(\$?\s*[\d,]+)/ }]
  },
  parse: ({ url }) => ({ sku: /\/(M\d{6,})\.htm/.exec(url.pathname)?.[1] ?? null })
}
