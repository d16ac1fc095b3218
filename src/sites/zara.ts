import type { SiteAdapter } from "./types"

// Zara's JSON-LD lists one Product per size, its `sku` a per-size id ("83341420-808-1"). The code
// the page prints beside the colour ("Silver - 3697/272") is the product's reference, the one its
// stores and customer service use: that is the sku.
export const zara: SiteAdapter = {
  id: "zara",
  domains: ["zara.com"],
  prefer: ["sku"],
  picks: {
    sku: [{ css: "[data-qa-qualifier=product-reference]", match: /(\d{4}\/\d{3}(?:\/\d{3})?)/ }]
  }
}
