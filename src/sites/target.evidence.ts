// What a shopper sees on the fixture pages that prove the target adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const targetEvidence: Evidence[] = [
    {
      fixture: "target-pdp.html",
      url: "https://www.target.com/p/lumen-soft-glow-table-lamp-white-threshold/-/A-87654321",
      expect: {
        name: "Lumen Soft Glow Table Lamp White - Threshold™",
        price: "29.99",
        currency: "USD",
        rating: 4.6,
        reviewCount: 812,
        sku: "87654321",
        gtin: "490620800027"
      }
    }
  ]
