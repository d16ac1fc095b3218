import type { SiteAdapter } from "./types"
import { all } from "../extract/text"
import { squish } from "../price/letters"

// John Lewis's JSON-LD calls its per-size SKU id "sku" (and copies it into mpn); the code the page
// prints for the product is "Product Code - 12345678" in the specification list (2021-2024
// layout), or data-product-code on the store-stock widget (older layout, kept as fallback).
const CODE = /^Product code\s*[-:–]\s*([A-Z0-9]{5,12})\b/i

export const johnlewis: SiteAdapter = {
  id: "johnlewis",
  domains: ["johnlewis.com"],
  prefer: ["sku"],
  // The specifications (the 2021 list and the current box), not the delivery options beside them,
  // a <dl> of their own ("Click & Collect | Free").
  specsIn: ".product-detail--specifications,[data-cy=product-specification-accordion]",
  picks: {
    sku: [{ css: "#store-stock-app[data-product-code]", attr: "data-product-code" }]
  },
  parse({ doc }) {
    const items = all(doc, "[data-cy='product-specification'] li", 80)
    const code = items.map((li) => CODE.exec(squish(li.textContent ?? ""))?.[1]).find(Boolean)
    return { sku: code ?? null }
  }
}
