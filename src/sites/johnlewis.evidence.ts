// What a shopper sees on the fixture pages that prove the johnlewis adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const johnlewisEvidence: Evidence[] = [
    {
      fixture: "johnlewis-spec-code.html",
      url: "https://www.johnlewis.com/fernhill-merino-crew-neck-jumper/navy/p6123456",
      expect: {
        name: "Fernhill Merino Crew Neck Jumper, Navy",
        brand: "Fernhill",
        price: "79",
        currency: "GBP",
        availability: "InStock",
        seller: "John Lewis & Partners",
        sku: "81234567",
        mpn: null
      }
    },
    {
      // The 2021 layout: its delivery options are a <dl> like its specifications (specsIn), and
      // its reviews are drawn by <jl-reviews> (here in the page, as the polyfill draws them).
      fixture: "johnlewis-delivery-table.html",
      url: "https://www.johnlewis.com/ridleys-gin-lover-jigsaw-puzzle-500-pieces/p3897500",
      expect: { name: "Ridley's Gin Lover Jigsaw Puzzle, 500 pieces", brand: "Ridley's", price: "15", currency: "GBP", availability: "InStock" },
      reviews: {
        count: 2,
        first: {
          author: "MarshGin",
          rating: 5,
          title: "Fun for gin lovers",
          body: "Harder than it looks: all those bottles are nearly the same green. The cocktail recipes on the back are a nice touch.",
          date: "2020-05-21",
          source: "johnlewis"
        }
      }
    }
  ]
