import { describe, expect, it } from "vitest"

import { parseReviewDate } from "~src/extract/dates"
import { mergeReviews } from "~src/extract/reviews"
import { hashText, settleReviews } from "~src/extract/settle-review"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { validatePageResult } from "~src/messages/validate"
import { pageReviews } from "~src/reviews/page-reviews"
import { extractProduct } from "~src/extract"
import type { ExtractionResult, ProductSnapshot, Review } from "~src/product"

import { documentFrom } from "../helpers/dom"

const URL_ = "https://lampenhaus.example.de/p/tischleuchte-aura"
// As servers write JSON-LD: "<" escaped, so review text cannot close the script element.
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`

function product(result: ExtractionResult): ProductSnapshot {
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const PRODUCT = {
  "@context": "https://schema.org",
  "@type": "Product",
  name: "Tischleuchte Aura",
  image: ["/img/aura-1.jpg", { "@type": "ImageObject", url: "/img/aura-2.jpg" }, "/img/aura-1.jpg"],
  additionalProperty: [
    { "@type": "PropertyValue", name: "Leistung", value: "8 W" },
    { "@type": "PropertyValue", name: "Farbe", value: "Messing" }
  ],
  offers: {
    "@type": "Offer",
    price: "79.00",
    priceCurrency: "EUR",
    seller: { "@type": "Organization", name: "Lampenhaus GmbH" },
    priceSpecification: [
      { "@type": "UnitPriceSpecification", priceType: "https://schema.org/ListPrice", price: "99.00", priceCurrency: "EUR" },
      { "@type": "UnitPriceSpecification", price: "79.00", priceCurrency: "EUR" }
    ]
  },
  review: [
    {
      "@type": "Review",
      author: { "@type": "Person", name: "Jana" },
      datePublished: "2026-02-14",
      name: "Schönes Licht",
      reviewBody: "Warmes Licht, gute Verarbeitung.",
      reviewRating: { "@type": "Rating", ratingValue: 9, bestRating: 10 },
      inLanguage: "de"
    },
    { "@type": "Review", author: "Tom", reviewBody: "<script>alert(1)</script> ok lamp", reviewRating: { ratingValue: "3" } },
    { "@type": "Review", author: "Empty" }
  ]
}
const CRUMBS = {
  "@type": "BreadcrumbList",
  itemListElement: [
    { "@type": "ListItem", position: 2, name: "Tischleuchten", item: "/tisch" },
    { "@type": "ListItem", position: 1, item: { "@id": "/", name: "Leuchten" } }
  ]
}

describe("a product's lists", () => {
  const p = product(extractProduct(documentFrom(`<html><head>${ld(PRODUCT)}${ld(CRUMBS)}</head><body></body></html>`, URL_), URL_))

  it("keeps every image once, main image first", () => {
    expect(p.images).toEqual(["https://lampenhaus.example.de/img/aura-1.jpg", "https://lampenhaus.example.de/img/aura-2.jpg"])
  })

  it("reads specs, breadcrumbs in position order, the seller and the struck list price", () => {
    expect(p.specs).toEqual([
      { name: "Leistung", value: "8 W" },
      { name: "Farbe", value: "Messing" }
    ])
    expect(p.breadcrumbs).toEqual(["Leuchten", "Tischleuchten"])
    expect(p).toMatchObject({ price: "79", listPrice: "99", seller: "Lampenhaus GmbH" })
  })

  it.each(["breadcrumb", "site-breadcrumbs", "BreadCrumb", "pageBreadcrumb", "BREADCRUMB_NAV"])(
    "reads the page's breadcrumb navigation when JSON-LD has none (class %s)",
    (name) => {
      const html = `<html><head>${ld(PRODUCT)}</head><body><div class="${name}"><ol><li><a href="/">Home</a> ›</li>
        <li><a href="/leuchten">Leuchten</a></li><li>Tischleuchten</li></ol></div></body></html>`
      expect(product(extractProduct(documentFrom(html, URL_), URL_)).breadcrumbs).toEqual(["Home", "Leuchten", "Tischleuchten"])
    }
  )

  it("reads reviews with ratings on a five scale, keeps markup as text, skips reviews without text", () => {
    expect(p.reviews).toHaveLength(2)
    // As the shopper gets them: the background settles what the content script sends.
    expect(settleReviews(p.reviews)[0]).toEqual({
      id: expect.stringMatching(/^h[0-9a-f]{8}$/),
      author: "Jana",
      rating: 4.5,
      title: "Schönes Licht",
      body: "Warmes Licht, gute Verarbeitung.",
      date: "2026-02-14",
      verified: null,
      helpfulVotes: null,
      language: "de",
      source: "json-ld"
    })
    expect(p.reviews[1]).toMatchObject({ author: "Tom", rating: 3, body: "<script>alert(1)</script> ok lamp" })
  })

  it("gives the same id to the same review read twice", () => {
    const again = product(extractProduct(documentFrom(`<html><head>${ld(PRODUCT)}</head></html>`, URL_), URL_))
    expect(settleReviews(again.reviews).map((r) => r.id)).toEqual(settleReviews(p.reviews).map((r) => r.id))
  })

  // The content script carries no month names (issue #3's 60 KB): it sends the date as printed and
  // no id of its own; the background reads the date and gives the id (settle-review.ts).
  it("sends a review's date as the page prints it, which settling reads to ISO, with the id", () => {
    const microdata = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Stehlampe Lumen</h1>
      <div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">Jana</span>
      <span itemprop="datePublished">3. März 2021</span><p itemprop="reviewBody">Warmes Licht.</p></div></div>`
    const sent = product(extractProduct(documentFrom(`<html><body>${microdata}</body></html>`, URL_), URL_)).reviews
    expect(sent).toMatchObject([{ id: "", date: "3. März 2021", body: "Warmes Licht." }])
    expect(settleReviews(sent)).toMatchObject([{ id: expect.stringMatching(/^h[0-9a-f]{8}$/), date: "2021-03-03" }])
    // Settling a settled review changes nothing.
    expect(settleReviews(settleReviews(sent))).toEqual(settleReviews(sent))
  })

  // As spartoo prints its reviews: author, date and stars marked up, the words in a plain <div>.
  describe("a microdata review that marks no words", () => {
    const review = (words: string, type = "http://schema.org/Review") => `<div class="avis" itemprop="review" itemscope itemtype="${type}">
      <div class="head"><div itemprop="datePublished">segunda 20 janeiro 2020</div> por <span itemprop="author">João</span></div>
      <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="ratingValue" content="8">
        <meta itemprop="bestRating" content="10"><div>Qualidade <img alt="4 stars"></div></div>
      ${words}
      <div>anotado em <b>8</b>/10</div></div>`
    const reviewsOf = (...reviews: string[]) =>
      product(
        extractProduct(
          documentFrom(
            `<html><body><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Pantufas Kramsach</h1>
            <span itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="59.99">
            <meta itemprop="priceCurrency" content="EUR"></span>${reviews.join("")}</div></body></html>`,
            URL_
          ),
          URL_
        )
      ).reviews
    const WORDS = "<div>\n  Confortáveis e quentes em casa,<br>mas a sola é fina demais para o inverno.\n</div>"

    it("takes its words from its first shown child without a property", () => {
      expect(settleReviews(reviewsOf(review(WORDS)))).toMatchObject([
        { author: "João", rating: 4, date: "2020-01-20", body: "Confortáveis e quentes em casa, mas a sola é fina demais para o inverno.", source: "microdata" }
      ])
    })

    it.each([
      ["no words at all", ""],
      ["a line the shop prints under every review", "<div>Reviewed in the United Kingdom on 3 March 2021</div>"],
      ["a helpfulness bar", "<div>Was this review helpful to you? <button>Yes (12)</button> <button>No (3)</button></div>"],
      ["a script", `<script>window.reviewTracking = { id: 123, type: "review", page: "product", list: "reviews", n: 1 }</script>`],
      ["a hidden element", "<div hidden>Confortáveis e quentes em casa, mas a sola é fina demais para o inverno.</div>"],
      ["a nested item", `<div itemscope itemtype="http://schema.org/Person">Confortáveis e quentes em casa, mas a sola é fina demais.</div>`]
    ])("is no review when its first plain child is %s", (_label, words) => {
      expect(reviewsOf(review(words), review(words))).toEqual([])
    })

    it("keeps the words the shop marks up, and reads none into an aggregate", () => {
      const marked = review(`${WORDS}<p itemprop="reviewBody">Muito bom.</p>`)
      expect(reviewsOf(marked, review(WORDS, "http://data-vocabulary.org/Review-aggregate"))).toMatchObject([{ body: "Muito bom." }])
    })
  })

  it("gives a review the id an earlier version stored for it, even with an odd date text (found by review)", () => {
    // Before dates were settled in the background, "3&nbsp;March 2021" read as no date, and the id
    // was the hash of author, no date and text: it must stay so, or the review is stored twice.
    const odd = { ...PRODUCT, review: [{ "@type": "Review", author: "Jana", datePublished: "3&nbsp;March 2021", reviewBody: "Warmes Licht." }] }
    const sent = product(extractProduct(documentFrom(`<html><head>${ld(odd)}</head></html>`, URL_), URL_)).reviews
    expect(settleReviews(sent)).toMatchObject([{ id: `h${hashText("Jana||Warmes Licht.")}`, date: null }])
  })

  it("keeps every distinct review when a widget repeats many of the JSON-LD's, near the cap (found by review)", () => {
    // A review app's 190 reviews in JSON-LD; its widget shows 10 of them (settled by the review
    // reader, dates written "14.03.2024") and 5 newer ones. The 5 must not be crowded out.
    const socks = {
      "@type": "Product",
      name: "Merino socks",
      offers: { "@type": "Offer", price: "19.00", priceCurrency: "EUR" },
      review: Array.from({ length: 190 }, (_, i) => ({
        "@type": "Review",
        author: { "@type": "Person", name: `Buyer ${i}` },
        datePublished: "2024-03-14",
        reviewBody: `Review number ${i}, warm and soft.`
      }))
    }
    const item = (author: string, body: string) => `<li class="oke-w-reviews-list-item"><div class="oke-w-reviewer-name">${author}</div>
      <div class="oke-reviewContent"><div class="oke-reviewContent-date">14.03.2024</div><div class="oke-reviewContent-body"><p>${body}</p></div></div></li>`
    const widget = [
      ...Array.from({ length: 10 }, (_, i) => item(`Buyer ${i}`, `Review number ${i}, warm and soft.`)),
      ...Array.from({ length: 5 }, (_, i) => item(`New buyer ${i}`, `A newer review ${i}, only in the widget.`))
    ].join("")
    const url = "https://lindenloom.example/products/socks"
    const doc = documentFrom(`<html><head>${ld(socks)}</head><body><h1>Merino socks</h1><ul>${widget}</ul></body></html>`, url)
    const result = extractProduct(doc, url, [], pageReviews)
    if (result.kind !== "product") throw new Error(result.reason)
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url, result })
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("invalid")
    const stored = checked.value.result.product.reviews
    expect(stored).toHaveLength(195)
    expect(stored.filter((r) => r.author?.startsWith("New buyer"))).toHaveLength(5)
  })

  it("keeps a review once when it is read in two places with its date written two ways", () => {
    const jsonLd = { id: "", author: "Jana", rating: 5, title: null, body: "Warmes Licht.", date: "2021-03-03", verified: null, helpfulVotes: null, language: null, source: "json-ld" }
    const widget = { ...jsonLd, date: "March 3, 2021", source: "yotpo" }
    const other = { ...jsonLd, date: "March 4, 2021", source: "yotpo" }
    // Before settling the two are different texts; after, one review with one id (and the next day's
    // its own: the widget's copy of the first is already joined, so the widget's second is another review).
    expect(mergeReviews([jsonLd], [widget, other])).toHaveLength(3)
    const settled = settleReviews(mergeReviews([jsonLd], [widget, other]))
    expect(settled.map((r) => [r.source, r.date])).toEqual([["json-ld", "2021-03-03"], ["yotpo", "2021-03-04"]])
  })

  it("keeps a review once when a review app shows it with the shop's id and the JSON-LD repeats it without", () => {
    // Judge.me's widget (ids, buyer badge, thumbs-up) and the JSON-LD it writes for search engines.
    const url = "https://mossandember.example/products/cedar-moss-candle"
    const body = "Burns evenly all the way down and the cedar note fills our whole living room."
    const candle = {
      "@type": "Product",
      name: "Cedar Moss Candle",
      offers: { "@type": "Offer", price: "32.00", priceCurrency: "EUR" },
      review: [
        { "@type": "Review", author: { "@type": "Person", name: "Hanna K." }, datePublished: "2024-03-12T21:04:11+00:00", reviewRating: { "@type": "Rating", ratingValue: 5 }, reviewBody: body },
        { "@type": "Review", author: { "@type": "Person", name: "Lotte" }, datePublished: "2024-02-02", reviewRating: { "@type": "Rating", ratingValue: 4 }, reviewBody: "Nice, a bit sweet." }
      ]
    }
    const widget = `<div class="jdgm-rev" data-review-id="b3f1c2a4" data-verified-buyer="true" data-thumb-up-count="4">
      <span class="jdgm-rev__rating" data-score="5"></span><span class="jdgm-rev__timestamp" data-content="2024-03-13 08:15:00 UTC"></span>
      <span class="jdgm-rev__author">Hanna K.</span><b class="jdgm-rev__title">Smells like the forest</b><div class="jdgm-rev__body"><p>${body}</p></div></div>`
    const doc = documentFrom(`<html><head>${ld(candle)}</head><body><h1>Cedar Moss Candle</h1>${widget}</body></html>`, url)
    const result = extractProduct(doc, url, [], pageReviews)
    if (result.kind !== "product") throw new Error(result.reason)
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url, result })
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("invalid")
    // One review under the shop's id, in the JSON-LD's place, with what the widget adds.
    expect(checked.value.result.product.reviews.map((r) => [r.id, r.author, r.title, r.verified, r.helpfulVotes, r.source])).toEqual([
      ["b3f1c2a4", "Hanna K.", "Smells like the forest", true, 4, "judgeme"],
      [expect.stringMatching(/^h[0-9a-f]{8}$/), "Lotte", null, null, null, "json-ld"]
    ])
  })

  it("drops a review title the shop wrote to name its author, and keeps the reviewer's own", () => {
    const review = (title: string, author: string): Review => ({ id: "r1", author, rating: 5, title, body: "Piękny kolor.", date: null, verified: null, helpfulVotes: null, language: null, source: "microdata" })
    const titles = (...reviews: Review[]) => settleReviews(reviews).map((r) => r.title)
    // Leroy Merlin Poland's microdata names every review "<product> - opinia od <author>".
    expect(titles(review("Panel tapicerowany Ciemnoniebieski 60 x 30 cm - opinia od asatka", "asatka"))).toEqual([null])
    expect(titles(review("Review by Monika", "Monika"), { ...review("Bewertung von M. Müller", "M. Müller"), id: "r2" })).toEqual([null, null])
    // The reviewer's own words, even with "from" and their name in them, or another's name.
    expect(titles(review("Gift from Grandma", "Grandma"), { ...review("Review by Monika", "Tom"), id: "r2" })).toEqual(["Gift from Grandma", "Review by Monika"])
  })

  it("keeps a review's declared language only in BCP 47's shape", () => {
    const review = (id: string, language: string | null): Review => ({ id, author: "Ana", rating: 5, title: null, body: `Review ${id}`, date: null, verified: null, helpfulVotes: null, language, source: "yotpo" })
    const languages = settleReviews([review("r1", "de"), review("r2", "pt-BR"), review("r3", "English"), review("r4", "0"), review("r5", null)]).map((r) => r.language)
    expect(languages).toEqual(["de", "pt-BR", null, null, null])
  })

  it("keeps reviews apart that only share their words", () => {
    const base: Review = { id: "", author: "Jana", rating: 5, title: null, body: "Great product!", date: "2024-03-12", verified: null, helpfulVotes: null, language: null, source: "json-ld" }
    const kept = (...reviews: Review[]) => settleReviews(reviews).length
    // The same words under another name, or from one place twice with another date: copied
    // reviews, which the trust report must see.
    expect(kept(base, { ...base, author: "Tom", id: "77", source: "yotpo" })).toBe(2)
    expect(kept(base, { ...base, author: null })).toBe(2)
    // A widget's review joins one copy from the JSON-LD, not a second review with its words there.
    const widget = { ...base, id: "77", source: "yotpo" }
    expect(kept(widget, base, { ...base, date: "2024-03-13" })).toBe(2)
    // Seventeen buyers' "Great product!" in the JSON-LD: the widget's copy of the last finds its own.
    const many = Array.from({ length: 17 }, (_, i) => ({ ...base, author: `Buyer ${i}` }))
    expect(kept(...many, { ...many[16]!, id: "w16", source: "yotpo" })).toBe(17)
    // An exact copy is joined before a neighbour a day off, whichever comes first.
    expect(settleReviews([{ ...base, date: "2024-03-13" }, widget, base]).map((r) => [r.id, r.date])).toEqual([
      [expect.stringMatching(/^h/), "2024-03-13"],
      ["77", "2024-03-12"]
    ])
    // Two ids the shop gave; another rating; a date days apart.
    expect(kept({ ...base, id: "1", source: "yotpo" }, { ...base, id: "2", source: "json-ld" })).toBe(2)
    expect(kept(base, { ...base, id: "77", rating: 3, source: "yotpo" })).toBe(2)
    expect(kept(base, { ...base, id: "77", date: "2024-03-15", source: "yotpo" })).toBe(2)
    // One copy without the author or date, or its date a day off (UTC against the shop's time): one review.
    expect(kept(base, { ...base, id: "77", author: null, source: "yotpo" })).toBe(1)
    expect(kept(base, { ...base, id: "77", date: "2024-03-13", body: "great  product! ", source: "yotpo" })).toBe(1)
  })

  it("lists a Shopify product's offers as variants", () => {
    const shopify = {
      "@type": "Product",
      name: "Mug",
      offers: [
        { "@type": "Offer", name: "Mug - Blue", sku: "MUG-B", price: "12.00", availability: "InStock", url: "/p/mug?variant=1" },
        { "@type": "Offer", name: "Mug - Red", sku: "MUG-R", price: "14.00", availability: "OutOfStock", url: "/p/mug?variant=2" }
      ]
    }
    const mug = product(extractProduct(documentFrom(`<html><head>${ld(shopify)}</head></html>`, "https://mugs.example/p/mug"), "https://mugs.example/p/mug"))
    expect(mug.variants).toEqual([
      { name: "Mug - Blue", sku: "MUG-B", price: "12", availability: "InStock", url: "https://mugs.example/p/mug?variant=1" },
      { name: "Mug - Red", sku: "MUG-R", price: "14", availability: "OutOfStock", url: "https://mugs.example/p/mug?variant=2" }
    ])
  })

  it("names a ProductGroup's variants by their colour and size where their names repeat the group's", () => {
    const offer = (availability: string) => ({ "@type": "Offer", price: "39.99", priceCurrency: "EUR", availability })
    const group = {
      "@type": "ProductGroup",
      name: "Leather Look Shirt",
      variesBy: ["https://schema.org/color", "https://schema.org/size"],
      hasVariant: [
        { "@type": "Product", sku: "LLS-G-36", name: "Leather Look Shirt", color: "Green", size: "36", offers: offer("InStock") },
        { "@type": "Product", sku: "LLS-G-38", name: "Leather Look Shirt", color: "Green", size: { "@type": "SizeSpecification", name: "38" }, offers: offer("OutOfStock") },
        // A variant with no name is named by its options; one whose name says its colour still gets it
        // (the popup's label leaves out what the name says: src/ui/options.ts).
        { "@type": "Product", sku: "LLS-B-38", color: "Black", size: "38", offers: offer("InStock") },
        { "@type": "Product", sku: "LLS-B-36", name: "Leather Look Shirt – Black", color: "Black", size: "36", offers: offer("InStock") }
      ]
    }
    const page = "https://shirts.example/p/leather-look-shirt"
    const shirt = product(extractProduct(documentFrom(`<html><head>${ld(group)}</head></html>`, page), page))
    expect(shirt.variants.map((v) => v.name)).toEqual([
      "Leather Look Shirt / Green / 36",
      "Leather Look Shirt / Green / 38",
      "Black / 38",
      "Leather Look Shirt – Black / Black / 36"
    ])
  })
})

describe("review dates", () => {
  it.each([
    ["Reviewed in the United States on March 3, 2021", "2021-03-03"],
    ["Rezension aus Deutschland vom 3. März 2021", "2021-03-03"],
    ["Commenté en France le 14 février 2022", "2022-02-14"],
    ["Revisado en España el 3 de marzo de 2021", "2021-03-03"],
    ["Recensito in Italia il 12 luglio 2020", "2020-07-12"],
    ["2024年5月6日", "2024-05-06"],
    ["23 Ian 2020", "2020-01-23"],
    ["5 noiembrie 2021", "2021-11-05"],
    ["12 септември 2022", "2022-09-12"],
    ["2020. március 4.", "2020-03-04"],
    ["2021. szept. 30.", "2021-09-30"],
    ["23 ное 2020", "2020-11-23"],
    ["© 2019. May 12, 2021", "2021-05-12"],
    ["31.12.2023", "2023-12-31"],
    ["03/04/2021", null],
    ["February 30, 2021", null],
    ["yesterday", null],
    // No month is named after a property every object has (found by review).
    ["3 constructor 2021, March 4, 2021", "2021-03-04"]
  ])("%s → %s", (text, expected) => {
    expect(parseReviewDate(text)).toBe(expected)
  })
})
