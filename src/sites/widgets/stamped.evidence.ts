// What a shopper sees on the fixture pages that prove the stamped spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const stampedEvidence: WidgetEvidence[] = [
    {
      fixture: "stamped.html",
      url: "https://www.ridgeandrye.example/products/heavyweight-field-overshirt",
      count: 3,
      first: {
        id: "24681357",
        author: "Callum B.",
        rating: 5,
        title: "Proper heavy cotton",
        body: "Wore it through a wet week in the Lakes as a light jacket. Sleeves are long, so size down if you are between sizes.",
        date: "2024-03-21",
        verified: true,
        helpfulVotes: 6,
        source: "stamped"
      }
    }
  ]
