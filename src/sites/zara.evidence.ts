// What a shopper sees on the fixture pages that prove the zara adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const zaraEvidence: Evidence[] = [
  {
    fixture: "zara-product-reference.html",
    url: "https://www.zara.com/uk/en/linen-blend-shirt-p04387512.html?v1=91234567",
    expect: {
      name: "LINEN BLEND SHIRT",
      brand: "ZARA",
      price: "35.99",
      currency: "GBP",
      availability: "InStock",
      sku: "4387/512"
    }
  }
]
