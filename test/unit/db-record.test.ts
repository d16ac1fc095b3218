import { describe, expect, it } from "vitest"

import { refreshReviewAnalysis } from "~src/db/analyses"
import { showsBids, summarizePrices } from "~src/db/history"
import { deleteAll, exportAll } from "~src/db/export"
import { productKey } from "~src/db/product-key"
import { forgetTab, markTabLoading, observationsOf, recordPageResult, reviewsOf } from "~src/db/record"
import { validatePageResult } from "~src/messages/validate"
import type { Review } from "~src/product"

import { freshDb } from "../helpers/db"
import { notProductMessage, productMessage, snapshot } from "../helpers/messages"

const DAY = 86_400_000
const T0 = Date.UTC(2026, 10, 1)

describe("recording what a tab shows", () => {
  it("stores the product, one observation and the tab's state", async () => {
    const db = freshDb()
    const outcome = await recordPageResult(db, 7, productMessage(), T0)
    expect(outcome).toEqual({ productKey: "shop.example|sku:GK-1", observationAdded: true })
    expect(await db.products.get("shop.example|sku:GK-1")).toMatchObject({ name: "Gooseneck Kettle", firstSeenAt: T0, lastSeenAt: T0, host: "shop.example" })
    expect(await db.tabs.get(7)).toMatchObject({ status: "product", productKey: "shop.example|sku:GK-1" })
    expect(await observationsOf(db, "shop.example|sku:GK-1")).toEqual([
      expect.objectContaining({ observedAt: T0, price: "49", currency: "GBP", availability: "InStock", url: "https://shop.example/p/kettle" })
    ])
  })

  it("stores a name read from the page title without the shop's name and SEO template", async () => {
    const db = freshDb()
    const title = "Buy Tikkers Girls' Pink Butterfly Watch Set | Kids watches | Argos"
    const message = productMessage({ url: "https://www.argos.co.uk/product/9249556", name: title, sources: { name: { source: "opengraph", confidence: 0.75 } } })
    const { productKey: key } = await recordPageResult(db, 7, message, T0)
    expect((await db.products.get(key!))?.name).toBe("Tikkers Girls' Pink Butterfly Watch Set")
  })

  it("stores a classified ad's name without the price its title leads with", async () => {
    const db = freshDb()
    const message = productMessage({ url: "https://www.usedvictoria.com/classified-ad/Casio_36029524", name: "$15 · Casio FX-991ES PLUS C Scientific Calculator", price: "15", currency: "CAD" })
    const { productKey: key } = await recordPageResult(db, 7, message, T0)
    expect((await db.products.get(key!))?.name).toBe("Casio FX-991ES PLUS C Scientific Calculator")
  })

  it("stores a brand without the shop's name its title template appended", async () => {
    const db = freshDb()
    const message = productMessage({ url: "https://www.gomaji.com/store/36064?pid=262388", brand: "果陀劇場(台北場) | GOMAJI夠麻吉" })
    const { productKey: key } = await recordPageResult(db, 7, message, T0)
    expect((await db.products.get(key!))?.brand).toBe("果陀劇場(台北場)")
  })

  it("stores no description where the page gave only its SEO template, even one kept from an earlier visit", async () => {
    const db = freshDb()
    const url = "https://www.ebay.co.uk/itm/1234"
    const blurb = "Find many great new & used options and get the best deals for Gooseneck Kettle at the best online prices at eBay!"
    const meta = { description: { source: "opengraph" as const, confidence: 0.75 } }
    const { productKey: key } = await recordPageResult(db, 7, productMessage({ url, sku: "E-1", description: blurb, sources: meta }), T0)
    const stored = await db.products.get(key!)
    expect(stored?.description).toBeNull()
    expect(stored?.sources.description).toBeUndefined()
    // A row stored before this rule still holds the template; a later read that finds no description
    // must not carry it over.
    await db.products.update(key!, { description: blurb, sources: { ...stored!.sources, ...meta } })
    await recordPageResult(db, 7, productMessage({ url, sku: "E-1", description: null }), T0 + DAY)
    expect((await db.products.get(key!))?.description).toBeNull()
    // A later read that finds only the template keeps the copy stored before.
    const copy0 = "Brass body, ceramic cartridge; fits 1/2 inch pipes."
    await recordPageResult(db, 9, productMessage({ url, sku: "E-2", description: copy0, sources: { description: { source: "json-ld", confidence: 0.95 } } }), T0)
    await recordPageResult(db, 9, productMessage({ url, sku: "E-2", description: blurb, sources: meta }), T0 + DAY)
    expect(await db.products.get("ebay.co.uk|sku:E-2")).toMatchObject({ description: copy0, sources: { description: { source: "json-ld" } } })
    // Copy is kept, and carried over as before.
    const copy = "A gooseneck spout for a slow, even pour; keeps water at temperature for an hour."
    await recordPageResult(db, 8, productMessage({ sku: "C-1", description: copy, sources: meta }), T0)
    await recordPageResult(db, 8, productMessage({ sku: "C-1", description: null }), T0 + DAY)
    expect((await db.products.get("shop.example|sku:C-1"))?.description).toBe(copy)
  })

  it("stores no brand where the seller wrote that there is none", async () => {
    const db = freshDb()
    for (const [tab, brand] of [[1, "Unbranded"], [2, "Does not apply"], [3, "Generic"], [4, "Sin marca"], [5, "N/A"]] as const) {
      const { productKey: key } = await recordPageResult(db, tab, productMessage({ sku: `U-${tab}`, brand }), T0)
      expect((await db.products.get(key!))?.brand, brand).toBeNull()
    }
    // A brand that merely contains such a word is a brand.
    const { productKey: key } = await recordPageResult(db, 9, productMessage({ sku: "G-1", brand: "Generic Electric Co" }), T0)
    expect((await db.products.get(key!))?.brand).toBe("Generic Electric Co")
  })

  it("re-visiting an unchanged product updates it without a new observation", async () => {
    const db = freshDb()
    await recordPageResult(db, 7, productMessage(), T0)
    const again = await recordPageResult(db, 8, productMessage({ reviewCount: 121 }), T0 + DAY)
    expect(again.observationAdded).toBe(false)
    expect(await db.observations.count()).toBe(1)
    expect(await db.products.get(again.productKey!)).toMatchObject({ reviewCount: 121, firstSeenAt: T0, lastSeenAt: T0 + DAY })
  })

  it("appends an observation when the price or stock changes, and the summary follows", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage({ price: "49" }), T0)
    await recordPageResult(db, 1, productMessage({ price: "39.5" }), T0 + DAY)
    await recordPageResult(db, 1, productMessage({ price: "39.5", availability: "OutOfStock" }), T0 + 2 * DAY)
    await recordPageResult(db, 1, productMessage({ price: "54" }), T0 + 3 * DAY)
    const history = await observationsOf(db, "shop.example|sku:GK-1")
    expect(history.map((o) => [o.price, o.availability])).toEqual([
      ["49", "InStock"],
      ["39.5", "InStock"],
      ["39.5", "OutOfStock"],
      ["54", "InStock"]
    ])
    expect(summarizePrices(history, "GBP")).toEqual({
      lowest: { price: "39.5", at: T0 + DAY },
      highest: { price: "54", at: T0 + 3 * DAY },
      count: 4,
      since: T0
    })
  })

  it("records a 'from' price as such, apart from a fixed price of the same amount", async () => {
    const db = freshDb()
    const from = { name: { source: "json-ld" as const, confidence: 0.95 }, price: { source: "from-price" as const, confidence: 0.95 } }
    await recordPageResult(db, 1, productMessage({ price: "24", sources: from }), T0)
    await recordPageResult(db, 1, productMessage({ price: "22", sources: from }), T0 + DAY)
    // The shopper picks an option that costs the same as the lowest: a fixed price now, news too.
    const fixed = await recordPageResult(db, 1, productMessage({ price: "22" }), T0 + 2 * DAY)
    expect(fixed.observationAdded).toBe(true)
    const history = await observationsOf(db, "shop.example|sku:GK-1")
    expect(history.map((o) => [o.price, o.from ?? false])).toEqual([
      ["24", true],
      ["22", true],
      ["22", false]
    ])
    expect(summarizePrices(history, "GBP", false, true)).toEqual({ lowest: { price: "22", at: T0 + DAY }, highest: { price: "24", at: T0 }, count: 2, since: T0 })
    expect(summarizePrices(history, "GBP")).toEqual({ lowest: { price: "22", at: T0 + 2 * DAY }, highest: { price: "22", at: T0 + 2 * DAY }, count: 1, since: T0 + 2 * DAY })
  })

  it("records an auction's rising bids as bids, apart from asking prices", async () => {
    const db = freshDb()
    const bid = { name: { source: "json-ld" as const, confidence: 0.95 }, price: { source: "bid" as const, confidence: 0.5 } }
    // Before anyone bids, the price is the opening bid: a bid too.
    const opening = { ...bid, price: { source: "opening-bid" as const, confidence: 0.9 } }
    await recordPageResult(db, 1, productMessage({ price: "90", sources: opening }), T0)
    await recordPageResult(db, 1, productMessage({ price: "400", sources: bid }), T0 + DAY)
    // The lot is relisted at a fixed price equal to the last bid: that is a change too.
    const relisted = await recordPageResult(db, 1, productMessage({ price: "400" }), T0 + 2 * DAY)
    expect(relisted.observationAdded).toBe(true)
    const history = await observationsOf(db, "shop.example|sku:GK-1")
    expect(history.map((o) => [o.price, o.bid ?? false])).toEqual([
      ["90", true],
      ["400", true],
      ["400", false]
    ])
    expect(summarizePrices(history, "GBP", true)).toEqual({
      lowest: { price: "90", at: T0 },
      highest: { price: "400", at: T0 + DAY },
      count: 2,
      since: T0
    })
    // The relisted page's price is not a bid: its history is the asking prices; while only bids
    // were seen (an auction that ended shows none), it is the bids.
    expect(showsBids(history, "GBP", false)).toBe(false)
    expect(showsBids(history.slice(0, 2), "GBP", false)).toBe(true)
    expect(showsBids(history, "GBP", true)).toBe(true)
    expect(summarizePrices(history, "GBP")).toEqual({
      lowest: { price: "400", at: T0 + 2 * DAY },
      highest: { price: "400", at: T0 + 2 * DAY },
      count: 1,
      since: T0 + 2 * DAY
    })
  })

  it("keeps known details when a later read is partial, but never an old price", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage(), T0)
    const partial = productMessage({ rating: null, reviewCount: null, image: null, price: null, availability: "OutOfStock" })
    await recordPageResult(db, 1, partial, T0 + DAY)
    const stored = await db.products.get("shop.example|sku:GK-1")
    expect(stored).toMatchObject({ rating: 4.5, reviewCount: 120, image: "https://shop.example/img/kettle.jpg", price: null })
  })

  it("keeps why the page was read only in part with the tab, and a later full read clears it", async () => {
    const db = freshDb()
    const partial = productMessage()
    if (partial.result.kind === "product") partial.result.warnings = ["JSON-LD block 2 skipped: not valid JSON", "Left out: images[3] must be http(s)"]
    await recordPageResult(db, 7, partial, T0)
    expect((await db.tabs.get(7))?.warnings).toEqual(["JSON-LD block 2 skipped: not valid JSON", "Left out: images[3] must be http(s)"])
    await recordPageResult(db, 7, productMessage(), T0 + DAY)
    expect((await db.tabs.get(7))?.warnings).toEqual([])
    const broken = notProductMessage()
    if (broken.result.kind === "not-product") broken.result.warnings = ["JSON-LD block 1 skipped: not valid JSON"]
    await recordPageResult(db, 8, broken, T0)
    expect((await db.tabs.get(8))?.warnings).toEqual(["JSON-LD block 1 skipped: not valid JSON"])
  })

  it("records a non-product page with its reason and no product", async () => {
    const db = freshDb()
    // As the background records it: validated, the content script's reason code worded.
    const checked = validatePageResult(notProductMessage())
    if (!checked.ok) throw new Error(checked.error)
    await recordPageResult(db, 3, checked.value, T0)
    expect(await db.tabs.get(3)).toMatchObject({ status: "not-product", productKey: null, reason: expect.stringMatching(/^No product found on this page: /) })
    expect(await db.products.count()).toBe(0)
  })

  it("a tab that navigates or closes stops showing its old product", async () => {
    const db = freshDb()
    await recordPageResult(db, 3, productMessage(), T0)
    await markTabLoading(db, 3, T0 + 1)
    expect(await db.tabs.get(3)).toMatchObject({ status: "loading", productKey: null })
    await forgetTab(db, 3)
    expect(await db.tabs.get(3)).toBeUndefined()
    expect(await db.products.count()).toBe(1)
  })
})

function review(id: string, author: string, body = "Pours well."): Review {
  return { id, author, rating: 4, title: null, body, date: "2026-10-01", verified: true, helpfulVotes: null, language: "en", source: "json-ld" }
}

describe("reviews", () => {
  it("are stored in their own table, once each, remembering when they were first read", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage({ reviews: [review("r1", "Ana"), review("r2", "Bo")] }), T0)
    await recordPageResult(db, 1, productMessage({ reviews: [review("r2", "Bo", "Pours well. Edit: lid rattles."), review("r3", "Cy")] }), T0 + DAY)
    const stored = await reviewsOf(db, "shop.example|sku:GK-1")
    expect(stored.map((r) => [r.id, r.firstSeenAt, r.body])).toEqual([
      ["r1", T0, "Pours well."],
      ["r2", T0, "Pours well. Edit: lid rattles."],
      ["r3", T0 + DAY, "Pours well."]
    ])
    expect((await db.products.get("shop.example|sku:GK-1"))?.reviews).toEqual([])
  })

  it("keep a review once when its widget, rendered late, shows what the JSON-LD gave without an id", async () => {
    const db = freshDb()
    // At document idle only the JSON-LD's copy (a hashed id); the review app's widget, with the
    // shop's ids and the buyer badge, comes a moment later.
    const jsonLd = { ...review("h0c1d2e3f", "Ana"), verified: null }
    await recordPageResult(db, 1, productMessage({ reviews: [jsonLd, review("h11111111", "Bo")] }), T0)
    await recordPageResult(db, 1, productMessage({ reviews: [{ ...review("7731", "Ana"), source: "judgeme" }] }), T0 + 5)
    const stored = await reviewsOf(db, "shop.example|sku:GK-1")
    expect(stored.map((r) => [r.id, r.author, r.verified, r.source, r.firstSeenAt]).sort()).toEqual([
      ["7731", "Ana", true, "judgeme", T0],
      ["h11111111", "Bo", true, "json-ld", T0]
    ])
    // Read again, the JSON-LD's copy joins the stored review instead of coming back.
    await recordPageResult(db, 1, productMessage({ reviews: [jsonLd] }), T0 + DAY)
    expect((await reviewsOf(db, "shop.example|sku:GK-1")).map((r) => r.id).sort()).toEqual(["7731", "h11111111"])
  })

  it("are stored with the language of their words where the page declared none", async () => {
    const db = freshDb()
    const undeclared = (id: string, author: string, body: string): Review => ({ ...review(id, author, body), language: null })
    const french = { ...undeclared("r1", "Léa", "Bouilloire très rapide et silencieuse, je la recommande sans hésiter."), title: "Parfait" }
    const polish = undeclared("r2", "Ola", "Czajnik jest bardzo cichy i szybko gotuje wodę, polecam.")
    const declared = { ...review("r3", "Bo", "Pours well and the lid stays shut."), language: "en-GB" }
    await recordPageResult(db, 1, productMessage({ reviews: [french, polish, declared, undeclared("r4", "Cy", "OK")] }), T0)
    const stored = await reviewsOf(db, "shop.example|sku:GK-1")
    expect(stored.map((r) => [r.id, r.language])).toEqual([
      ["r1", "fr"],
      ["r2", "pl"],
      ["r3", "en-GB"],
      ["r4", null]
    ])
  })
})

describe("product identity", () => {
  it("is scoped to the shop and prefers SKU, then GTIN, then the canonical path", () => {
    expect(productKey(snapshot({ url: "https://www.shop.example/p/1", sku: "A" }))).toBe("shop.example|sku:A")
    expect(productKey(snapshot({ sku: null, gtin: "4006381333931" }))).toBe("shop.example|gtin:4006381333931")
    expect(productKey(snapshot({ sku: null, canonicalUrl: "https://shop.example/p/kettle/?ref=1" }))).toBe("shop.example|url:/p/kettle?ref=1")
  })
})

describe("price summary", () => {
  it("compares only prices in the current currency and keeps the earliest date on ties", () => {
    const obs = [
      { productKey: "k", observedAt: 3, price: "10", currency: "EUR", availability: null, url: "u" },
      { productKey: "k", observedAt: 1, price: "10", currency: "EUR", availability: null, url: "u" },
      { productKey: "k", observedAt: 2, price: "1", currency: "USD", availability: null, url: "u" },
      { productKey: "k", observedAt: 4, price: null, currency: "EUR", availability: "OutOfStock" as const, url: "u" }
    ]
    expect(summarizePrices(obs, "EUR")).toEqual({ lowest: { price: "10", at: 1 }, highest: { price: "10", at: 1 }, count: 2, since: 1 })
    expect(summarizePrices(obs, "GBP")).toBeNull()
  })
})

describe("the shopper's data", () => {
  it("exports everything stored and deletes all of it", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage({ reviews: [review("r1", "Ana")] }), T0)
    await recordPageResult(db, 1, productMessage({ price: "45" }), T0 + DAY)
    const data = await exportAll(db, T0 + 2 * DAY)
    expect(data).toMatchObject({ format: "cartwise-export", formatVersion: 1, schemaVersion: 8, exportedAt: "2026-11-03T00:00:00.000Z" })
    expect(data.reviews.map((r) => r.author)).toEqual(["Ana"])
    expect(data.products).toHaveLength(1)
    expect(data.observations.map((o) => o.price)).toEqual(["49", "45"])
    await refreshReviewAnalysis(db, data.products[0]!.key, T0 + 2 * DAY)
    expect((await exportAll(db, T0)).analyses.map((a) => a.kind)).toEqual(["reviews"])
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
    await deleteAll(db, T0)
    expect([await db.products.count(), await db.observations.count(), await db.reviews.count(), await db.analyses.count(), await db.settings.count()]).toEqual([0, 0, 0, 0, 0])
    // The open tab keeps a marker and nothing of the page: not even its address.
    expect(await db.tabs.toArray()).toEqual([{ tabId: 1, status: "erased", url: null, productKey: null, reason: null, updatedAt: T0 }])
  })

  it("does not store an open page again after everything was deleted, until a new page loads in its tab", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage(), T0)
    await recordPageResult(db, 2, notProductMessage(), T0)
    await deleteAll(db, T0 + 1)
    // The content script still runs in those pages: a late review or a re-read reports again.
    expect(await recordPageResult(db, 1, productMessage({ reviews: [review("r2", "Bo")] }), T0 + 2)).toEqual({ productKey: null, observationAdded: false })
    await recordPageResult(db, 2, notProductMessage(), T0 + 2)
    expect([await db.products.count(), await db.observations.count(), await db.reviews.count()]).toEqual([0, 0, 0])
    expect((await db.tabs.bulkGet([1, 2])).map((t) => t?.status)).toEqual(["erased", "erased"])
    // A tab that was not open then is read as usual; so is the erased tab once a page loads in it.
    expect((await recordPageResult(db, 3, productMessage(), T0 + 3)).productKey).toBe("shop.example|sku:GK-1")
    await markTabLoading(db, 1, T0 + 4)
    expect(await recordPageResult(db, 1, productMessage({ price: "45" }), T0 + 5)).toEqual({ productKey: "shop.example|sku:GK-1", observationAdded: true })
  })

  it("tells the erased page from the next one by Chrome's document id, not by 'loading'", async () => {
    const db = freshDb()
    await recordPageResult(db, 1, productMessage(), T0, "doc-A")
    await deleteAll(db, T0 + 1)
    expect(await db.tabs.get(1)).toEqual({ tabId: 1, status: "erased", url: null, productKey: null, reason: null, updatedAt: T0 + 1, documentId: "doc-A" })
    // The shop changes its address in place (a variant picker's pushState): Chrome says "loading",
    // the same document reads itself again. Still erased.
    await markTabLoading(db, 1, T0 + 2)
    await recordPageResult(db, 1, productMessage({ url: "https://shop.example/p/kettle?variant=2" }), T0 + 3, "doc-A")
    expect([await db.products.count(), (await db.tabs.get(1))?.status]).toEqual([0, "erased"])
    // A reload is another document: read and stored as usual.
    expect((await recordPageResult(db, 1, productMessage(), T0 + 4, "doc-B")).productKey).toBe("shop.example|sku:GK-1")
    expect(await db.tabs.get(1)).toMatchObject({ status: "product", documentId: "doc-B" })
  })

  it("keeps the page erased in the sequences a review found (in-place address changes around the erase)", async () => {
    const stored = async (db: ReturnType<typeof freshDb>) => db.products.count()
    // Erased while the page was still loading (no report yet, so no id): the page's first report
    // names it, and its later in-place changes are still that page.
    let db = freshDb()
    await markTabLoading(db, 1, T0)
    await deleteAll(db, T0 + 1)
    await recordPageResult(db, 1, productMessage(), T0 + 2, "doc-A")
    await markTabLoading(db, 1, T0 + 3)
    await recordPageResult(db, 1, productMessage(), T0 + 4, "doc-A")
    expect(await stored(db)).toBe(0)
    // An in-place change before the erase: the "loading" row keeps the page's id.
    db = freshDb()
    await recordPageResult(db, 1, productMessage(), T0, "doc-A")
    await markTabLoading(db, 1, T0 + 1)
    await deleteAll(db, T0 + 2)
    await markTabLoading(db, 1, T0 + 3)
    await recordPageResult(db, 1, productMessage(), T0 + 4, "doc-A")
    expect(await stored(db)).toBe(0)
    // A report without an id does not lift a marker with one.
    await recordPageResult(db, 1, productMessage(), T0 + 5)
    expect(await stored(db)).toBe(0)
    await recordPageResult(db, 1, productMessage(), T0 + 6, "doc-B")
    expect(await stored(db)).toBe(1)
  })
})
