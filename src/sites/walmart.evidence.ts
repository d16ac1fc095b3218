// What a shopper sees on the fixture pages that prove the walmart adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const walmartEvidence: Evidence[] = [
    {
      fixture: "walmart-nextdata.html",
      url: "https://www.walmart.com/ip/Harborline-12-Cup-Programmable-Coffee-Maker-Black/5551234567",
      expect: {
        name: "Harborline 12-Cup Programmable Coffee Maker, Black",
        brand: "Harborline",
        price: "39.97",
        currency: "USD",
        listPrice: "54.99",
        availability: "InStock",
        seller: "Walmart.com",
        rating: 4.3,
        reviewCount: 1287,
        sku: "5551234567",
        gtin: "036000291452",
        mpn: "HL-CM12B"
      },
      reviews: {
        count: 2,
        first: {
          id: "318872211",
          author: "BrewMom",
          rating: 5,
          title: "Hot coffee at 6am",
          body: "The timer works every morning and the carafe does not drip.",
          date: "2023-06-02",
          verified: true,
          helpfulVotes: 12,
          source: "walmart"
        }
      }
    }
  ]
