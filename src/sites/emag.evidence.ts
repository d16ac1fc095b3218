// What a shopper sees on the fixture pages that prove the emag adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const emagEvidence: Evidence[] = [
  {
    fixture: "emag-reviews.html",
    url: "https://www.emag.ro/fierbator-electric-arctic-steel-ak-1700/pd/DZX12ABBM/",
    expect: { name: "Fierbator electric Arctic Steel AK-1700, 1.7 l, 2200 W, Inox", brand: "Arctic Steel", price: "129.99", currency: "RON", availability: "InStock" },
    reviews: {
      count: 2,
      first: {
        id: "4102233",
        author: "Mihai",
        rating: 5,
        title: "Fierbe repede",
        body: "Fierbe un litru in doua minute. Nu miroase a plastic.",
        date: "2020-01-23",
        verified: true,
        helpfulVotes: 3,
        source: "emag"
      }
    }
  }
]
