import { describe, expect, it } from "vitest"

import { reviewMatcher, sentenceMentions } from "~src/insights/aspects/sentence"
import { prepareReview } from "~src/insights/prepare"

import { review } from "../helpers/reviews"

/** The summed score per aspect of a one-review text, as "positive" | "negative" | "neutral". */
function polarities(text: string): Record<string, string> {
  const prepared = prepareReview(review({ body: text }))
  const matcher = reviewMatcher(prepared)
  const scores: Record<string, number> = {}
  for (const sentence of prepared.sentences) {
    for (const mention of sentenceMentions(sentence.tokens, matcher)) scores[mention.aspect] = (scores[mention.aspect] ?? 0) + mention.score
  }
  return Object.fromEntries(Object.entries(scores).map(([aspect, score]) => [aspect, score >= 0.25 ? "positive" : score <= -0.25 ? "negative" : "neutral"]))
}

describe("aspect sentiment in English", () => {
  it("flips judging words after a negator, and only the first of them", () => {
    expect(polarities("The sound is not bad at all.").sound).toBe("positive")
    expect(polarities("The sound is not great.").sound).toBe("negative")
    expect(polarities("Support never solved the issue.").customer_service).toBe("negative")
    expect(polarities("No weird chemical smell at all.").smell_taste).toBe("positive")
  })

  it("keeps each side of a contrast with its own aspect", () => {
    const both = polarities("The quality is good but the price is way too high.")
    expect(both.quality).toBe("positive")
    expect(both.price).toBe("negative")
    expect(polarities("Great phone, but the battery is disappointing.").battery).toBe("negative")
    expect(polarities("Although it's not the cheapest, it's worth the money.").price).toBe("positive")
  })

  it("reads 'too', 'enough' and 'runs' around size words", () => {
    expect(polarities("These jeans run small.").size_fit).toBe("negative")
    expect(polarities("The sleeves are long enough.").size_fit).toBe("positive")
    expect(polarities("It is too big for my desk.").size_fit).toBe("negative")
    expect(polarities("Not too big, not too small.").size_fit).toBe("positive")
    expect(polarities("The armrests are too low to be comfortable.").comfort).toBe("negative")
  })

  it("does not count a size word that only describes as a complaint", () => {
    // From a 5★ review of a hockey bag: its large opening is praise, not a fit problem.
    expect(polarities("It has a large, open mouth zipper for easy access, it's well-made, and rolls beautifully.").size_fit).not.toBe("negative")
    expect(polarities("I ordered a large and it fits perfectly.").size_fit).toBe("positive")
    // Compared with what the shopper expected, it is one.
    expect(polarities("Much smaller than it looks in the pictures.").size_fit).toBe("negative")
    expect(polarities("It is way too large for a carry-on.").size_fit).toBe("negative")
    // "Fits small" (a complaint) and "fits small hands" (praise) look alike to word lists: neither
    // reads as praise of the fit, nor as a complaint (found by review); "fits perfectly" is praise.
    for (const sentence of ["Fits small.", "Fits large, size down.", "The fit is small."]) {
      expect(polarities(sentence).size_fit, sentence).not.toBe("positive")
    }
    for (const sentence of ["It fits small spaces nicely, love it.", "Fits big feet, very comfortable.", "Perfect, it fits small hands.", "Fits a large bed."]) {
      expect(polarities(sentence).size_fit, sentence).not.toBe("negative")
    }
    expect(polarities("It fits perfectly.").size_fit).toBe("positive")
    expect(polarities("It fits a bit small.").size_fit).toBe("negative")
  })

  it("reads a comparison with another thing as a description, and one with what the shopper expected as a complaint", () => {
    // From the same hockey bag's 5★ reviews: compared with the old bag, larger is no complaint.
    for (const sentence of ["Much larger than the bag I'm replacing, and it rolls well.", "I ordered a size bigger and it's perfect.", "It is smaller than my old one."]) {
      expect(polarities(sentence).size_fit, sentence).not.toBe("negative")
    }
    for (const sentence of ["Smaller than expected.", "The rug is much bigger than pictured.", "It's a lot smaller than I thought it would be.", "Larger than it appears in the photos."]) {
      expect(polarities(sentence).size_fit, sentence).toBe("negative")
    }
    // Other aspects keep their words' sign: a battery that outlasts the expectation is praise.
    expect(polarities("The battery lasts longer than expected.").battery).toBe("positive")
  })

  it("judges a word by its aspect: cheap price is good, cheap plastic is not", () => {
    expect(polarities("Cheap price for what you get.").price).toBe("positive")
    expect(polarities("The plastic feels cheap.").quality).toBe("negative")
    expect(polarities("It looks more expensive than it was.").design).toBe("positive")
  })
})

describe("aspect sentiment in English: idioms and sentence shapes", () => {
  it("reads 'too X to Y' as a judgement of what comes before it", () => {
    expect(polarities("The display is too dark to use at night.").screen).toBe("negative")
  })

  it("keeps a denied aspect negative rather than borrowing praise from across 'but'", () => {
    expect(polarities("Lovely product, but not for this price.").price).toBe("negative")
  })

  it("knows idioms whose words alone would mislead", () => {
    expect(polarities("The seller swapped it without any fuss.").customer_service).toBe("positive")
    expect(polarities("I have never been so uncomfortable in a chair.").comfort).toBe("negative")
    expect(polarities("The bolts were missing and nobody could help me on the phone, I was on hold for ages.").customer_service).toBe("negative")
  })

  it("reads delivery times and wear over time", () => {
    expect(polarities("The parcel took four weeks to arrive.").shipping).toBe("negative")
    expect(polarities("It arrived the next day.").shipping).toBe("positive")
    expect(polarities("The zip stopped closing after a month.").durability).toBe("negative")
  })
})

describe("a cheap word beside praise", () => {
  it("is praise of the price when another word in its clause praises what it would fault", () => {
    expect(polarities("Cheap and good quality.")).toMatchObject({ price: "positive", quality: "positive" })
    expect(polarities("Barato y de buena calidad.")).toMatchObject({ price: "positive", quality: "positive" })
    expect(polarities("Levné a kvalitní.")).toMatchObject({ price: "positive", quality: "positive" })
    // Polish genitive "dobrej jakości", Italian "di qualità" (high quality).
    expect(polarities("Tanie i dobrej jakości.")).toMatchObject({ price: "positive", quality: "positive" })
    expect(polarities("Economico e di qualità.")).toMatchObject({ price: "positive", quality: "positive" })
    expect(polarities("Materiale di qualità scadente.").quality).toBe("negative")
    // Otherwise it faults the aspect, as before.
    expect(polarities("Quality is cheap.").quality).toBe("negative")
    expect(polarities("Cheap plastic, good sound.")).toMatchObject({ quality: "negative", sound: "positive" })
  })
})

describe("aspect sentiment in Chinese", () => {
  it("handles 不/没有 negation and 但是/不过/虽然 contrast", () => {
    expect(polarities("质量不好。").quality).toBe("negative")
    expect(polarities("包装没有任何破损。").packaging).toBe("positive")
    const mixed = polarities("价格便宜，但是质量一般。")
    expect(mixed.price).toBe("positive")
    expect(mixed.quality).toBe("negative")
    const concession = polarities("虽然包装有点简单，不过物流很快。")
    expect(concession.packaging).toBe("negative")
    expect(concession.shipping).toBe("positive")
  })

  it("reads 'cannot hear' as praise for a quiet product", () => {
    expect(polarities("晚上开着几乎听不到噪音。").noise).toBe("positive")
  })

  it("does not read a polar character inside a longer word", () => {
    // 快递 is the courier, not 快 (fast): the delivery here is slow.
    expect(polarities("快递太慢了。").shipping).toBe("negative")
    expect(polarities("尺码偏小，建议买大一号。").size_fit).toBe("negative")
    expect(polarities("噪音太大了。").noise).toBe("negative")
    expect(polarities("不吵，很安静。").noise).toBe("positive")
  })
})

describe("aspect sentiment in German, French and Spanish", () => {
  it("reads negation before and, in German, after the verb", () => {
    expect(polarities("Die Qualität ist nicht gut.").quality).toBe("negative")
    expect(polarities("Der Akku hält nicht lange durch.").battery).toBe("negative")
    expect(polarities("Die Lieferung war schnell.").shipping).toBe("positive")
    expect(polarities("La qualité n'est pas bonne.").quality).toBe("negative")
    expect(polarities("Livraison rapide, mais emballage abîmé.").packaging).toBe("negative")
    expect(polarities("La batería dura muy poco.").battery).toBe("negative")
    expect(polarities("Buena calidad pero demasiado caro.").price).toBe("negative")
  })

  it("degrades to fewer aspects, without failing, in languages it has no words for", () => {
    expect(() => polarities("Очень хороший товар, но доставка медленная.")).not.toThrow()
    expect(() => polarities("Prodotto ottimo, consegna veloce.")).not.toThrow()
    expect(polarities("とても良い商品です。")).toEqual({})
  })
})

describe("aspect sentiment in Italian, Portuguese and Dutch", () => {
  it("reads little noise as praise, and a great product as no size", () => {
    expect(polarities("Fa poco rumore, lo consiglio.").noise).toBe("positive")
    expect(polarities("Poco rumoroso e potente.").noise).toBe("positive")
    expect(polarities("Faz pouco barulho, gostei.").noise).toBe("positive")
    expect(polarities("La batteria dura poco.").battery).toBe("negative")
    expect(polarities("Grande prodotto, qualità ottima.")).toEqual({ quality: "positive" })
  })

  it("leaves words that only look like aspects alone", () => {
    expect(polarities("Een stuk beter dan mijn vorige.").durability).toBeUndefined()
    expect(polarities("Zuigt het stof goed op.").quality).toBeUndefined()
    expect(polarities("Mooi licht, fijne lamp.").weight).toBeUndefined()
    expect(polarities("Mijn dochter houdt van deze pop.").durability).toBeUndefined()
    expect(polarities("Er zit geen krasje op.").size_fit).toBeUndefined()
    expect(polarities("Ficou ótimo na sala.").size_fit).toBeUndefined()
    expect(polarities("Cara, que produto bom!").price).toBeUndefined()
  })

  it("knows the Dutch ways to be disappointed", () => {
    expect(polarities("De kwaliteit valt tegen.").quality).toBe("negative")
    expect(polarities("Zonde van het geld.").price).toBe("negative")
  })
})

describe("aspect sentiment in Polish", () => {
  it("reads \"without a problem\", \"little noise\" and thanks as what they mean", () => {
    expect(polarities("Montaż bez problemu.").setup).toBe("positive")
    expect(polarities("Zwrot bez problemu.").customer_service).toBe("positive")
    expect(polarities("Mało hałasu, dobra moc.").noise).toBe("positive")
    expect(polarities("Dziękuję za szybką dostawę.").shipping).toBe("positive")
    expect(polarities("Dzięki za szybki kontakt.").customer_service).not.toBe("negative")
  })

  it("reads \"not very\" and the common forms of complaints", () => {
    expect(polarities("Mało wygodne krzesło.").comfort).toBe("negative")
    expect(polarities("Niezbyt wygodne.").comfort).toBe("negative")
    expect(polarities("Jakość nie za dobra.").quality).toBe("negative")
    expect(polarities("Po miesiącu pękł uchwyt, jakość słaba.").quality).toBe("negative")
    expect(polarities("Drogi, ale warto.").price).toBe("positive")
    expect(polarities("Bateria slabo trzyma, nie polecam.").battery).toBe("negative")
  })
})

describe("aspect sentiment in Czech", () => {
  it("reads \"není\" before a plain adjective, and a double negative as one", () => {
    expect(polarities("Kvalita není dobrá.").quality).toBe("negative")
    expect(polarities("Boty nejsou pohodlné.").comfort).toBe("negative")
    expect(polarities("S montáží nebyl žádný problém.").setup).toBe("positive")
    expect(polarities("Boty jsou pohodlné, nikde netlačí.").comfort).toBe("positive")
  })

  it("reads the common verdicts: \"nic moc\", \"(ne)líbí se\", \"nevydrží\", \"odpovídá\"", () => {
    expect(polarities("Baterie nic moc.").battery).toBe("negative")
    expect(polarities("Barva se mi nelíbí.").design).toBe("negative")
    expect(polarities("Líbí se mi barva.").design).toBe("positive")
    expect(polarities("Baterie nevydrží ani den.").battery).toBe("negative")
    expect(polarities("Velikost odpovídá.").size_fit).toBe("positive")
  })

  it("reads words whose sign depends on what they describe", () => {
    expect(polarities("Cena je vysoká.").price).toBe("negative")
    expect(polarities("Vysoká kvalita.").quality).toBe("positive")
    // "Hrozně" is colloquially "very".
    expect(polarities("Boty jsou hrozně pohodlné.").comfort).toBe("positive")
    expect(polarities("Pánev se snadno čistí.").cleaning).toBe("positive")
  })
})

describe("aspect sentiment in Slovak", () => {
  it("reads \"nie je\" before a plain adjective, double negatives and the common verdicts", () => {
    expect(polarities("Kvalita nie je dobrá.").quality).toBe("negative")
    expect(polarities("Topánky nie sú pohodlné.").comfort).toBe("negative")
    expect(polarities("S montážou nebol žiadny problém.").setup).toBe("positive")
    expect(polarities("Topánky sú pohodlné, nikde netlačia.").comfort).toBe("positive")
    expect(polarities("Batéria nič moc.").battery).toBe("negative")
    expect(polarities("Farba sa mi nepáči.").design).toBe("negative")
    expect(polarities("Veľkosť zodpovedá.").size_fit).toBe("positive")
    expect(polarities("Batéria rýchlo vybíja.").battery).toBe("negative")
    expect(polarities("Veľkosť nezodpovedá tabuľke.").size_fit).toBe("negative")
    expect(polarities("Kvalita nie je nič moc.").quality).toBe("negative")
    expect(polarities("Nebol s tým žiadny problém, montáž za hodinu.").setup).toBe("positive")
  })

  it("reads the feminine object forms (\"peknú farbu\", \"dobrú kvalitu\"), in Czech too", () => {
    expect(polarities("Mikina má peknú farbu a dobrú kvalitu.")).toMatchObject({ design: "positive", quality: "positive" })
    expect(polarities("Mikina má pěknou barvu a dobrou kvalitu.")).toMatchObject({ design: "positive", quality: "positive" })
    expect(polarities("Kvalita není nic moc.").quality).toBe("negative")
  })
})

describe("comparative size words: complaints unless compared with another thing (found by review)", () => {
  it("reads no size complaint from time: 'took longer than expected'", () => {
    for (const s of ["It took longer than expected.", "The wait was longer than expected.", "My order took longer than I expected.", "This candle lasts longer than expected."])
      expect(polarities(s).size_fit, s).not.toBe("negative")
  })
  it("still reads common 'smaller than …' complaints as negative (they were before)", () => {
    for (const s of ["It's smaller than what I expected.", "It's much smaller than I'd hoped.", "Way smaller than it seems in the photos.", "Smaller in person."])
      expect(polarities(s).size_fit, s).toBe("negative")
  })
})
