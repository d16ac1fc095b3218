// What a shopper sees on the fixture pages that prove the tchibo adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const tchiboEvidence: Evidence[] = [
  {
    fixture: "tchibo-ratings.html",
    url: "https://www.tchibo.de/strickjacke-aus-merinowolle-p400123456.html",
    expect: {
      name: "Strickjacke aus Merinowolle",
      price: "49.99",
      currency: "EUR",
      availability: "InStock",
      rating: 4.5,
      reviewCount: 3
    },
    // Two sizes' views print the same three reviews and a "more" block: three reviews, the data's
    // and the page's joined.
    reviews: {
      count: 3,
      first: {
        id: "2000000000120597",
        author: "Marika J.",
        rating: 4.5,
        // The header's date, not the one in the title.
        title: "Nachkauf vom 01.02.2019, wieder top",
        body: "Kratzt nicht, hält warm und sieht nach vielen Wäschen noch aus wie neu.",
        date: "2020-09-26",
        helpfulVotes: 2,
        source: "tchibo"
      }
    }
  }
]
