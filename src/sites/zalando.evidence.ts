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
        reviewCount: 13
      }
    }
  ]
