// What a shopper sees on the fixture pages that prove the argos adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const argosEvidence: Evidence[] = [
  {
    // The 2020 layout: microdata for the name, code and price; the brand, "Was £24.00", the EAN
    // and the first reviews in the page's state (window.__data).
    fixture: "argos-state.html",
    url: "https://www.argos.co.uk/product/8412763",
    expect: {
      name: "Habitat Folding 2 Step Stool - Grey",
      brand: "Habitat",
      price: "18",
      listPrice: "24",
      currency: "GBP",
      availability: "InStock",
      sku: "8412763",
      gtin: "5055936120341",
      rating: 4.6,
      reviewCount: 212
    },
    reviews: {
      count: 2,
      first: {
        id: "131200458",
        author: "KitchenKate",
        rating: 5,
        title: "Sturdy and folds flat",
        body: "Slides in beside the fridge. The top step is wide enough to stand on comfortably.",
        date: "2021-03-14",
        helpfulVotes: 4,
        source: "argos"
      }
    }
  }
]
