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
  },
  {
    fixture: "zara-size-labels.html",
    url: "https://www.zara.com/nz/en/long-strappy-dress-p03697272.html?v1=83341420",
    expect: {
      name: "LONG STRAPPY DRESS",
      brand: "ZARA",
      price: "99",
      currency: "NZD",
      sku: "3697/272",
      // The 2020 picker: sizes by their labels' data-name; M back soon and XL sold out are not to
      // be had; the quick-add picker of the look below is another product's.
      variants: [
        { name: "XS", sku: "76827908", price: null, availability: "InStock", url: null },
        { name: "S", sku: "76827910", price: null, availability: "InStock", url: null },
        { name: "M", sku: "76827909", price: null, availability: "OutOfStock", url: null },
        { name: "XL", sku: "76827911", price: null, availability: "OutOfStock", url: null }
      ]
    }
  }
]
