import { describe, expect, it } from "vitest"

import { handleMessage } from "~src/background/handle-message"
import { validatePageResult, validateSender } from "~src/messages/validate"

import { freshDb } from "../helpers/db"
import { notProductMessage, productMessage } from "../helpers/messages"

const EXT = "abcdefghijklmnopabcdefghijklmnop"
const fromTab = { id: EXT, url: "https://shop.example/p/kettle", frameId: 0, tab: { id: 5 } }

describe("page-result validation", () => {
  it("accepts a well-formed product and rebuilds it with known keys only", () => {
    const message = { ...productMessage(), extra: "x", result: { ...productMessage().result, injected: true } }
    const checked = validatePageResult(message)
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.value).toEqual(productMessage())
    expect(JSON.stringify(checked.value)).not.toContain("injected")
  })

  it("accepts a not-product result", () => {
    expect(validatePageResult(notProductMessage())).toEqual({ ok: true, value: notProductMessage() })
  })

  it.each([
    ["an unknown type", { ...productMessage(), type: "cartwise/evil" }, /unknown message type/],
    ["a future version", { ...productMessage(), version: 99 }, /version 99/],
    ["a javascript: URL", { ...productMessage(), url: "javascript:alert(1)" }, /url must be http/],
    ["a float price", productMessage({ price: 12.5 as unknown as string }), /price/],
    ["a price with markup", productMessage({ price: "<b>1</b>" }), /price has an invalid format/],
    ["a lower-case currency", productMessage({ currency: "usd" }), /currency/],
    ["an invented availability", productMessage({ availability: "Maybe" as never }), /availability/],
    ["a rating above five", productMessage({ rating: 9 }), /rating/],
    ["an image with a data: URL", productMessage({ image: "data:image/svg+xml,<svg onload=alert(1)>" }), /image must be http/],
    ["a giant name", productMessage({ name: "x".repeat(10_000) }), /name must be a string/],
    ["a product with nothing to show", productMessage({ name: null, price: null, sku: null, gtin: null }), /no name, price or id/],
    ["an unknown result kind", { ...productMessage(), result: { kind: "shop", warnings: [] } }, /result.kind/],
    ["a non-object", "hello", /unknown message type/]
  ])("rejects %s", (_label, message, error) => {
    const checked = validatePageResult(message)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toMatch(error)
  })
})

describe("sender checks", () => {
  it("accepts our content script in a tab's top frame", () => {
    expect(validateSender(fromTab, EXT, "https://shop.example/p/kettle?x=1")).toEqual({ ok: true, value: { tabId: 5 } })
  })

  it.each([
    ["another extension", { ...fromTab, id: "someoneelse" }, /not this extension/],
    ["an extension page (no tab)", { id: EXT, url: `chrome-extension://${EXT}/popup.html` }, /not a tab/],
    ["an iframe", { ...fromTab, frameId: 3 }, /top-level frame/],
    ["a page claiming another site's URL", { ...fromTab, url: "https://evil.example/" }, /does not match/]
  ])("rejects %s", (_label, sender, error) => {
    const checked = validateSender(sender, EXT, "https://shop.example/p/kettle")
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toMatch(error)
  })
})

describe("the background's message handler", () => {
  it("records a valid message under the sender's tab, never a tab named in the payload", async () => {
    const db = freshDb()
    const answer = await handleMessage(db, { ...productMessage(), tabId: 99 }, fromTab, EXT, 1000)
    expect(answer).toEqual({ ok: true, productKey: "shop.example|sku:GK-1" })
    expect(await db.tabs.get(5)).toMatchObject({ status: "product" })
    expect(await db.tabs.get(99)).toBeUndefined()
  })

  it("stores nothing from an invalid message or a foreign sender", async () => {
    const db = freshDb()
    expect(await handleMessage(db, productMessage({ currency: "€" }), fromTab, EXT, 1)).toMatchObject({ ok: false })
    expect(await handleMessage(db, productMessage(), { ...fromTab, id: "other" }, EXT, 1)).toMatchObject({ ok: false })
    expect(await db.products.count()).toBe(0)
    expect(await db.tabs.count()).toBe(0)
  })
})

describe("reviews from further pages", () => {
  const review = { id: "r9", author: "Kim", rating: 4, title: null, body: "Solid.", date: null, verified: null, helpfulVotes: null, language: null, source: "json-ld" }
  const reviewsMessage = (url = "https://shop.example/p/kettle/reviews/2") => ({ type: "cartwise/reviews", version: 1, url, reviews: [review] })

  it("are stored under the product the sending tab shows", async () => {
    const db = freshDb()
    await handleMessage(db, productMessage(), fromTab, EXT, 1)
    expect(await handleMessage(db, reviewsMessage(), fromTab, EXT, 2)).toEqual({ ok: true, productKey: "shop.example|sku:GK-1" })
    expect((await db.reviews.toArray()).map((r) => [r.productKey, r.id])).toEqual([["shop.example|sku:GK-1", "r9"]])
  })

  it("are dropped when the tab shows no product, or the page is another site", async () => {
    const db = freshDb()
    expect(await handleMessage(db, reviewsMessage(), fromTab, EXT, 2)).toEqual({ ok: true, productKey: null })
    await handleMessage(db, productMessage(), fromTab, EXT, 1)
    const other = { ...fromTab, url: "https://other.example/x" }
    expect(await handleMessage(db, reviewsMessage("https://other.example/x"), other, EXT, 2)).toEqual({ ok: true, productKey: null })
    expect(await db.reviews.count()).toBe(0)
  })

  it("progress is validated and shown on the tab", async () => {
    const db = freshDb()
    await handleMessage(db, productMessage(), fromTab, EXT, 1)
    const progress = { state: "reading", pagesRead: 2, reviewsFound: 17, detail: null }
    const message = { type: "cartwise/review-progress", version: 1, url: "https://shop.example/p/kettle", progress }
    await handleMessage(db, message, fromTab, EXT, 2)
    expect((await db.tabs.get(5))?.reviewScan).toEqual(progress)
    const bad = await handleMessage(db, { ...message, progress: { ...progress, state: "hacking" } }, fromTab, EXT, 3)
    expect(bad).toEqual({ ok: false, error: "progress.state is unknown" })
  })
})
