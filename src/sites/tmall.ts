import { parsePrice } from "../price/parse"
import type { SiteAdapter } from "./types"
import { all } from "../extract/text"
import { squish } from "../price/letters"

// Tmall and Taobao item pages carry no product markup. Current item layout (2023-2025, shared by
// both, hashed class names matched by stable prefixes); the older Tmall (tm-*) and Taobao (tb-*)
// layouts kept as fallbacks. The promotion price comes first: the struck "优惠前" price sits in its
// own originPrice block. Prices are yuan ("¥" alone would read as yen).
const PRICES = [
  "[class*='--highlightPrice--'] [class*='--priceText--']",
  "[class*='--priceText--']",
  "#J_PromoPrice .tm-price",
  "#J_StrPriceModBox .tm-price",
  "#J_PromoPriceNum",
  "#J_StrPrice .tb-rmb-num"
]

export const tmall: SiteAdapter = {
  id: "tmall",
  domains: ["tmall.com", "tmall.hk", "taobao.com"],
  picks: {
    name: ["h1[class*='--mainTitle--'], [class*='ItemHeader--mainTitle--']", ".tb-detail-hd h1, .tb-main-title"],
    image: [{ css: "img[class*='--mainPic--'], #J_ImgBooth", attr: "src" }]
  },
  parse({ doc, url }) {
    const el = PRICES.map((css) => doc.querySelector(css)).find(Boolean)
    const price = parsePrice(el?.textContent, null, "cn")
    const id = url.searchParams.get("id")
    let brand: string | null = null
    for (const item of all(doc, "[class*='--infoItem--'], #J_AttrUL li, .attributes-list li", 80)) {
      const text = squish(item.textContent ?? "")
      brand = /^品牌\s*[:：]?\s*(.{1,60})$/.exec(text)?.[1] ?? null
      if (brand) break
    }
    return {
      price: price.amount,
      currency: price.amount ? "CNY" : null,
      sku: id && /^\d{6,20}$/.test(id) ? id : null,
      seller: doc.querySelector("[class*='--shopName--'], .slogo-shopname, .tb-shop-name")?.textContent?.trim() || null,
      brand
    }
  }
}
