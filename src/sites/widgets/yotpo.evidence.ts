// What a shopper sees on the fixture pages that prove the yotpo spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const yotpoEvidence: WidgetEvidence[] = [
    {
      fixture: "yotpo.html",
      url: "https://northtrailroasters.example/products/ethiopia-guji-natural",
      count: 3,
      first: {
        author: "Daniel R.",
        rating: 5,
        title: "Bright, fruity, not sour",
        body: "Blueberry on the nose and a clean finish in the V60. Roast date was four days before it arrived.",
        date: null,
        verified: true,
        source: "yotpo"
      }
    }
  ]

export const yotpoLegacyEvidence: WidgetEvidence[] = [
    {
      fixture: "yotpo-legacy.html",
      url: "https://www.fjordlinen.example/products/washed-linen-duvet-cover",
      count: 3,
      first: {
        id: "298374611",
        author: "Sofie L.",
        rating: 4,
        title: "Soft after the first wash",
        body: "A bit stiff out of the box, lovely after one wash. The colour is slightly greyer than the photos.",
        date: null,
        verified: true,
        source: "yotpo-legacy"
      }
    }
  ]
