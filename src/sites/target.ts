import type { SiteAdapter } from "./types"

// Target (target.com only: Target Australia is another company) publishes no product markup; its
// page keeps stable data-test hooks (current layout, 2024). The TCIN is in the address (/A-<tcin>)
// and, with the UPC, in the Specifications panel.
export const target: SiteAdapter = {
  id: "target",
  domains: ["target.com"],
  picks: {
    name: ["h1[data-test='product-title']"],
    // The sale price alone: the "reg" price sits beside it, outside this element.
    price: ["[data-test='product-price']"],
    rating: [{ css: "[data-test='ratings']", match: /(\d(?:\.\d+)?) out of 5/ }],
    reviewCount: [{ css: "[data-test='ratings']", match: /with ([\d,]+) (?:ratings|reviews)/ }],
    sku: [{ css: "[data-test='item-details-specifications']", match: /\bTCIN\s*:\s*(\d{5,12})/ }],
    gtin: [{ css: "[data-test='item-details-specifications']", match: /\bUPC\s*:\s*(\d{12,14})/ }]
  },
  parse({ url, fields }) {
    return { sku: fields.sku ?? /\/A-(\d{5,12})(?:[/?#]|$)/.exec(url.pathname)?.[1] ?? null }
  }
}
