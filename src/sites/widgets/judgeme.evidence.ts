// What a shopper sees on the fixture pages that prove the judgeme spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const judgemeEvidence: WidgetEvidence[] = [
    {
      fixture: "judgeme.html",
      url: "https://mossandember.example/products/cedar-moss-candle",
      count: 3,
      first: {
        id: "b3f1c2a4-7d3e-4a51-9c1e-2f7a8e0d6b11",
        author: "Hanna K.",
        rating: 5,
        title: "Smells like the forest after rain",
        body: "Burns evenly all the way down and the cedar note fills our whole living room. Already ordered a second one for my sister.",
        date: "2024-03-12",
        verified: true,
        helpfulVotes: 4,
        source: "judgeme"
      }
    }
  ]
