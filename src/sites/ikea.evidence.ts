// What a shopper sees on the fixture pages that prove the ikea adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const ikeaEvidence: Evidence[] = [
    {
      fixture: "ikea-price-drop.html",
      url: "https://www.ikea.com/gb/en/p/hallbo-floor-lamp-white-70512345/",
      expect: {
        name: "HALLBO Floor lamp, white",
        brand: "IKEA",
        price: "35",
        listPrice: "45",
        currency: "GBP",
        availability: "InStock",
        rating: 4.5,
        reviewCount: 212,
        sku: "705.123.45"
      }
    }
  ]
