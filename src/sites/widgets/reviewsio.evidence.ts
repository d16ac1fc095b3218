// What a shopper sees on the fixture pages that prove the reviewsio spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const reviewsioEvidence: WidgetEvidence[] = [
    {
      fixture: "reviewsio.html",
      url: "https://brambleandbee.example/products/raw-heather-honey-340g",
      count: 3,
      first: {
        author: "Eleanor P.",
        rating: 5,
        title: "Tastes of the moors",
        body: "Thick, almost jelly-like and not too sweet. Lovely on porridge. Jar arrived well wrapped.",
        date: null,
        verified: true,
        source: "reviewsio"
      }
    }
  ]
