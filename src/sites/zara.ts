import { cleanText, normalizeId } from "../extract/normalize"
import { all, textPrefix } from "../extract/text"
import { STOCK_IN, STOCK_OUT, type Availability, type Variant } from "../product"
import type { SiteAdapter } from "./types"

// A size's stock as its picker marks it: data-qa-action "size-out-of-stock" / "size-low-on-stock"
// (since 2021), or the label's "disabled" class (2020).
function sizeStock(size: Element): Availability {
  const action = size.getAttribute("data-qa-action") ?? ""
  if (/out-of-stock/.test(action) || size.classList.contains("disabled")) return STOCK_OUT
  return /low-on-stock/.test(action) ? "LimitedAvailability" : STOCK_IN
}

/** The size picker's sizes ("XS", "6-9 mois (74 cm)"), with their stock: the JSON-LD's give codes only. */
function sizes(doc: Document): Variant[] | undefined {
  const items = all(doc, "._product-size", 100)
  if (items.length < 2) return undefined
  return items.map((size) => ({
    // Its first part is its name; a sold-out size goes on with "Similar products" or a note.
    name: cleanText(size.getAttribute("data-name") ?? textPrefix(size.firstElementChild ?? size, 200), 120),
    sku: normalizeId(size.getAttribute("data-sku")),
    price: null,
    availability: sizeStock(size),
    url: null
  }))
}

// Zara's JSON-LD lists one Product per size, its `sku` a per-size id ("83341420-808-1"). The code
// the page prints beside the colour ("Silver - 3697/272") is the product's reference, the one its
// stores and customer service use: that is the sku.
export const zara: SiteAdapter = {
  id: "zara",
  domains: ["zara.com"],
  prefer: ["sku"],
  picks: {
    sku: [{ css: "[data-qa-qualifier=product-reference]", match: /(\d{4}\/\d{3}(?:\/\d{3})?)/ }]
  },
  parse: ({ doc }) => ({ variants: sizes(doc) })
}
