import { describe, expect, it } from "vitest"

import { prepareReview, prepareReviews } from "~src/insights/prepare"
import { genericPraiseTest, isGenericPraise } from "~src/insights/trust/generic-praise"
import { incentiveQuote, incentivisedTest } from "~src/insights/trust/incentivised"
import { otherProductTest } from "~src/insights/trust/other-product"
import { ratingShapeTest } from "~src/insights/trust/rating-shape"
import { normaliseName, repeatNamesTest } from "~src/insights/trust/repeat-names"
import { unverifiedTest } from "~src/insights/trust/unverified"
import type { Review } from "~src/product"

import { ordinaryReviews, review } from "../helpers/reviews"

const prepare = (reviews: Review[]) => prepareReviews(reviews)

function withRatings(stars: number[]): Review[] {
  return ordinaryReviews(stars.length).map((r, i) => ({ ...r, rating: stars[i] ?? null }))
}

describe("rating spread", () => {
  it("fails a wall of 5★ with an empty middle, passes the usual J shape", () => {
    const wall = withRatings([...Array(46).fill(5), 1, 1, 1, 4])
    expect(ratingShapeTest(prepare(wall)).test?.status).toBe("fail")
    const usual = withRatings([...Array(30).fill(5), ...Array(9).fill(4), ...Array(4).fill(3), 2, 2, 1, 1, 1, 1, 1])
    expect(ratingShapeTest(prepare(usual)).test?.status).toBe("pass")
  })

  it("is skipped with few ratings", () => {
    expect(ratingShapeTest(prepare(withRatings([5, 5, 5]))).skipped).not.toBeNull()
  })
})

describe("unverified purchases", () => {
  it("is skipped where the shop does not say", () => {
    expect(unverifiedTest(prepare(ordinaryReviews(20))).skipped?.reason).toMatch(/verified/)
  })

  it("warns when unverified reviews rate far higher than verified ones", () => {
    const verified = ordinaryReviews(16).map((r) => ({ ...r, verified: true, rating: 3 }))
    const unverified = ordinaryReviews(4).map((r, i) => ({ ...r, id: `u${i}`, verified: false, rating: 5 }))
    const outcome = unverifiedTest(prepare([...verified, ...unverified]))
    expect(outcome.test?.status).toBe("warn")
    expect(outcome.test?.measured).toContain("Unverified average 5.0★, verified 3.0★")
    expect(outcome.test?.reviewIds).toEqual(["u0", "u1", "u2", "u3"])
  })
})

describe("short generic praise", () => {
  it("recognises a few words of praise in several languages, not a short specific review", () => {
    const generic = ["Great product!", "Love it 😍", "好评", "非常好，满意", "Sehr gut, top", "Très bien", "Excelente producto", "👍👍"]
    // Italian, Portuguese and Dutch, whether or not their words are also function words.
    generic.push("Ottimo acquisto", "Ottimo prodotto, top!", "Tutto ok", "Ótimo produto, recomendo", "Prima product, aanrader", "Polecam.", "Wszystko ok, polecam", "Zgodne z opisem, polecam", "Doporučuji.", "Vše ok, doporučuji", "Zboží odpovídá popisu", "Vše v pořádku, doporučuji", "Maximální spokojenost", "Odporúčam.", "Všetko v poriadku, odporúčam")
    for (const body of generic) expect(isGenericPraise(prepareReview(review({ body, rating: 5 }))), body).toBe(true)
    const specific = ["Great battery.", "Love the colour!", "质量很好", "Too small.", "Great product but it broke", "Ottima batteria", "Bateria ótima", "Skvělá baterie"]
    // A denial of praise is no praise, though each of its words is a praise or function word.
    specific.push("Not good.", "Není to dobré.", "Nie je to dobré.", "Nie jest dobry.", "Pas très bien", "Nicht gut")
    for (const body of specific) expect(isGenericPraise(prepareReview(review({ body, rating: 5 }))), body).toBe(false)
    expect(isGenericPraise(prepareReview(review({ body: "Great product!", rating: 2 })))).toBe(false)
  })

  it("fails when most reviews are generic praise", () => {
    const reviews = [...ordinaryReviews(5), ...["Great!", "Love it", "Perfect", "Amazing product", "好评", "Five stars", "Excellent"].map((body) => review({ body }))]
    expect(genericPraiseTest(prepare(reviews)).test?.status).toBe("fail")
  })
})

describe("incentivised reviews", () => {
  it("finds disclosures in several languages", () => {
    const disclosed = [
      "I received this product for free in exchange for my honest review.",
      "I got it at a discount for testing purposes.",
      "Das Produkt wurde mir kostenlos zur Verfügung gestellt.",
      "J'ai reçu gratuitement ce produit.",
      "Producto gratis a cambio de mi opinión sincera.",
      "Prodotto ricevuto gratuitamente dal venditore.",
      "这是免费试用的，用起来还不错。",
      "商家说好评返现，所以给五星。"
    ]
    for (const text of disclosed) expect(incentiveQuote(text), text).not.toBeNull()
  })

  it("ignores denials and ordinary uses of 'free'", () => {
    for (const text of ["I was not given this for free, I paid full price.", "BPA free and dishwasher safe.", "Free shipping was a nice touch.", "免费送货很快"]) {
      expect(incentiveQuote(text), text).toBeNull()
    }
  })

  it("warns on one, fails on many, and down-weights them", () => {
    const reviews = [...ordinaryReviews(10), review({ id: "inc", body: "Received this for free in exchange for an honest review. Works well." })]
    const outcome = incentivisedTest(prepare(reviews))
    expect(outcome.test?.status).toBe("warn")
    expect(outcome.weights.get("inc")).toBe(0.5)
  })
})

describe("reviews of a different product", () => {
  const charger = { name: "Anker 65W USB-C Charger", brand: "Anker", breadcrumbs: ["Electronics", "Phone accessories", "Chargers"], specs: [] }

  it("flags reviews that only describe another kind of product (hijacked listing)", () => {
    const genuine = [
      "Charges my phone and laptop quickly, the cable is sturdy.",
      "Compact charger, gets a little warm but works.",
      "Works great with my tablet.",
      "Stopped working after a month.",
      "Fast charging, small enough for travel."
    ].map((body, i) => review({ id: `g${i}`, body }))
    const merged = [
      "Beautiful dress, the fabric is soft and the sleeves are the right length.",
      "These shoes are comfortable and the socks I ordered with them fit too.",
      "The blouse runs small but the fabric is lovely.",
      "这条连衣裙面料很好，穿着很舒服。"
    ].map((body, i) => review({ id: `m${i}`, body }))
    const outcome = otherProductTest(prepare([...genuine, ...merged]), charger)
    expect(outcome.test?.status).toBe("fail")
    expect(outcome.test?.reviewIds).toEqual(["m0", "m1", "m2", "m3"])
    expect(outcome.weights.get("m0")).toBeLessThan(0.5)
  })

  it("is skipped without product context or a known product type", () => {
    expect(otherProductTest(prepare(ordinaryReviews(5)), undefined).skipped).not.toBeNull()
    expect(otherProductTest(prepare(ordinaryReviews(5)), { name: "Zorblax 3000" }).skipped).not.toBeNull()
  })
})

describe("repeated reviewer names", () => {
  it("ignores placeholders and masked names", () => {
    expect(normaliseName("Amazon Customer")).toBeNull()
    expect(normaliseName("j***n")).toBeNull()
    expect(normaliseName("匿名用户")).toBeNull()
    expect(normaliseName("  Maria   Lopez ")).toBe("maria lopez")
  })

  it.each(["Cliente Amazon", "Client d'Amazon", "Client d’Amazon", "Cliente de Amazon", "Amazon-Kunde", "Amazon Kunde", "Amazon カスタマー", "einer Kundin", "A Customer", "Verified Buyer", "Acheteur vérifié", "Verifizierter Käufer", "Anonymous", "Покупатель", "L'acheteur", "L’acheteur", "Der Kunde", "Le client", "El cliente", "Amazon.de Kunde", "Kunde von Amazon", "Anonymous User"])(
    "takes %s for no one's name",
    (placeholder) => expect(normaliseName(placeholder)).toBeNull()
  )

  it.each(["Otto", "Paolo Bosatra", "Amazon Fan 77", "Clientele Ltd", "Otto Gast", "Otto Kunde", "D. Kunde", "A. Käufer", "Z. Klient", "Van Gast", "De Klant", "Da Kunde"])(
    "keeps %s as a name",
    (name) => expect(normaliseName(name)).not.toBeNull()
  )

  it("does not take two buyers shown as Amazon Italy's 'Cliente Amazon' for one reviewer", () => {
    const reviews = ordinaryReviews(9).map((r, i) => ({ ...r, author: i < 2 ? "Cliente Amazon" : `Buyer number ${i}` }))
    expect(repeatNamesTest(prepare(reviews)).test).toMatchObject({ status: "pass", measured: "All 7 named reviews have different reviewer names." })
    const repeated = ordinaryReviews(9).map((r, i) => ({ ...r, author: i < 2 ? "Paolo B." : `Buyer number ${i}` }))
    expect(repeatNamesTest(prepare(repeated)).test?.measured).toMatch(/^1 name appears on more than one review/)
  })

  it("fails one name on many reviews", () => {
    const reviews = ordinaryReviews(20).map((r, i) => ({ ...r, author: i < 4 ? "Sunny Deals" : `Buyer number ${i}` }))
    const outcome = repeatNamesTest(prepare(reviews))
    expect(outcome.test?.status).toBe("fail")
    expect(outcome.test?.measured).toContain('"sunny deals" 4×')
    expect(outcome.weights.size).toBe(3)
  })
})
