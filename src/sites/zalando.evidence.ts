// What a shopper sees on the fixture pages that prove the zalando adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const zalandoEvidence: Evidence[] = [
    {
      fixture: "zalando-vegas.html",
      url: "https://www.zalando.de/nordkap-winterstiefel-schnuerboots-graphit-nk412m00a-c11.html",
      expect: {
        name: "Schnürboots - graphit",
        brand: "Nordkap",
        price: "70.5",
        listPrice: "78.5",
        currency: "EUR",
        sku: "NK412M00A-C11",
        rating: 4.5,
        reviewCount: 13,
        // The size picker: EU 40 sold out (and cheaper), EU 41 in stock.
        variants: [
          { name: "EU 40", sku: "NK412M00A-C110400000", price: "62.95", availability: "OutOfStock", url: null },
          { name: "EU 41", sku: "NK412M00A-C110410000", price: "70.5", availability: "InStock", url: null }
        ]
      }
    }
  ]
