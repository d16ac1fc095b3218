import { parsePrice } from "../price/parse"
import type { SiteAdapter } from "./types"
import { all } from "../extract/text"

// JD.com prints no product markup. Classic item page layout (item.jd.com, 2016-2024): the title in
// .sku-name, the price in the span classed J-p-<sku> (never the PLUS-member or struck price beside
// it, nor the "猜你喜欢" lists), brand and model in the parameter list. Prices are yuan whatever
// the symbol says ("¥" alone reads as yen).
export const jd: SiteAdapter = {
  id: "jd",
  domains: ["jd.com", "jd.hk"],
  picks: {
    name: [".itemInfo-wrap .sku-name, .sku-name"],
    brand: [{ css: "#parameter-brand li", attr: "title" }, "#parameter-brand li a"],
    image: [{ css: "#spec-img", attr: "data-origin" }, { css: "#spec-img", attr: "src" }]
  },
  parse({ doc, url }) {
    const sku = /\/(\d{5,20})\.html/.exec(url.pathname)?.[1] ?? null
    const el =
      (sku ? doc.querySelector(`.J-p-${sku}`) : null) ??
      doc.querySelector(".summary-price .p-price .price, .J-summary-price .p-price .price, #jd-price")
    const price = parsePrice(el?.textContent, null, "cn")
    const params = all(doc, ".p-parameter-list li, .parameter2 li", 60)
    const model = params.map((li) => /^(?:货号|型号)[：:]\s*(\S{2,40})/.exec((li.textContent ?? "").trim())?.[1]).find(Boolean)
    return {
      sku,
      price: price.amount,
      currency: price.amount ? "CNY" : null,
      mpn: model ?? null
    }
  }
}
