import { describe, expect, it } from "vitest"

import { analyseReviews } from "~src/insights/analyse"
import type { Review } from "~src/product"

import { review } from "../helpers/reviews"

// A body lotion's German reviews, as on amazon.de: "zieht (schnell) ein" (absorbs) in six of them,
// "Haut" (skin) in six, and verbs the lexicon does not know ("verwende", "kaufe").
const LOTION = [
  "Zieht schnell ein und die Haut fühlt sich weich an.",
  "Die Lotion zieht schnell ein. Meine Haut ist nicht mehr trocken.",
  "Ich verwende sie jeden Tag, die Haut spannt nicht mehr.",
  "Riecht angenehm und zieht gut ein.",
  "Die Flasche ist praktisch, die Konsistenz angenehm.",
  "Trockene Haut ist Geschichte. Zieht schnell ein.",
  "Ich verwende die Lotion nach dem Duschen, die Flasche reicht lange.",
  "Die Konsistenz ist leicht und sie zieht sofort ein.",
  "Verwende ich seit Jahren, die Haut dankt es mir.",
  "Guter Duft, die Flasche könnte größer sein.",
  "Meine Haut ist zart geworden.",
  "Die Konsistenz ist cremig, zieht aber etwas langsam ein.",
  "Ich kaufe sie immer wieder, ich kaufe nichts anderes."
]

/** What the popup's "What buyers say" lists for the product-specific phrases. */
function phraseSummaries(reviews: Review[]): string[] {
  return analyseReviews(reviews)
    .insights.highlights.filter((h) => h.kind === "phrase")
    .map((h) => h.summary)
}

function phraseLabels(reviews: Review[]): string[] {
  return analyseReviews(reviews)
    .insights.highlights.filter((h) => h.kind === "phrase")
    .map((h) => h.label)
}

const german = (bodies: string[]) => bodies.map((body, i) => review({ id: `de${i}`, rating: 5, body }))

describe("product-specific phrases in German reviews", () => {
  it("names the nouns reviewers repeat, capitalised, and no verbs", () => {
    const summaries = phraseSummaries(german(LOTION))
    expect(summaries).toContainEqual(expect.stringMatching(/^6 of 13 reviews mention "Haut": /))
    expect(summaries).toContainEqual(expect.stringMatching(/^3 of 13 reviews mention "Flasche": /))
    expect(summaries).toContainEqual(expect.stringMatching(/^3 of 13 reviews mention "Konsistenz": /))
    expect(phraseLabels(german(LOTION))).toEqual(["Haut", "Flasche", "Konsistenz"])
  })

  it("leaves out a word only ever seen at the start of a sentence", () => {
    // "Verwende" (I use) has a capital only because it opens the sentence: it might be a noun.
    const bodies = ["Verwende sie täglich. Die Haut ist weich.", "Verwende nur diese. Haut wie neu.", "Verwende sie seit Jahren, die Haut dankt es."]
    expect(phraseLabels(german(bodies))).toEqual(["Haut"])
  })

  it("reads short reviews the language detector cannot place as German when German words fit best", () => {
    const short = ["Tolle Lotion, zieht schnell.", "Pflegt super, zieht schnell!", "Perfekt, zieht schnell!"]
    const bodies = [...short, "Die Haut ist weich.", "Meine Haut ist zart.", "Für trockene Haut ideal."]
    expect(phraseLabels(german(bodies))).toEqual(["Haut"])
  })

  it("does not take a shouted review's capitals for nouns", () => {
    const bodies = [
      "Die Lotion zieht gut ein.",
      "ES ZIEHT SCHNELL EIN! Die Haut ist weich.",
      "NACH DEM DUSCHEN ZIEHT ES SOFORT EIN. Die Haut ist zart.",
      "Meine Haut ist nicht mehr trocken."
    ]
    expect(phraseLabels(german(bodies))).toEqual(["Haut"])
  })

  it("names the phrases of the set's main language only, its German nouns as written", () => {
    // A German page's few reviews "from other countries" give no topics of their own: shown to a
    // German reader they were noise ("car", French for "because").
    const english = [
      "The pump dispenser jams after a week.",
      "Love the pump dispenser, no mess.",
      "The pump dispenser is handy in the shower."
    ].map((body, i) => review({ id: `en${i}`, rating: 4, body }))
    const labels = phraseLabels([...german(LOTION), ...english])
    expect(labels).toEqual(expect.arrayContaining(["Haut", "Flasche", "Konsistenz"]))
    expect(labels).not.toContain("pump dispenser")
    // With English the main language, its phrase is named.
    expect(phraseLabels([...german(LOTION.slice(0, 2)), ...english])).toContain("pump dispenser")
    expect(labels.some((label) => /zieht|verwende/i.test(label))).toBe(false)
  })

  it("counts a reviewer who writes in lower case by how the others write the word", () => {
    const bodies = [...LOTION.slice(0, 12), "meine haut ist zart geworden, zieht schnell ein."]
    const summaries = phraseSummaries(german(bodies))
    expect(summaries).toContainEqual(expect.stringMatching(/^7 of 13 reviews mention "Haut": /))
    expect(summaries.join("\n")).not.toMatch(/"zieht"/)
  })

  it("names no German phrase when no reviewer writes with capitals, and still shows the aspects", () => {
    const lower = german(LOTION.map((body) => body.toLowerCase()))
    const highlights = analyseReviews(lower).insights.highlights
    expect(highlights.filter((h) => h.kind === "phrase")).toEqual([])
    // The lexicon's aspects do not depend on case: the smell is still counted.
    expect(highlights.find((h) => h.id === "smell_taste")?.reviews).toBe(2)
  })

  it("takes no verb for a noun when one review's sentence break is an emoji or a colon", () => {
    const bodies = [
      "Tolle Lotion 👍 Verwende sie täglich für die Haut.",
      "Fazit: Verwende ich wieder, die Haut ist weich.",
      "Verwende sie jeden Morgen, die Haut dankt es.",
      "Verwende sie nach dem Duschen, meine Haut spannt nicht.",
      "Verwende nur noch diese Lotion."
    ]
    const labels = phraseLabels(german(bodies))
    expect(labels).toContain("Haut")
    expect(labels.some((label) => /verwende/i.test(label))).toBe(false)
  })

  it("does not let lower-case writers who shout one word outvote the nouns", () => {
    const bodies = [
      "Die Lotion ist gut für die Haut.",
      "Meine Haut ist jetzt weich.",
      "Sie pflegt die Haut sehr gut.",
      ...Array.from({ length: 4 }, (_, i) => `meine haut ist weich geworden, TOP ${i}`)
    ]
    expect(phraseSummaries(german(bodies))).toContainEqual(expect.stringMatching(/^7 of 7 reviews mention "Haut": /))
  })

  it("names things written in capitals or camel case as they are written (USB, iPhone)", () => {
    const bodies = [
      "Das Ladegerät hat einen USB Anschluss und lädt mein iPhone schnell.",
      "Der USB Anschluss sitzt fest, mein iPhone lädt über Nacht.",
      "Mit dem USB Kabel lädt das iPhone in zwei Stunden.",
      "Leider wird das Ladegerät warm."
    ]
    const labels = phraseLabels(german(bodies))
    expect(labels).toEqual(expect.arrayContaining(["USB", "iPhone"]))
    expect(labels).not.toContain("Iphone")
  })

  it("writes a phrase German's way only where most reviews naming it are German", () => {
    const english = (n: number) =>
      ["The cover scratches easily.", "Nice cover for the price.", "The cover fits well.", "My cover arrived bent."]
        .slice(0, n)
        .map((body, i) => review({ id: `en${i}`, rating: 4, body }))
    const germanCover = (n: number) =>
      german(["Das Cover ist schön und das Cover hält.", "Mein Cover sitzt fest, das Cover ist stabil.", "Das Cover wirkt edel, ein gutes Cover.", "Das Cover passt, das Cover ist dünn."].slice(0, n))
    expect(phraseLabels([...english(4), ...germanCover(3)])).toContain("cover")
    expect(phraseLabels([...english(3), ...germanCover(4)])).toContain("Cover")
  })
})
