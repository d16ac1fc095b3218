import { cleanText, normalizeId } from "../extract/normalize"
import { MAX_VARIANTS } from "../extract/collections"
import { all, one, textPrefix } from "../extract/text"
import { STOCK_IN, STOCK_OUT, type Variant } from "../product"
import type { SiteAdapter } from "./types"

/**
 * The size picker's sizes ("XS", "6-9 mois (74 cm)") with their stock, where the JSON-LD lists one
 * unnamed product per size. Zara's 2020 picker, as the corpus's pages show it: one label per size
 * in the first size list (a quick-add or look elsewhere on the page has its own), its name in
 * data-name; a size that is sold out or "back soon" is marked disabled ("disabled", "_disabled",
 * "back-soon", or a disabled radio). Later pickers are not read (no page to prove them): their
 * sizes stay the JSON-LD's.
 */
function sizes(doc: Document): Variant[] | undefined {
  const picker = one(doc, "._size-select, .size-list")
  const items = picker ? all(picker, "label._product-size", MAX_VARIANTS) : []
  if (items.length < 2) return undefined
  return items.map((size) => ({
    name: cleanText(size.getAttribute("data-name") || textPrefix(size.querySelector(".size-name") ?? size, 200), 120),
    sku: normalizeId(size.getAttribute("data-sku")),
    price: null,
    availability: size.matches(".disabled, ._disabled, .back-soon") || size.querySelector("input:disabled") ? STOCK_OUT : STOCK_IN,
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
