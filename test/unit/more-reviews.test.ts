import { describe, expect, it } from "vitest"

import { fetchHtml, readMoreReviews, type ScanDeps, type ScanProgress } from "~src/content/more-reviews"
import { REVIEW_PAGES, firstReviewPage } from "~src/reviews/review-pages"
import { withWidgets } from "~src/reviews/with-widgets"
import { idsOf } from "~src/extract/review-copies"
import { pageReviews } from "~src/reviews/page-reviews"
import type { Review } from "~src/product"
import { amazon } from "~src/sites/amazon"

import { documentFrom } from "../helpers/dom"

const ORIGIN = "https://shop.example"

function reviewPage(n: number, perPage: number, next: string | null, extra = "") {
  const reviews = Array.from({ length: perPage }, (_, i) => ({ "@type": "Review", "@id": `r${n}-${i}`, author: `A${n}${i}`, reviewBody: `Page ${n} review ${i}` }))
  const ld = JSON.stringify({ "@type": "Product", name: "Kettle", review: reviews })
  return `<html><head><script type="application/ld+json">${ld}</script></head><body>${extra}${next ? `<a rel="next" href="${next}">Next reviews</a>` : ""}</body></html>`
}

function harness(pages: Record<string, string | Error>) {
  const fetched: string[] = []
  const pauses: number[] = []
  const updates: { reviews: Review[]; progress: ScanProgress }[] = []
  const deps: ScanDeps = {
    fetchHtml: async (url) => {
      fetched.push(url)
      const page = pages[url]
      if (page === undefined) throw new Error("HTTP 404")
      if (page instanceof Error) throw page
      return page
    },
    parse: (html) => documentFrom(html, ORIGIN),
    pause: async (ms) => {
      pauses.push(ms)
    },
    onPage: (reviews, progress) => updates.push({ reviews, progress }),
    pages: REVIEW_PAGES
  }
  return { deps, fetched, pauses, updates }
}

describe("reading more review pages", () => {
  it("follows next links page by page, pausing between requests, keeping each review once", async () => {
    const h = harness({
      [`${ORIGIN}/kettle/reviews?page=1`]: reviewPage(1, 3, "/kettle/reviews?page=2"),
      [`${ORIGIN}/kettle/reviews?page=2`]: reviewPage(2, 3, "/kettle/reviews?page=3"),
      [`${ORIGIN}/kettle/reviews?page=3`]: reviewPage(3, 1, null)
    })
    const result = await readMoreReviews(`${ORIGIN}/kettle/reviews?page=1`, null, h.deps, { signal: new AbortController().signal, knownIds: ["r1-0"] })
    expect(result).toEqual({ state: "done", pagesRead: 3, reviewsFound: 6, detail: null })
    expect(h.fetched).toHaveLength(3)
    expect(h.pauses).toEqual([1500, 1500])
    expect(h.updates.map((u) => u.reviews.map((r) => r.id))).toEqual([["r1-1", "r1-2"], ["r2-0", "r2-1", "r2-2"], ["r3-0"]])
  })

  it("counts a review shown by its widget and repeated in the JSON-LD as known, whichever copy a later page repeats", async () => {
    const review = (author: string, body: string, date = "2024-03-12") => ({ "@type": "Review", author, datePublished: date, reviewBody: body })
    const judgeme = (id: string, author: string, body: string) =>
      `<div class="jdgm-rev" data-review-id="${id}"><span class="jdgm-rev__author">${author}</span><div class="jdgm-rev__body">${body}</div></div>`
    const page = (reviews: object[], widget: string, next: string | null) =>
      `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Kettle", review: reviews })}</script></head>
      <body>${widget}${next ? `<a rel="next" href="${next}">Next</a>` : ""}</body></html>`
    const ana = review("Ana", "Pours without a drip.")
    const cy = review("Cy", "Boils in two minutes.")
    // The product page: Judge.me's widget (the shop's id) and the JSON-LD's copy (no id).
    const productPage = documentFrom(page([ana], judgeme("7731", "Ana", "Pours without a drip."), null), `${ORIGIN}/kettle`)
    const reading = withWidgets(REVIEW_PAGES, pageReviews)
    expect(reading.reviewsOnPage(productPage, null).map((r) => r.id)).toEqual(["7731"])
    // Review pages as served: page 1 with Cy's widget markup and JSON-LD copy, page 2 with only the JSON-LD's.
    const h = harness({
      [`${ORIGIN}/kettle/reviews/1`]: page([ana, review("Bo", "Lid rattles."), cy], judgeme("8842", "Cy", "Boils in two minutes."), "/kettle/reviews/2"),
      [`${ORIGIN}/kettle/reviews/2`]: page([cy, review("Di", "Handle stays cool.")], "", null)
    })
    h.deps.pages = reading
    const result = await readMoreReviews(`${ORIGIN}/kettle/reviews/1`, null, h.deps, { signal: new AbortController().signal, knownIds: reading.reviewsOnPage(productPage, null).flatMap(idsOf) })
    expect(h.updates.map((u) => u.reviews.map((r) => r.author))).toEqual([["Bo", "Cy"], ["Di"]])
    expect(result).toMatchObject({ state: "done", reviewsFound: 3 })
  })

  it("dates a fetched page's reviews from the dates it prints when its JSON-LD has none, under the ids the product page gave them", async () => {
    const review = (author: string, body: string) => ({ "@type": "Review", author, reviewBody: body })
    const page = (reviews: { author: string; reviewBody: string }[], dates: string[]) =>
      `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Kettle", review: reviews })}</script></head>
      <body>${reviews.map((r, i) => `<div class="review"><p>${r.author}, ${dates[i]}</p><p>${r.reviewBody}</p></div>`).join("")}</body></html>`
    const ana = review("Ana", "Pours without a drip, even when full.")
    const reading = withWidgets(REVIEW_PAGES, pageReviews)
    const productPage = documentFrom(page([ana], ["05/10/2016"]), `${ORIGIN}/kettle`)
    const known = reading.reviewsOnPage(productPage, null)
    // One ambiguous date alone stays unread rather than guessed.
    expect(known.map((r) => [r.author, r.date])).toEqual([["Ana", null]])
    const h = harness({
      [`${ORIGIN}/kettle/reviews/2`]: page([ana, review("Bo", "The lid rattles when the water boils.")], ["05/10/2016", "21/10/2016"])
    })
    h.deps.pages = reading
    await readMoreReviews(`${ORIGIN}/kettle/reviews/2`, null, h.deps, { signal: new AbortController().signal, knownIds: known.flatMap(idsOf) })
    // Ana's review is known (same id with or without its date); Bo's is dated, "21/10/2016" putting the day first.
    expect(h.updates.map((u) => u.reviews.map((r) => [r.author, r.date]))).toEqual([[["Bo", "2016-10-21"]]])
  })

  it("stops at the page limit and never leaves the shop's origin", async () => {
    const h = harness({
      [`${ORIGIN}/reviews/1`]: reviewPage(1, 1, "/reviews/2"),
      [`${ORIGIN}/reviews/2`]: reviewPage(2, 1, "https://tracker.example/reviews?page=3")
    })
    expect(await readMoreReviews(`${ORIGIN}/reviews/1`, null, h.deps, { signal: new AbortController().signal, maxPages: 1 })).toMatchObject({
      state: "done",
      pagesRead: 1,
      detail: "Read the first 1 pages of reviews."
    })
    const all = await readMoreReviews(`${ORIGIN}/reviews/1`, null, h.deps, { signal: new AbortController().signal })
    expect(all).toMatchObject({ state: "done", pagesRead: 2 })
    expect(h.fetched.some((u) => u.includes("tracker.example"))).toBe(false)
  })

  it("stops when asked, keeping what it read", async () => {
    const controller = new AbortController()
    const h = harness({ [`${ORIGIN}/reviews/1`]: reviewPage(1, 2, "/reviews/2"), [`${ORIGIN}/reviews/2`]: reviewPage(2, 2, "/reviews/3") })
    h.deps.onPage = (reviews, progress) => {
      h.updates.push({ reviews, progress })
      controller.abort()
    }
    const result = await readMoreReviews(`${ORIGIN}/reviews/1`, null, h.deps, { signal: controller.signal })
    expect(result).toEqual({ state: "stopped", pagesRead: 1, reviewsFound: 2, detail: "Stopped. The reviews read so far are kept." })
    expect(h.fetched).toEqual([`${ORIGIN}/reviews/1`])
  })

  it("reports a failing page in plain words and keeps earlier pages", async () => {
    const h = harness({ [`${ORIGIN}/reviews/1`]: reviewPage(1, 2, "/reviews/2"), [`${ORIGIN}/reviews/2`]: new Error("HTTP 503") })
    const result = await readMoreReviews(`${ORIGIN}/reviews/1`, null, h.deps, { signal: new AbortController().signal })
    expect(result).toEqual({
      state: "failed",
      pagesRead: 1,
      reviewsFound: 2,
      detail: "Could not read page 2: HTTP 503. The reviews read so far are kept."
    })
  })

  it("starts Amazon at its all-reviews page for the product's ASIN", () => {
    const url = "https://www.amazon.de/Some-Kettle/dp/B0TESTWARM?ref=x"
    expect(firstReviewPage(documentFrom("<html></html>", url), url, amazon)).toBe("https://www.amazon.de/product-reviews/B0TESTWARM/?pageNumber=1")
  })
})

describe("fetching a review page", () => {
  const signal = new AbortController().signal

  it("says in words that the shop could not be reached, where the browser says only 'Failed to fetch'", async () => {
    const offline = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch
    await expect(fetchHtml("https://www.amazon.com/product-reviews/B0X?pageNumber=2", signal, offline)).rejects.toThrow(
      "www.amazon.com could not be reached (offline, or the connection was refused)"
    )
  })

  it("says the shop's answer when it refuses the page, and gives the page when it sends it", async () => {
    const answer = (status: number) => (() => Promise.resolve(new Response("<html>reviews</html>", { status }))) as typeof fetch
    await expect(fetchHtml("https://shop.example/reviews?page=2", signal, answer(503))).rejects.toThrow("the shop answered 503")
    await expect(fetchHtml("https://shop.example/reviews?page=2", signal, answer(200))).resolves.toBe("<html>reviews</html>")
  })

  it("lets a stop end the reading as a stop, not as a failure", async () => {
    const stop = new AbortController()
    stop.abort()
    const aborted = (() => Promise.reject(new DOMException("The user aborted a request.", "AbortError"))) as typeof fetch
    await expect(fetchHtml("https://shop.example/reviews?page=2", stop.signal, aborted)).rejects.toThrow("The user aborted a request.")
  })
})
