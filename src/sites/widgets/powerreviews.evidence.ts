// What a shopper sees on the fixture pages that prove the powerreviews spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const powerreviewsEvidence: WidgetEvidence[] = [
    {
      fixture: "powerreviews.html",
      url: "https://www.harborlinekitchen.example/cast-iron-dutch-oven-5qt",
      count: 3,
      first: {
        id: "318842276",
        author: "Priya N.",
        rating: 4,
        title: "Holds heat like a dream",
        body: "Braised short ribs for four hours and the bottom never scorched. Lid is heavy, which is the point, but it is a two-hand job.",
        date: "2024-02-18",
        verified: true,
        source: "powerreviews"
      }
    }
  ]
