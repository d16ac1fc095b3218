import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { dateOrder, parseReviewDate } from "~src/extract/dates"
import { hashText, settleReviews } from "~src/extract/settle-review"
import type { Review } from "~src/product"
import { datedReviews, pageReviews } from "~src/reviews/page-reviews"
import { REVIEW_PAGES } from "~src/reviews/review-pages"
import { datesFor, withVisibleDates } from "~src/reviews/visible-dates"

import { documentFrom, fixtureDocument } from "../helpers/dom"

const TCHIBO = "https://www.eduscho.example/umstandskleid-in-wickeloptik-p400138908.html"
const SUISSES = "https://www.3suisses.example/P-7142014-tertio-housse-de-chaise"

function reviewsOf(doc: Document, url: string, readReviews = pageReviews): Review[] {
  const result = extractProduct(doc, url, [], readReviews)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product.reviews
}

/** Settled as the background keeps them: author → ISO date. */
const datesByAuthorAndStart = (reviews: Review[]) => settleReviews(reviews).map((r) => [r.author, r.body.slice(0, 12), r.date])

const review = (body: string, extra: Partial<Review> = {}): Review => ({
  id: "",
  author: null,
  rating: null,
  title: null,
  body,
  date: null,
  verified: null,
  helpfulVotes: null,
  language: null,
  source: "json-ld",
  ...extra
})

describe("review dates the page prints where its data has none", () => {
  it("dates JSON-LD reviews from the line printed above each review's words (Tchibo)", () => {
    const doc = fixtureDocument("jsonld-reviews-printed-dates.html", TCHIBO)
    expect(datesByAuthorAndStart(reviewsOf(doc, TCHIBO))).toEqual([
      ["Marika J.", "Gute Qualitä", "2020-09-26"],
      // "06.10.2020" alone: dates written with dots put the day first.
      ["Anonym", "Fand es cool", "2020-10-06"],
      // Only the reviewer's own words hold a date: that is when they bought it, not when they wrote.
      ["Petra", "Am 12.03.202", null],
      // Printed cut short with "…"; the shop's answer below it has a later date.
      ["Anonym", "Vielleicht e", "2020-09-14"],
      // Not printed on the page.
      ["Kathrin G.", "Schönes Must", null],
      // Too short to tell from the title "Top" or a button.
      ["Anonym", "Top", null],
      // The data's own date stays.
      ["Ute", "Schon datier", "2020-08-01"]
    ])
  })

  it("keeps each review's id as it was without the date, so a stored review is not stored again", () => {
    const doc = fixtureDocument("jsonld-reviews-printed-dates.html", TCHIBO)
    const without = settleReviews(reviewsOf(doc, TCHIBO, (_doc, reviews) => reviews))
    const withDates = settleReviews(reviewsOf(doc, TCHIBO))
    expect(withDates.map((r) => r.id)).toEqual(without.map((r) => r.id))
    expect(withDates[0]!.id).toBe(`h${hashText("Marika J.||Gute Qualität, würde ich wieder kaufen.")}`)
  })

  it("dates microdata reviews from their own element, once each in a carousel that repeats them (3 Suisses)", () => {
    const doc = fixtureDocument("microdata-reviews-carousel.html", SUISSES)
    const reviews = reviewsOf(doc, SUISSES)
    expect(reviews.map((r) => r.date)).toEqual(["24/01/2018", "05/10/2016", "21/10/2016"])
    // "05/10/2016" could be 10 May; "24/01/2018" beside it shows the shop writes the day first.
    expect(settleReviews(reviews).map((r) => r.date)).toEqual(["2018-01-24", "2016-10-05", "2016-10-21"])
  })

  it("takes no date from a block that holds two reviews (a list with one date at its top)", () => {
    const doc = documentFrom(
      `<body><section><p>Bewertungen vom 01.02.2021</p>
        <p>Sehr gutes Licht, hell genug zum Lesen.</p><p>Leider nach einer Woche defekt gewesen.</p></section></body>`,
      TCHIBO
    )
    const reviews = [review("Sehr gutes Licht, hell genug zum Lesen."), review("Leider nach einer Woche defekt gewesen.")]
    expect(withVisibleDates(doc, reviews).map((r) => r.date)).toEqual([null, null])
  })

  it("leaves two reviews with the same words undated: the data's order need not be the page's", () => {
    const doc = documentFrom(
      `<body><ol>
        <li><span>3 March 2021</span><p>Works exactly as described, no complaints.</p></li>
        <li><span>9 April 2021</span><p>Works exactly as described, no complaints.</p></li>
      </ol></body>`,
      "https://shop.example/p/1"
    )
    const reviews = [review("Works exactly as described, no complaints."), review("Works exactly as described, no complaints.")]
    expect(withVisibleDates(doc, reviews).map((r) => r.date)).toEqual([null, null])
  })

  it("reads no review text out of scripts, and leaves a dated or unprinted review as it was", () => {
    const dated = review("Bright, warm light and a sturdy base.", { date: "2021-05-01" })
    const unprinted = review("Never printed on this page at all, only in the data.")
    const doc = documentFrom(
      `<body><script>var r = "Never printed on this page at all, only in the data."; var d = "12 May 2021"</script>
        <div><span>2 June 2021</span><p>Bright, warm light and a sturdy base.</p></div></body>`,
      "https://shop.example/p/2"
    )
    const out = withVisibleDates(doc, [dated, unprinted])
    expect(out[0]).toBe(dated)
    expect(out[1]).toBe(unprinted)
  })

  it("stops at a review block that is mostly other text: a page's whole column is no review", () => {
    const filler = "Pflegehinweise und Versandinformationen. ".repeat(60)
    const doc = documentFrom(
      `<body><main><p>Aktualisiert am 05.05.2021</p><div>${filler}</div><div><p>Der Stoff ist weich und fällt schön.</p></div></main></body>`,
      TCHIBO
    )
    expect(withVisibleDates(doc, [review("Der Stoff ist weich und fällt schön.")])[0]!.date).toBeNull()
  })

  it("finds words the page's source indents, and words whose lower case is longer than they are (İ)", () => {
    const indent = "\n" + " ".repeat(24)
    const items = ["Sehr schöne Farbe, gerne wieder.", "İYİ İŞ İÇİN"]
      .map((words, i) => `<div class=r>${indent}<div>${indent}von Kim vom 0${i + 1}.03.2021${indent}</div>${indent}<p>${indent}${words}${indent}</p>${indent}</div>`)
      .join(indent)
    const doc = documentFrom(`<body>${indent}${items}${indent}</body>`, TCHIBO)
    const out = withVisibleDates(doc, [review("Sehr schöne Farbe, gerne wieder."), review("İYİ İŞ İÇİN")])
    expect(settleReviews(out).map((r) => r.date)).toEqual(["2021-03-01", "2021-03-02"])
  })

  it("reads only the page's first 50,000 texts long enough to hold a review, blank ones too", () => {
    const blanks = (n: number) => "<i>            </i>".repeat(n)
    const page = (n: number) => documentFrom(`<body>${blanks(n)}<div><div>von Kim vom 01.03.2021</div><p>Sehr schöne Farbe, gerne wieder.</p></div></body>`, TCHIBO)
    const dateOf = (n: number) => withVisibleDates(page(n), [review("Sehr schöne Farbe, gerne wieder.")])[0]!.date
    expect(dateOf(1_000)).toBe("von Kim vom 01.03.2021")
    expect(dateOf(50_000)).toBeNull()
  })
})

// The background names the product's reviews of the page's reading by their ids; the reader sends
// back those the page dates, under the ids they were stored by, and no other product's.
describe("the reviews the reader dates for the background", () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`

  it("are the named ones the page dates, settled, under the ids their undated copies have", () => {
    const doc = fixtureDocument("jsonld-reviews-printed-dates.html", TCHIBO)
    const first = reviewsOf(doc, TCHIBO, (_doc, reviews) => reviews)
    const stored = settleReviews(first)
    const dated = datedReviews(doc, null, REVIEW_PAGES, datesFor(first))
    expect(dated.map((r) => [r.author, r.date])).toEqual([
      ["Marika J.", "2020-09-26"],
      ["Anonym", "2020-10-06"],
      ["Anonym", "2020-09-14"]
    ])
    for (const review of dated) expect(stored.find((r) => r.id === review.id)?.body).toBe(review.body)
  })

  it("are found for reviews whose data writes entities the page shows as characters, under the ids the background stored (found by review)", () => {
    const body = "It&#39;s a lovely warm light and the dimmer works well."
    const product = { "@context": "https://schema.org", "@type": "Product", name: "Lampe", review: [{ "@type": "Review", author: "Jos&eacute;", reviewBody: body }] }
    const html = `<html><head>${ld(product)}</head><body><h1>Lampe</h1><div class=r><div>von José vom 26.09.2020</div><p>It's a lovely warm light and the dimmer works well.</p></div></body></html>`
    const doc = documentFrom(html, TCHIBO)
    const first = reviewsOf(doc, TCHIBO, (_doc, reviews) => reviews)
    const stored = settleReviews(first)
    expect(stored.map((r) => [r.author, r.body.slice(0, 4)])).toEqual([["José", "It's"]])
    const dated = datedReviews(doc, null, REVIEW_PAGES, datesFor(first))
    expect(dated.map((r) => [r.id, r.date])).toEqual([[stored[0]!.id, "2020-09-26"]])
    // And on the open page, with the reader loaded.
    expect(settleReviews(reviewsOf(doc, TCHIBO)).map((r) => [r.id, r.date])).toEqual([[stored[0]!.id, "2020-09-26"]])
  })

  it("are none when every undated copy is joined to the shop's dated copy of it, so the reader is not loaded", () => {
    const words = "Kratzt nicht, hält warm und sieht nach vielen Wäschen noch aus wie neu."
    const fromData = review(words, { author: "Marika J." })
    const printed = review(words, { id: "2000000000120597", rating: 5, date: "26.09.2020", source: "tchibo" })
    expect(datesFor([fromData, printed])).toEqual([])
    // Alone, the data's copy is one the page may date.
    expect(datesFor([fromData])).toEqual([`h${hashText("Marika J.||" + words)}`])
    // Beside another undated review, all the product's reviews are named.
    const other = review("Die Knöpfe sind locker, sonst gut verarbeitet.", { author: "Kim" })
    expect(datesFor([fromData, printed, other])).toEqual(["2000000000120597", `h${hashText("Marika J.||" + words)}`, `h${hashText("Kim||" + other.body)}`])
    // A copy the page dated in a way no one can read without guessing still gave it its date.
    expect(datesFor([fromData, { ...printed, date: "05/10/2016" }])).toEqual([])
  })

  it("leave out another product's review with the same words, and settle numeric dates by the product's own list (found by review)", () => {
    const words = "Das Shirt ist weich und lässt sich gut waschen."
    const product = { "@context": "https://schema.org", "@type": "Product", name: "Stillshirt", review: [{ "@type": "Review", author: "Jo", reviewBody: words }, { "@type": "Review", author: "Al", reviewBody: "Passt gut, schöne Farbe, gerne wieder." }] }
    // A related product's JSON-LD on the same page: the same words by Jo, dated and written month first.
    const related = { "@context": "https://schema.org", "@type": "Product", name: "Entkalker", review: [{ "@type": "Review", author: "Jo", datePublished: "10/25/2016", reviewBody: words }] }
    const html = `<html><head>${ld(product)}${ld(related)}</head><body><h1>Stillshirt</h1>
      <div class=r><div>Jo, 05/10/2016</div><p>${words}</p></div><div class=r><div>Al, 03/04/2017</div><p>Passt gut, schöne Farbe, gerne wieder.</p></div></body></html>`
    const doc = documentFrom(html, TCHIBO)
    const first = reviewsOf(doc, TCHIBO, (_doc, reviews) => reviews)
    expect(first.map((r) => r.author)).toEqual(["Jo", "Al"])
    // Its own list cannot tell 05/10 from 10/05: nothing is dated, and the related product's Jo is not sent.
    expect(datedReviews(doc, null, REVIEW_PAGES, datesFor(first))).toEqual([])
    expect(datedReviews(doc, null, REVIEW_PAGES, [])).toEqual([])
  })
})

// Pages that offer a wrong date near a review's words (found by review).
describe("dates near a review that are not when it was written", () => {
  const BODY = "Sehr schönes Kleid, passt perfekt und sitzt gut."
  const dateOf = (html: string, reviews = [review(BODY)]) => withVisibleDates(documentFrom(`<body>${html}</body>`, TCHIBO), reviews).map((r) => r.date)

  it("takes the header above the review, not the shop's answer below it in the same box", () => {
    expect(dateOf(`<div class=rev><div>von Anna vom 14.09.2020</div><div class=content><p>${BODY}</p><div>Svar 16.09.2020</div></div></div>`)).toEqual([
      "von Anna vom 14.09.2020"
    ])
  })

  it("takes no date from a list where another review, too short to be found, sits above", () => {
    const reviews = [review("Super!"), review(BODY)]
    expect(dateOf(`<ul><li><span>12.05.2021</span><p>Super!</p></li><li><p>${BODY}</p></li></ul>`, reviews)).toEqual([null, null])
  })

  it.each([
    ["since when the reviewer is a customer", `<div>Anna, Kundin seit 03.02.2015</div><p>${BODY}</p>`],
    ["when it was bought", `<div>Gekauft am 03.02.2015</div><p>${BODY}</p>`],
    ["when it will be delivered", `<div>Lieferung bis 12.10.2024</div><p>${BODY}</p>`]
  ])("skips the date of %s", (_label, html) => {
    expect(dateOf(`<div class=rev>${html}</div>`)).toEqual([null])
  })

  it("takes a header that repeats a date the review mentions", () => {
    const body = "Bestellt am 26.09.2020, kam schnell an und passt."
    expect(dateOf(`<div class=rev><div>26.09.2020</div><p>${body}</p><div>Antwort vom 30.09.2020</div></div>`, [review(body)])).toEqual(["26.09.2020"])
  })

  it("dates the review where its whole words are printed, not a snippet of it near the buy box", () => {
    const long = `${BODY} Der Stoff ist weich und fällt schön, auch nach vielen Wäschen.`
    const html = `<div class=buy><p>Nur heute: 01.09.2020</p><blockquote>${BODY}…</blockquote></div><section><div>von A vom 02.09.2020</div><p>${long}</p></section>`
    expect(dateOf(html, [review(long)])).toEqual(["von A vom 02.09.2020"])
  })

  it("keeps a date line short, however much space the page puts around it", () => {
    const spaces = " ".repeat(390)
    const [date] = dateOf(`<div><span>${spaces}21/10/2016${spaces}</span><p>${BODY}</p></div>`)
    expect(date).toBe("21/10/2016")
  })

  const B = "Leider nach einer Woche kaputt gegangen, schade."
  it.each([
    [
      "a card's own footer, not the date of a card above whose words were too short to find",
      `<div class=reviews><div class=review-item><div>Super!</div><div>Posted on 01.02.2021</div></div>
        <div class=review-item><div>${BODY}</div><div>Posted on 05.03.2021</div></div></div>`,
      [review("Super!"), review(BODY)],
      [null, "Posted on 05.03.2021"]
    ],
    [
      "nothing beside a relative date ('vor 3 Tagen'), not the next card's",
      `<div class=reviews><div class=card><div>vor 3 Tagen</div><p>${BODY}</p></div>
        <div class=card><div>12.03.2021</div><p>Tolles Produkt, aber die Farbe weicht etwas ab.</p></div></div>`,
      [review(BODY)],
      [null]
    ],
    [
      "a <time>'s datetime behind '2 days ago', not the date of experience",
      `<article><div><span>Anna</span> <time datetime="2024-05-01T10:00:00Z">2 days ago</time></div><h2>Great</h2><p>${BODY}</p><p>Date of experience: March 3, 2024</p></article>`,
      [review(BODY)],
      ["2024-05-01"]
    ],
    [
      "a header whose name holds a word that is no date's ('Seitz')",
      `<div class=r><div>von Marion Seitz vom 26.09.2020</div><p>${BODY}</p></div><div class=r><div>von Ute vom 01.10.2020</div><p>Super!</p></div>`,
      [review(BODY), review("Super!")],
      ["von Marion Seitz vom 26.09.2020", null]
    ],
    [
      "the list's date, where a 'most helpful' box repeats the review beside a product date",
      `<div><h3>Hilfreichste Bewertung</h3><p>${BODY}</p><p>Artikel erstmals verfügbar am 01.01.2020</p></div>
        <ul><li><span>05.03.2021</span><p>${BODY}</p></li><li><span>06.03.2021</span><p>${B}</p></li></ul>`,
      [review(BODY), review(B)],
      ["05.03.2021", "06.03.2021"]
    ],
    [
      "nothing from a price notice below the only review",
      `<div><h2>Bewertungen (1)</h2><div class=r><b>Anna</b><p>${BODY}</p></div><p>Alle Preise inkl. MwSt. Stand: 01.03.2021</p></div>`,
      [review(BODY)],
      [null]
    ],
    [
      "a short review's own date, not that of a review whose heading has its words",
      `<div class=card><div>von Anna vom 01.02.2021</div><h4>Sehr zufrieden</h4><p>Lange Beschreibung<br>mit Umbruch.</p></div>
        <div class=card><div>von Ben vom 05.03.2021</div><h4>Gut</h4><p>Sehr zufrieden</p></div>`,
      [review("Sehr zufrieden")],
      ["von Ben vom 05.03.2021"]
    ],
    [
      "nothing for a short review whose words are printed in two reviews' blocks with two dates",
      `<div class=card><div>von Anna vom 01.02.2021</div><div class=title>Sehr zufrieden</div><p>Lange Beschreibung<br>mit Umbruch.</p></div>
        <div class=card><div>von Ben vom 05.03.2021</div><div class=title>Gut</div><p>Sehr zufrieden</p></div>`,
      [review("Sehr zufrieden")],
      [null]
    ],
    [
      "each of two reviews, one the start of the other, its own",
      `<ul><li><div>von Anna vom 01.02.2021</div><p>Ich bin sehr zufrieden mit dem Kauf. Lieferung schnell.</p></li>
        <li><div>von Ben vom 05.03.2021</div><p>Ich bin sehr zufrieden mit dem Kauf</p></li></ul>`,
      [review("Ich bin sehr zufrieden mit dem Kauf"), review("Ich bin sehr zufrieden mit dem Kauf. Lieferung schnell.")],
      ["von Ben vom 05.03.2021", "von Anna vom 01.02.2021"]
    ],
    [
      "no product line read as a date ('Apple Pencil Gen 2 2021', 'Art.-Nr. 2021.05.12')",
      `<div class=r><div>Apple Pencil Gen 2 2021</div><div>Art.-Nr. 2021.05.12</div><p>${BODY}</p></div>`,
      [review(BODY)],
      [null]
    ]
  ])("takes %s", (_label, html, reviews, expected) => {
    expect(dateOf(html, reviews)).toEqual(expected)
  })

  it("leaves a review its widget repeats with a date to that copy", () => {
    const widgetCopy = review(BODY, { id: "w123", date: "2020-09-14", source: "judgeme" })
    expect(dateOf(`<div><span>Posted 13.09.2020</span><p>${BODY}</p></div>`, [review(BODY), widgetCopy])).toEqual([null, "2020-09-14"])
  })
})

describe("numeric review dates settled by their list", () => {
  it.each([
    [["21/10/2016", "05/10/2016"], { "/": true }],
    [["7/15/2023", "6/2/2023"], { "/": false }],
    [["05/10/2016", "06/10/2016"], { "/": null }],
    [["06.10.2020"], { ".": true }],
    [["13.01.2020", "01/13/2020"], { ".": true, "/": false }],
    [["01.13.2020"], { ".": null }],
    [["2020-01-05", "May 3, 2021", null], {}]
  ])("%j → day first: %j", (texts, expected) => {
    expect(dateOrder(texts)).toEqual(expected)
  })

  it("reads an ambiguous date only in the order given for its way of writing", () => {
    expect(parseReviewDate("05/10/2016")).toBeNull()
    expect(parseReviewDate("05/10/2016", { "/": true })).toBe("2016-10-05")
    expect(parseReviewDate("05/10/2016", { "/": false })).toBe("2016-05-10")
    expect(parseReviewDate("05/10/2016", { ".": true })).toBeNull()
    // A day that cannot be a month wins over the order given.
    expect(parseReviewDate("21/10/2016", { "/": false })).toBe("2016-10-21")
  })

  it("settles a widget's US dates apart from the shop's own in the same list", () => {
    const settled = settleReviews([
      review("Passt gut und sieht schön aus.", { date: "25.10.2016" }),
      review("Très belle couleur, conforme.", { date: "21/10/2016" }),
      review("Fits well and looks great on.", { date: "03/04/2016", source: "stamped" }),
      review("Arrived quickly, works fine.", { date: "05/06/2016", source: "stamped" })
    ])
    expect(settled.map((r) => r.date)).toEqual(["2016-10-25", "2016-10-21", null, null])
  })
})
