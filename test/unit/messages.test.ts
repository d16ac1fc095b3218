import { describe, expect, it } from "vitest"

import { handleMessage } from "~src/background/handle-message"
import { readAnalysis } from "~src/db/analyses"
import { hashText, settleReviews } from "~src/extract/settle-review"
import type { ReviewAnalysis } from "~src/insights/analyse"
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

  it("accepts a not-product result, its reason worded", () => {
    const message = notProductMessage()
    const worded = { ...message, result: { ...message.result, reason: expect.stringMatching(/^No product found on this page: /) } }
    expect(validatePageResult(message)).toEqual({ ok: true, value: worded })
  })

  it("words the content script's reason codes, and any other reason as what broke the reading", () => {
    const reason = (sent: string) => {
      const message = notProductMessage()
      const checked = validatePageResult({ ...message, result: { ...message.result, reason: sent } })
      return checked.ok && checked.value.result.kind === "not-product" ? checked.value.result.reason : null
    }
    expect(reason("none")).toMatch(/^No product found on this page: no product data/)
    expect(reason("listing")).toMatch(/^This page lists products/)
    // Anything else is what broke the reading.
    expect(reason("text is not iterable")).toBe("This page could not be read: text is not iterable")
    // An error thrown without a message still says the page could not be read.
    expect(reason("")).toBe("This page could not be read: an error without a message")
    // A code is looked up as a key of its own, never as a property every object has.
    expect(reason("constructor")).toBe("This page could not be read: constructor")
  })

  it.each([
    ["a float price", { price: 12.5 as unknown as string }, "price", /price/],
    ["a price with markup", { price: "<b>1</b>" }, "price", /price has an invalid format/],
    ["a 400-digit price", { price: "9".repeat(400) }, "price", /price must be a string of 1–30/],
    ["a lower-case currency", { currency: "usd" }, "currency", /currency/],
    ["an invented availability", { availability: "Maybe" as never }, "availability", /availability/],
    ["a rating above five", { rating: 9 }, "rating", /rating/],
    ["an image with a data: URL", { image: "data:image/svg+xml,<svg onload=alert(1)>" }, "image", /image must be http/],
    ["a giant name", { name: "x".repeat(10_000) }, "name", /name must be a string/],
    ["a long MPN", { mpn: "M".repeat(200) }, "mpn", /mpn must be a string of 1–80/]
  ])("leaves out %s, with its source, says so, and keeps the rest of the product", (_label, overrides, field, reason) => {
    const checked = validatePageResult(productMessage(overrides))
    expect(checked.ok).toBe(true)
    if (!checked.ok || checked.value.result.kind !== "product") return
    const { product, warnings } = checked.value.result
    expect(product[field as keyof typeof product]).toBeNull()
    expect(product.sources).not.toHaveProperty(field)
    expect(warnings.some((w) => w.startsWith("Left out: ") && reason.test(w))).toBe(true)
    // The rest stands: the kettle is still the kettle.
    expect(product.sku).toBe("GK-1")
  })

  it("leaves out one bad image, spec or review and keeps the others", () => {
    const good = { id: "r1", author: null, rating: 4, title: null, body: "Pours well.", date: "2026-01-02", verified: null, helpfulVotes: null, language: null, source: "json-ld" }
    const message = productMessage({
      images: ["https://shop.example/a.jpg", `https://shop.example/${"x".repeat(5000)}.jpg`],
      specs: [{ name: "Capacity", value: "1 L" }, { name: "", value: "?" }],
      reviews: [good, { ...good, id: "r2", rating: 7 }, { ...good, id: "r3", date: "31/31/31" }, { ...good, id: "", date: "2. Januar 2026" }]
    })
    const checked = validatePageResult(message)
    expect(checked.ok).toBe(true)
    if (!checked.ok || checked.value.result.kind !== "product") return
    expect(checked.value.result.product.images).toEqual(["https://shop.example/a.jpg"])
    expect(checked.value.result.product.specs).toEqual([{ name: "Capacity", value: "1 L" }])
    // A rating out of bounds leaves the review out; a date that cannot be read leaves only the date
    // out. A review without the shop's id gets one, and its date as printed is read to ISO.
    const reviews = checked.value.result.product.reviews
    expect(reviews.map((r) => [r.id, r.date])).toEqual([["r1", "2026-01-02"], ["r3", null], [expect.stringMatching(/^h[0-9a-f]{8}$/), "2026-01-02"]])
    expect(checked.value.result.warnings).toHaveLength(3)
  })

  it("keeps the page, and the first 100 options, of a product with more (Shopify allows 2,048)", () => {
    const variants = Array.from({ length: 150 }, (_, i) => ({ name: `Size ${i}`, sku: `S-${i}`, price: "9.99", availability: "InStock" as const, url: null }))
    const checked = validatePageResult(productMessage({ variants }))
    expect(checked.ok).toBe(true)
    if (!checked.ok || checked.value.result.kind !== "product") return
    expect(checked.value.result.product.variants.map((v) => v.sku)).toEqual(variants.slice(0, 100).map((v) => v.sku))
    expect(checked.value.result.warnings.some((w) => /variants past the first 100/.test(w))).toBe(true)
    expect(checked.value.result.product.sku).toBe("GK-1")
  })

  it.each([
    ["an unknown type", { ...productMessage(), type: "cartwise/evil" }, /unknown message type/],
    ["a future version", { ...productMessage(), version: 99 }, /version 99/],
    ["a javascript: URL", { ...productMessage(), url: "javascript:alert(1)" }, /url must be http/],
    ["a product with nothing to show", productMessage({ name: null, price: null, sku: null, gtin: null }), /no name, price or id/],
    ["a product whose only name and id are out of bounds", productMessage({ name: "x".repeat(10_000), price: null, sku: "S".repeat(200), gtin: "12" }), /no name, price or id/],
    ["a product page at a data: address", productMessage({ url: "data:text/html,x" }), /url must be http/],
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
    // With the sending document's id, where Chrome gives one (a bounded string, or left out).
    expect(validateSender({ ...fromTab, documentId: "7A1F" }, EXT, "https://shop.example/p/kettle")).toEqual({ ok: true, value: { tabId: 5, documentId: "7A1F" } })
    expect(validateSender({ ...fromTab, documentId: "x".repeat(500) }, EXT, "https://shop.example/p/kettle")).toEqual({ ok: true, value: { tabId: 5 } })
    expect(validateSender({ ...fromTab, documentLifecycle: "active" }, EXT, "https://shop.example/p/kettle").ok).toBe(true)
  })

  it.each([
    ["another extension", { ...fromTab, id: "someoneelse" }, /not this extension/],
    ["an extension page (no tab)", { id: EXT, url: `chrome-extension://${EXT}/popup.html` }, /not a tab/],
    ["an iframe", { ...fromTab, frameId: 3 }, /top-level frame/],
    ["a page claiming another site's URL", { ...fromTab, url: "https://evil.example/" }, /does not match/],
    // Chrome prerenders a page in the tab before the shopper goes there; the tab still shows the last one.
    ["a prerendered page", { ...fromTab, documentLifecycle: "prerender" }, /not the page the tab shows/],
    ["a page being left", { ...fromTab, documentLifecycle: "pending_deletion" }, /not the page the tab shows/]
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

  // The background then asks the page's content script to load the review reader, which reads
  // the dates the page prints (src/reviews/visible-dates.ts).
  it("names the product's reviews by their ids when one has no date, and only then", async () => {
    const review = { id: "", author: "Kim", rating: 4, title: null, body: "Solid  kettle.", date: null, verified: null, helpfulVotes: null, language: null, source: "json-ld" }
    const shops = { ...review, id: "r7", author: "Lu", body: "Pours well and keeps water hot.", date: "2024-01-02" }
    const answer = await handleMessage(freshDb(), productMessage({ reviews: [review, shops] }), fromTab, EXT, 1)
    expect(answer).toEqual({ ok: true, productKey: "shop.example|sku:GK-1", datesFor: [`h${hashText("Kim||Solid  kettle.")}`, "r7"] })
    // A date the page gave is its date, even one no one can read without guessing: the reader
    // would not replace it. Nor can it find a review too short to tell from the page's other words.
    for (const other of [{ ...review, date: "21/10/2016" }, { ...review, date: "05/10/2016" }, { ...review, body: "Super!" }]) {
      expect(await handleMessage(freshDb(), productMessage({ reviews: [other] }), fromTab, EXT, 1)).toEqual({ ok: true, productKey: "shop.example|sku:GK-1" })
    }
    expect(await handleMessage(freshDb(), notProductMessage(), fromTab, EXT, 1)).toEqual({ ok: true, productKey: null })
  })

  it("answers a stored reading whose review validation dropped as stored, not as an error", async () => {
    const review = { id: "", author: "Kim", rating: 4, title: null, body: "Solid kettle, pours well.", date: null, verified: null, helpfulVotes: null, language: null, source: "json-ld" }
    const db = freshDb()
    // A number where the words belong (not what our content script sends; what a broken one could).
    const broken = { ...review, body: 42 } as unknown as typeof review
    const answer = await handleMessage(db, productMessage({ reviews: [broken, review] }), fromTab, EXT, 1)
    // Stored without the broken review, and the other one still asked about.
    expect(answer).toEqual({ ok: true, productKey: "shop.example|sku:GK-1", datesFor: [`h${hashText("Kim||Solid kettle, pours well.")}`] })
    expect(await db.reviews.count()).toBe(1)
  })

  it("stores nothing from an invalid message or a foreign sender", async () => {
    const db = freshDb()
    expect(await handleMessage(db, { ...productMessage(), version: 99 }, fromTab, EXT, 1)).toMatchObject({ ok: false })
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

  it("dated later by the review reader, fill the dates of the stored reviews and make the trust report look for bursts", async () => {
    const db = freshDb()
    const undated = Array.from({ length: 12 }, (_, i) => ({ ...review, id: "", author: null, body: `Review number ${i} of the kettle, it boils water well.` }))
    await handleMessage(db, productMessage({ reviews: undated }), fromTab, EXT, 1)
    const trust = async () => ((await readAnalysis(db, "shop.example|sku:GK-1", "reviews"))?.value as ReviewAnalysis).trust
    const skippedBursts = async () => {
      const report = await trust()
      return report.state === "graded" ? report.skipped.find((t) => t.id === "bursts")?.reason ?? null : report.state
    }
    expect(await skippedBursts()).toBe("Only 0 reviews carry a date; 10 are needed.")
    // What the reader sends: the same reviews, settled (their hashed ids), each with its printed date.
    const dated = settleReviews(undated).map((r, i) => ({ ...r, date: `2023-${String(i + 1).padStart(2, "0")}-15` }))
    const datesMessage = (reviews: object[]) => ({ type: "cartwise/review-dates", version: 1, url: "https://shop.example/p/kettle", reviews })
    expect(await handleMessage(db, datesMessage(dated), fromTab, EXT, 2)).toEqual({ ok: true, productKey: "shop.example|sku:GK-1" })
    expect(await db.reviews.count()).toBe(12)
    expect((await db.reviews.toArray()).every((r) => r.date?.startsWith("2023-"))).toBe(true)
    expect(await skippedBursts()).toBeNull()
    // Only missing dates are filled, and nothing is added: another product's review, or a second
    // date for one already dated, changes nothing.
    const stranger = { ...review, id: "x1", body: "A review of some other product on the page." }
    expect(await handleMessage(db, datesMessage([stranger, { ...dated[0]!, date: "2020-01-01" }]), fromTab, EXT, 3)).toEqual({ ok: true, productKey: null })
    expect(await db.reviews.count()).toBe(12)
    expect((await db.reviews.get(["shop.example|sku:GK-1", dated[0]!.id]))?.date).toBe("2023-01-15")
  })

  it("keep a joined review's places and other ids, so a later copy from one of its places is not joined to it", async () => {
    const db = freshDb()
    await handleMessage(db, productMessage(), fromTab, EXT, 1)
    // The review reader settled a fetched page: the widget's review with its JSON-LD copy joined.
    const joined = { ...review, id: "7731", source: "judgeme", places: ["judgeme", "json-ld"], aliases: ["h0c1d2e3f"] }
    await handleMessage(db, { ...reviewsMessage(), reviews: [joined] }, fromTab, EXT, 2)
    expect(await db.reviews.toArray()).toMatchObject([{ id: "7731", places: ["judgeme", "json-ld"], aliases: ["h0c1d2e3f"] }])
    // A review with more than 8 of them is dropped, as any review that breaks the contract.
    const tooMany = { ...joined, title: "Edited", aliases: Array.from({ length: 9 }, (_, i) => `h0000000${i}`) }
    await handleMessage(db, { ...reviewsMessage(), reviews: [tooMany] }, fromTab, EXT, 3)
    expect(await db.reviews.toArray()).toMatchObject([{ id: "7731", title: null, aliases: ["h0c1d2e3f"] }])
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
