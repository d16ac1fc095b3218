// What a shopper sees on the fixture pages that prove the okendo spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const okendoEvidence: WidgetEvidence[] = [
    {
      fixture: "okendo.html",
      url: "https://lindenloom.example/de/products/merino-wandersocken",
      count: 3,
      first: {
        author: "Jonas W.",
        rating: 5,
        title: "Endlich keine Blasen mehr",
        body: "Drei Tage Alpenüberquerung, die Socken sind trocken geblieben und riechen immer noch nicht. Passform wie angegeben.",
        date: "2024-03-14",
        verified: true,
        source: "okendo"
      }
    }
  ]

export const okendoLegacyEvidence: WidgetEvidence[] = [
    {
      fixture: "okendo-legacy.html",
      url: "https://www.tidepoolswim.example/products/recycled-rash-guard",
      count: 2,
      first: {
        author: "Aroha T.",
        rating: 5,
        title: "No chafing on a 3 km swim",
        body: "Stays put under a wetsuit and dries in an hour on the line. Sized up one as suggested and it is perfect.",
        date: "2024-01-21",
        verified: null,
        source: "okendo-legacy"
      }
    }
  ]
