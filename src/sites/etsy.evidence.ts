// What a shopper sees on the fixture pages that prove the etsy adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const etsyEvidence: Evidence[] = [
    {
      fixture: "etsy-listing-sale.html",
      url: "https://www.etsy.com/listing/1234567890/personalised-leather-keyring",
      expect: {
        name: "Personalised Leather Keyring, Hand Stamped Initials",
        price: "16.8",
        listPrice: "24",
        currency: "GBP",
        availability: "InStock",
        seller: "OakAndAnvilCo",
        rating: 4.9,
        reviewCount: 2048,
        sku: "1234567890"
      }
    }
  ]
