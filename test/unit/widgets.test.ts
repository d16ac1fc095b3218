// Every review widget proves its spec on the fixture pages it names (house rule: evidence with
// every selector). A row in the registry without evidence, or a fixture that no longer gives the
// reviews a shopper sees, fails here.
import { existsSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { MAX_REVIEWS } from "~src/extract/reviews"
import { pickAt } from "~src/sites/types"
import { WIDGET_EVIDENCE } from "~src/sites/widgets/evidence"
import type { ReviewWidget } from "~src/sites/widgets/types"
import { extractProduct } from "~src/extract"
import { WIDGET_CLASSES, hasReviewWidget } from "~src/sites/widgets/detect"
import { WIDGETS, widgetClass, widgetReviews } from "~src/sites/widgets/registry"
import { pageReviews } from "~src/reviews/page-reviews"

import { documentFrom, fixtureHtml } from "../helpers/dom"

const evidenceOf = (widget: ReviewWidget) => WIDGET_EVIDENCE[widget.id] ?? []

const widgetDocument = (name: string, url: string) => documentFrom(fixtureHtml(`../widgets/${name}`), url)

describe.each(WIDGETS.map((w) => [w.id, w] as const))("review widget %s", (_id, widget) => {
  it("names at least one fixture as evidence, and each exists", () => {
    expect(evidenceOf(widget).length).toBeGreaterThan(0)
    for (const e of evidenceOf(widget)) expect(existsSync(new URL(`../fixtures/widgets/${e.fixture}`, import.meta.url)), e.fixture).toBe(true)
  })

  describe.each(evidenceOf(widget).map((e) => [e.fixture, e] as const))("on %s", (_f, evidence) => {
    it("reads the reviews a shopper sees, and only this widget's", () => {
      const reviews = widgetReviews(widgetDocument(evidence.fixture, evidence.url))
      expect(reviews).toHaveLength(evidence.count)
      expect(reviews[0]).toMatchObject(evidence.first)
      expect(new Set(reviews.map((r) => r.source))).toEqual(new Set([widget.id]))
      expect(new Set(reviews.map((r) => r.id)).size).toBe(reviews.length)
    })

    it("reads nothing from the rest of the widget (summary, questions, templates)", () => {
      const doc = widgetDocument(evidence.fixture, evidence.url)
      for (const item of Array.from(doc.querySelectorAll(widget.reviews.item))) item.remove()
      expect(widgetReviews(doc)).toEqual([])
    })

    it("keeps markup in review text as text", () => {
      const doc = widgetDocument(evidence.fixture, evidence.url)
      const text = 'Fine. <img src=x onerror="alert(1)"> <b>really</b>'
      const body = doc.querySelector(widget.reviews.item)?.querySelector(pickAt(widget.reviews.body).css)
      if (!body) throw new Error(`no body in ${evidence.fixture}`)
      body.textContent = text
      expect(widgetReviews(doc)[0]?.body).toBe(text)
      expect(doc.querySelector("img[onerror]")).toBeNull()
    })
  })
})

describe("finding a widget without carrying the widgets", () => {
  it("looks for exactly the class each widget's reviews are found by", () => {
    expect(new Set(WIDGET_CLASSES)).toEqual(new Set(WIDGETS.map(widgetClass)))
  })

  it("sees every widget's evidence page, and nothing on a page without a widget", () => {
    for (const widget of WIDGETS) for (const e of evidenceOf(widget)) expect(hasReviewWidget(widgetDocument(e.fixture, e.url)), e.fixture).toBe(true)
    const plain = documentFrom('<main><h1>Trail Shoe</h1><div class="review">Great grip.</div></main>', "https://shop.example/p/1")
    expect(hasReviewWidget(plain)).toBe(false)
  })

  it("leaves a widget's reviews to the reader: extraction without it reads none, with it all", () => {
    const doc = widgetDocument("judgeme.html", "https://mossandember.example/products/cedar-moss-candle")
    const without = extractProduct(doc, "https://mossandember.example/products/cedar-moss-candle")
    const withReader = extractProduct(doc, "https://mossandember.example/products/cedar-moss-candle", [], pageReviews)
    if (without.kind !== "product" || withReader.kind !== "product") throw new Error("expected a product")
    expect(without.product.reviews).toEqual([])
    expect(withReader.product.reviews.map((r) => r.source)).toEqual(["judgeme", "judgeme", "judgeme"])
  })
})

describe("widgetReviews", () => {
  it("gives nothing on a page without any known widget, even one with review-like markup", () => {
    const doc = documentFrom(
      `<main><h1>Trail Shoe</h1>
        <section class="reviews"><div class="review" data-review-id="1"><span class="review-author">Ann</span>
          <span class="review-rating" data-score="5">5</span><p class="review-body">Great grip.</p></div></section>
      </main>`,
      "https://shop.example/products/trail-shoe"
    )
    expect(widgetReviews(doc)).toEqual([])
  })

  it("finds a widget by its review items, not by the other classes its selector names", () => {
    // Yotpo's legacy items are ".yotpo-main-widget .yotpo-review:not(.yotpo-template)": a page
    // that rendered no hidden template still shows its reviews.
    const evidence = WIDGET_EVIDENCE["yotpo-legacy"]![0]!
    const doc = widgetDocument(evidence.fixture, evidence.url)
    doc.querySelector(".yotpo-template")?.remove()
    expect(doc.querySelector(".yotpo-template")).toBeNull()
    expect(widgetReviews(doc)).toHaveLength(evidence.count)
  })

  it("reads each review once and stops at the cap", () => {
    const review = (i: number) =>
      `<div class="jdgm-rev" data-review-id="r${i % 150}"><span class="jdgm-rev__rating" data-score="4"></span>` +
      `<div class="jdgm-rev__body">Review ${i % 150}</div></div>`
    const stampedReview = (i: number) =>
      `<div class="stamped-review"><p class="stamped-review-content-body">Stamped ${i}</p>` +
      `<a class="stamped-thumbs-up" data-review-id="s${i}"></a></div>`
    const html =
      Array.from({ length: 300 }, (_, i) => review(i)).join("") +
      `<div class="stamped-reviews">${Array.from({ length: 150 }, (_, i) => stampedReview(i)).join("")}</div>`
    const reviews = widgetReviews(documentFrom(html, "https://shop.example/p"))
    expect(reviews).toHaveLength(MAX_REVIEWS)
    expect(reviews.filter((r) => r.source === "judgeme")).toHaveLength(150)
    expect(reviews[0]).toMatchObject({ id: "r0", rating: 4, body: "Review 0", source: "judgeme" })
  })
})
