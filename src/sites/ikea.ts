import { parsePrice } from "../price/parse"
import type { SiteAdapter } from "./types"

// IKEA's JSON-LD gives name, price, stock, rating and the article number; the "previous price" of
// a price drop is only printed. Its price module is read (pipcom layout 2024-2025, pip layout
// 2022-2023), never the product recommendations below it.
export const ikea: SiteAdapter = {
  id: "ikea",
  domains: ["ikea.com", "ikea.cn"],
  picks: {},
  parse({ doc, country }) {
    const box = doc.querySelector(".pipcom-price-module, .pip-price-module, .pip-temp-price-module, .js-price-package")
    const was = box?.querySelector(".pipcom-price--comparison, .pip-price--strikeout")?.textContent
    return { listPrice: parsePrice(was, null, country).amount }
  }
}
