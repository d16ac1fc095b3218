import { readFileSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { analyseReviews } from "~src/insights/analyse"
import { ratingHistogram } from "~src/insights/histogram"
import type { Review } from "~src/product"

import { day, ordinaryReviews, review } from "../helpers/reviews"

describe("analyseReviews", () => {
  it("handles no reviews: empty insights, no grade", () => {
    const result = analyseReviews([])
    expect(result.insights).toMatchObject({ reviews: 0, withText: 0, highlights: [], languages: [] })
    expect(result.insights.histogram.shape).toBe("too-few")
    expect(result.trust).toEqual({ state: "not-enough-reviews", counted: 0, needed: 5, rating: null })
  })

  it("gives no grade below five reviews but still computes insights", () => {
    const reviews = [
      review({ rating: 5, body: "The battery lasts two days." }),
      review({ rating: 2, body: "Battery died after a week." }),
      review({ rating: 4, body: "Good battery, weak speaker." })
    ]
    const result = analyseReviews(reviews)
    expect(result.trust.state).toBe("not-enough-reviews")
    const battery = result.insights.highlights.find((h) => h.id === "battery")
    expect(battery).toMatchObject({ reviews: 3, of: 3, positive: 2, negative: 1 })
    const one = analyseReviews([review({ rating: 5, body: "The battery lasts two days." })]).insights.highlights
    expect(one.find((h) => h.id === "battery")?.summary).toBe("1 of 1 review mentions battery: 1 positive, 0 negative")
    // A mention that judges nothing says so, rather than leave out the counts its neighbours give.
    const plain = analyseReviews([review({ rating: 5, body: "I charge the battery every night." })]).insights.highlights
    expect(plain.find((h) => h.id === "battery")?.summary).toBe("1 of 1 review mentions battery, none for or against")
  })

  it("does not count a shop's review-title template as what buyers mention", () => {
    // Leroy Merlin titles every review "<product name> - opinia od <author>".
    const name = "Panel tapicerowany Ciemnoniebieski 60 x 30 cm"
    const bodies = ["Piękny kolor, łatwy montaż.", "Montaż na rzepy, trzyma się dobrze.", "Miękki i przyjemny w dotyku.", "Kolor jak na zdjęciu, montaż prosty."]
    const reviews = bodies.map((body, i) => review({ id: `r${i}`, rating: 5, title: `${name} - opinia od klient${i}`, body }))
    const phrases = (product?: { name: string }) =>
      analyseReviews(reviews, product).insights.highlights.filter((h) => h.kind === "phrase").map((h) => h.label)
    expect(phrases()).toEqual(expect.arrayContaining(["opinia"]))
    const withName = phrases({ name })
    expect(withName.some((label) => /opinia|panel|tapicerowany|ciemnoniebieski/.test(label))).toBe(false)
    // The reviewers' own repeated words still count: "montaż" (mounting) is the setup aspect.
    expect(analyseReviews(reviews, { name }).insights.highlights.find((h) => h.id === "setup")).toMatchObject({ reviews: 3 })
  })

  it("counts reviews, not mentions, and quotes review ids with the sentence", () => {
    const reviews = [
      review({ id: "a", body: "The battery is great. Really, the battery is great. Battery battery battery." }),
      review({ id: "b", body: "Terrible battery, it dies by noon." }),
      review({ id: "c", body: "Nice colour." })
    ]
    const battery = analyseReviews(reviews).insights.highlights.find((h) => h.id === "battery")
    expect(battery?.reviews).toBe(2)
    expect(battery?.summary).toBe("2 of 3 reviews mention battery: 1 positive, 1 negative")
    expect(battery?.quotes).toEqual([
      { reviewId: "a", snippet: "The battery is great.", polarity: "positive" },
      { reviewId: "b", snippet: "Terrible battery, it dies by noon.", polarity: "negative" }
    ])
  })

  it("names frequent product-specific phrases", () => {
    const bodies = [
      "The carrying case is sturdy and the zip works.",
      "I love the carrying case, it protects everything.",
      "Carrying case broke after a week.",
      "The carrying case is too small for the charger.",
      "Nothing to say about the rest."
    ]
    const highlights = analyseReviews(bodies.map((body) => review({ body }))).insights.highlights
    const phrase = highlights.find((h) => h.id === "phrase:carrying case")
    expect(phrase).toMatchObject({ kind: "phrase", reviews: 4, positive: 2, negative: 2 })
  })

  it("takes phrases from the set's main language, and never the product's brand", () => {
    // A German heater page whose "other countries" reviews are French: "car" is French for "because".
    const german = [
      "Der Heizlüfter von DeLonghi ist leise und die Wärmewelle ist sehr angenehm im Büro.",
      "Ich habe den DeLonghi für die Werkstatt gekauft und die Wärmewelle heizt schnell.",
      "Die Wärmewelle von DeLonghi ist gut verarbeitet, aber der Schalter ist nicht leise.",
      "Mit der Wärmewelle ist es im Bad endlich warm und der DeLonghi ist auch schön.",
      "Leider ist das Gerät nach einem Jahr kaputt, der Thermostat funktioniert nicht mehr."
    ]
    const french = [
      "Je recommande ce radiateur car il chauffe très vite et il est silencieux.",
      "Très bon produit car il chauffe bien la pièce et il est facile à utiliser.",
      "Il chauffe correctement la chambre, je suis content car le prix est bas."
    ]
    // As on the Amazon.de page: German is the most common language, not more than half.
    const others = ["Il termoconvettore lavora molto bene e silenziosamente come promesso.", "Na teleurstelling van een andere kachel is deze heel goed en stil."]
    const reviews = [...german, ...french, ...others].map((body) => review({ body }))
    const phrases = (brand?: string) =>
      analyseReviews(reviews, { brand }).insights.highlights.filter((h) => h.kind === "phrase").map((h) => h.label)
    expect(phrases()).toEqual(expect.arrayContaining(["Wärmewelle", "DeLonghi"]))
    expect(phrases()).not.toEqual(expect.arrayContaining(["car"]))
    expect(phrases()).not.toEqual(expect.arrayContaining(["chauffe"]))
    expect(phrases("De'Longhi")).not.toEqual(expect.arrayContaining(["DeLonghi"]))
    expect(phrases("De'Longhi")).toEqual(expect.arrayContaining(["Wärmewelle"]))
  })

  it("names no word of the listing as a topic, by whole words", () => {
    const bodies = [
      "The wiring was easy and the doorbell chime is loud.",
      "Wiring took ten minutes, the chime works from every room.",
      "Good doorbell, the wiring diagram could be clearer.",
      "The wiring is fiddly but the doorbell app is fine."
    ]
    const reviews = bodies.map((body) => review({ body }))
    const topics = (product: { name?: string; brand?: string }) =>
      analyseReviews(reviews, product).insights.highlights.filter((h) => h.kind === "phrase").map((h) => h.label.toLowerCase())
    // Brand "Ring" is no part of "wiring"; the product's own noun (doorbell, doorbells) says nothing.
    expect(topics({ brand: "Ring", name: "Video Doorbell 4" })).toContain("wiring")
    expect(topics({ brand: "Ring", name: "Video Doorbell 4" })).not.toContain("doorbell")
    expect(topics({ brand: "Acme" })).toContain("doorbell")
    // Plurals in "-s" and "-es" are the name's word too ("chaises" on "Housse de chaise", "boxes" on "Box").
    const chairs = ["Les chaises sont belles.", "Parfait pour mes chaises.", "Les chaises du salon sont protégées."].map((body) => review({ body }))
    const french = (name: string) => analyseReviews(chairs, { name }).insights.highlights.filter((h) => h.kind === "phrase").map((h) => h.label)
    expect(french("Housse de table")).toContain("chaises")
    expect(french("Housse de chaise coton")).not.toContain("chaises")
  })

  it("counts languages per review", () => {
    const reviews = [
      review({ body: "The quality is very good and I would buy it again." }),
      review({ body: "质量很好，物流很快。" }),
      review({ body: "Die Qualität ist sehr gut und der Preis ist fair." }),
      review({ body: "👍" })
    ]
    expect(analyseReviews(reviews).insights.languages).toEqual([
      { language: "de", reviews: 1 },
      { language: "en", reviews: 1 },
      { language: "zh", reviews: 1 }
    ])
  })

  it("treats HTML-looking text, emoji and huge bodies as plain text", () => {
    const reviews = [
      review({ rating: 5, body: "<script>alert(1)</script><b>Great</b> battery &amp; <img src=x onerror=alert(2)>" }),
      review({ rating: 4, body: "😀😀 battery 🔋 lasts 💯" }),
      review({ rating: 3, body: "The battery is fine. ".repeat(50_000) }),
      review({ rating: 2, body: "" }),
      review({ rating: 1, title: "Broken", body: "Arrived broken" })
    ]
    const result = analyseReviews(reviews)
    const battery = result.insights.highlights.find((h) => h.id === "battery")
    expect(battery?.quotes.some((q) => q.snippet.includes("<b>Great</b>"))).toBe(true)
    expect(JSON.stringify(result).length).toBeLessThan(20_000)
  })

  it("works without dates, ratings or authors", () => {
    const result = analyseReviews(ordinaryReviews(12).map((r) => ({ ...r, rating: null, date: null, author: null })))
    expect(result.trust.state).toBe("graded")
    if (result.trust.state !== "graded") return
    expect(result.trust.rating).toBeNull()
    expect(result.trust.adjustedRating).toBeNull()
    expect(result.trust.skipped.map((s) => s.id).sort()).toEqual(["bursts", "other-product", "rating-shape", "repeat-names", "unverified"])
    expect(result.insights.histogram.rated).toBe(0)
  })

  it("ignores ratings that are not 0–5 numbers", () => {
    const odd = [review({ rating: 7 }), review({ rating: Number.NaN }), review({ rating: -1 }), review({ rating: 4.6 }), review({ rating: 0 })]
    expect(analyseReviews(odd).insights.histogram.counts).toEqual([1, 0, 0, 0, 1])
  })

  it("returns plain, stable JSON", () => {
    const reviews = ordinaryReviews(30).map((r, i) => ({ ...r, date: day(i * 5), verified: i % 3 !== 0 }))
    const first = analyseReviews(reviews)
    expect(JSON.parse(JSON.stringify(first))).toEqual(first)
    expect(analyseReviews(reviews)).toEqual(first)
  })

  it("grades a campaign down and counts its reviews less in the adjusted rating", () => {
    const genuine: Review[] = ordinaryReviews(30).map((r, i) => ({ ...r, id: `g${i}`, date: day(i * 10), author: `Person ${i}`, rating: 1 + (i % 4) }))
    const campaign: Review[] = Array.from({ length: 12 }, (_, i) =>
      review({
        id: `f${i}`,
        author: i % 2 ? "Happy Buyer" : "Best Deals",
        rating: 5,
        date: day(150),
        body: "Absolutely the best purchase I have made this year, the quality is outstanding and my whole family loves using it every single day!"
      })
    )
    const result = analyseReviews([...genuine, ...campaign])
    expect(result.trust.state).toBe("graded")
    if (result.trust.state !== "graded") return
    expect(["D", "F"]).toContain(result.trust.grade)
    const failed = result.trust.tests.filter((t) => t.status === "fail").map((t) => t.id)
    expect(failed).toEqual(expect.arrayContaining(["duplicates", "bursts", "repeat-names"]))
    expect(result.trust.adjustedRating).toBeLessThan(result.trust.rating ?? 0)
    // Down-weighted, never hidden: every campaign review is still listed with its reasons.
    expect(result.trust.weights.filter((w) => w.reviewId.startsWith("f")).length).toBe(12)
    expect(result.trust.weights.every((w) => w.weight > 0)).toBe(true)
  })

  it("grades an ordinary set well", () => {
    const reviews = ordinaryReviews(40).map((r, i) => ({ ...r, date: day(i * 9), author: `Person ${i}`, verified: true }))
    const result = analyseReviews(reviews, { name: "Steel kettle 1.7 l", breadcrumbs: ["Home", "Kitchen", "Kettles"] })
    expect(result.trust.state === "graded" && result.trust.grade).toBe("A")
  })
})

describe("rating histogram shapes", () => {
  const stars = (counts: number[]) => counts.flatMap((count, i) => Array(count).fill(i + 1) as number[])
  it("names the common shapes", () => {
    expect(ratingHistogram(stars([12, 3, 4, 11, 70])).shape).toBe("j-shaped")
    expect(ratingHistogram(stars([40, 5, 5, 5, 45])).shape).toBe("polarised")
    expect(ratingHistogram(stars([0, 1, 2, 30, 67])).shape).toBe("mostly-positive")
    expect(ratingHistogram(stars([50, 20, 10, 10, 10])).shape).toBe("mostly-negative")
    expect(ratingHistogram(stars([5, 20, 40, 25, 10])).shape).toBe("bell")
    expect(ratingHistogram(stars([1, 1])).shape).toBe("too-few")
  })
})

describe("words with two senses", () => {
  it("counts washing up as cleaning, not a guitar amp's clean sound", () => {
    // An amp's reviews on amazon.it, in English: "cleans" are its undistorted channel.
    const amp = [
      review({ rating: 4, body: "Solid state, so it distorts early: if you want loud cleans get something else." }),
      review({ rating: 5, body: "Dirty cleans for metal and jazz, takes pedals well." }),
      review({ rating: 5, body: "Impressed by the clean sound it produces." })
    ]
    expect(analyseReviews(amp).insights.highlights.find((h) => h.id === "cleaning")).toBeUndefined()
    const pan = [
      review({ rating: 5, body: "Easy to clean, nothing sticks." }),
      review({ rating: 2, body: "The filter is impossible to clean properly." }),
      review({ rating: 5, body: "It wipes clean with a paper towel." })
    ]
    expect(analyseReviews(pan).insights.highlights.find((h) => h.id === "cleaning")).toMatchObject({ reviews: 3, positive: 2, negative: 1 })
  })
})

describe("Italian reviews", () => {
  it("are read with Italian words: aspects, praise and complaints, negation", () => {
    // As on amazon.it: short reviews, accents ("è", "qualità") that French writes too.
    const reviews = [
      review({ rating: 5, body: "La batteria dura tutta la settimana, ottimo acquisto." }),
      review({ rating: 2, body: "La batteria dura pochissimo." }),
      review({ rating: 1, body: "Non è durato nemmeno un mese, la batteria non si carica più." }),
      review({ rating: 5, body: "Spedizione velocissima e imballaggio perfetto." }),
      review({ rating: 4, body: "Buona qualità, ma un po' troppo caro." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "it" })
    expect(insights.highlights.find((h) => h.id === "battery")).toMatchObject({ reviews: 3, positive: 1, negative: 2 })
    expect(insights.highlights.find((h) => h.id === "shipping")).toMatchObject({ positive: 1, negative: 0 })
    expect(insights.highlights.find((h) => h.id === "price")).toMatchObject({ positive: 0, negative: 1 })
  })
})

describe("Portuguese reviews", () => {
  it("are read with Portuguese words, whether the article is \"a\" or the verb \"carregar\" means to carry", () => {
    // As on amazon.com.br: "A embalagem…" used to read as English for its "a".
    const reviews = [
      review({ rating: 1, body: "A embalagem chegou amassada e o produto quebrou." }),
      review({ rating: 5, body: "Ótimo custo-benefício, chegou antes do prazo." }),
      review({ rating: 2, body: "É pesado demais para carregar." }),
      review({ rating: 4, body: "A bateria dura bastante, mas o carregador esquenta." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "pt" })
    const find = (id: string) => insights.highlights.find((h) => h.id === id)
    expect(find("packaging")).toMatchObject({ positive: 0, negative: 1 })
    expect(find("price")).toMatchObject({ positive: 1, negative: 0 })
    expect(find("weight")).toMatchObject({ positive: 0, negative: 1 })
    expect(find("battery")).toMatchObject({ reviews: 1 })
  })
})

describe("Dutch reviews", () => {
  it("are read with Dutch words, \"niet\" after its verb and clothes that \"vallen klein\"", () => {
    // As on bol.com.
    const reviews = [
      review({ rating: 2, body: "Valt erg klein, bestel een maat groter." }),
      review({ rating: 5, body: "De maat klopt precies en het zit heel comfortabel." }),
      review({ rating: 1, body: "De batterij is heel snel leeg en de oplader werkt niet." }),
      review({ rating: 4, body: "Snel geleverd, mooie verpakking." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "nl" })
    const find = (id: string) => insights.highlights.find((h) => h.id === id)
    expect(find("size_fit")).toMatchObject({ positive: 1, negative: 1 })
    expect(find("battery")).toMatchObject({ positive: 0, negative: 1 })
    expect(find("shipping")).toMatchObject({ positive: 1, negative: 0 })
  })
})

describe("Polish reviews", () => {
  it("are read with Polish words in the forms reviews use", () => {
    // As on allegro.pl: Polish inflects, so "jakość" and "jakości" are one aspect.
    const reviews = [
      review({ rating: 5, body: "Jakość bardzo dobra, dostawa szybka." }),
      review({ rating: 2, body: "Słaba jakość, po tygodniu się zepsuło." }),
      review({ rating: 1, body: "Bateria szybko się rozładowuje, nie polecam." }),
      review({ rating: 4, body: "Dobry stosunek jakości do ceny, ale rozmiar za mały." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "pl", reviews: 4 })
    const find = (id: string) => insights.highlights.find((h) => h.id === id)
    expect(find("quality")).toMatchObject({ positive: 1, negative: 1 })
    expect(find("battery")).toMatchObject({ positive: 0, negative: 1 })
    expect(find("price")).toMatchObject({ positive: 1, negative: 0 })
    expect(find("size_fit")).toMatchObject({ positive: 0, negative: 1 })
  })
})

describe("Czech reviews", () => {
  it("are read with Czech words: inflected forms, \"ne-\" verbs and double negatives", () => {
    // As on alza.cz or heureka.cz.
    const reviews = [
      review({ rating: 5, body: "Kvalita je výborná, doprava rychlá." }),
      review({ rating: 2, body: "Po týdnu přestal fungovat, kvalita nic moc nevydržela." }),
      review({ rating: 5, body: "Boty jsou pohodlné, nikde netlačí." }),
      review({ rating: 1, body: "Baterie se rychle vybíjí, nedoporučuji." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "cs", reviews: 4 })
    const find = (id: string) => insights.highlights.find((h) => h.id === id)
    expect(find("shipping")).toMatchObject({ positive: 1, negative: 0 })
    // "nikde netlačí" (pinches nowhere) is praise: Czech negates twice.
    expect(find("comfort")).toMatchObject({ positive: 1, negative: 0 })
    expect(find("battery")).toMatchObject({ positive: 0, negative: 1 })
  })
})

describe("Slovak reviews", () => {
  it("are read with Slovak words, not the Czech ones they resemble", () => {
    // As on alza.sk or nay.sk: "batéria", "veľkosť", "páči sa" are not Czech spellings.
    const reviews = [
      review({ rating: 5, body: "Batéria vydrží celý týždeň, veľmi spokojný." }),
      review({ rating: 2, body: "Veľkosť nesedí, topánky sú veľmi malé." }),
      review({ rating: 5, body: "Farba sa mi veľmi páči, odporúčam." }),
      review({ rating: 1, body: "Kvalita nie je dobrá, po týždni sa to pokazilo." })
    ]
    const { insights } = analyseReviews(reviews)
    expect(insights.languages[0]).toMatchObject({ language: "sk" })
    const find = (id: string) => insights.highlights.find((h) => h.id === id)
    expect(find("battery")).toMatchObject({ positive: 1, negative: 0 })
    expect(find("size_fit")).toMatchObject({ positive: 0, negative: 1 })
    expect(find("design")).toMatchObject({ positive: 1, negative: 0 })
    expect(find("quality")).toMatchObject({ positive: 0, negative: 1 })
  })
})

describe("labelled aspect sentences", () => {
  it("has the promised size and mix, each line complete", () => {
    const rows = readFileSync(new URL("../fixtures/insights/aspect-sentences.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; lang: string; category: string; aspect: string; polarity: string; text: string })
    expect(rows.length).toBeGreaterThanOrEqual(300)
    expect(rows.filter((row) => row.lang === "zh").length).toBeGreaterThanOrEqual(40)
    for (const lang of ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk"]) expect(rows.some((row) => row.lang === lang)).toBe(true)
    expect(new Set(rows.map((row) => row.category))).toEqual(new Set(["electronics", "apparel", "kitchen", "beauty", "toys", "furniture", "general"]))
    for (const row of rows) {
      expect(["positive", "negative"]).toContain(row.polarity)
      expect(row.text.length).toBeGreaterThan(3)
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
  })
})
