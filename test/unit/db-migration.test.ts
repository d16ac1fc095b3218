// Data saved by an older release must open in this one. Each test writes rows exactly as the old
// schema stored them (its own Dexie declaration, copied here and never changed), then opens the
// current CartwiseDb on the same IndexedDB.
import Dexie from "dexie"
import { IDBFactory, IDBKeyRange } from "fake-indexeddb"
import { describe, expect, it } from "vitest"

import { refreshReviewAnalysis } from "~src/db/analyses"
import { recordPageResult, reviewsOf } from "~src/db/record"
import { CartwiseDb } from "~src/db/schema"
import type { ReviewAnalysis } from "~src/insights/analyse"

import { productMessage } from "../helpers/messages"

const V1_STORES = {
  products: "&key, host, lastSeenAt",
  observations: "++id, productKey, [productKey+observedAt]",
  tabs: "&tabId, productKey"
}

// The stores each released version added, in order: an old release's database is these up to its
// version (declarations copied from the releases, never changed).
const RELEASED_STORES: Record<string, string>[] = [
  V1_STORES,
  { reviews: "&[productKey+id], productKey, date" },
  { settings: "&key" },
  { analyses: "&[productKey+kind], productKey" },
  {},
  {},
  {}
]

/** The database as release `version` declared it. */
function releasedDb(name: string, indexedDB: IDBFactory, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange })
  RELEASED_STORES.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores))
  return db
}

// A product row as version 1 wrote it: no list price, currency text, seller or lists.
const V1_PRODUCT = {
  key: "shop.example|sku:GK-1",
  host: "shop.example",
  url: "https://shop.example/p/kettle",
  name: "Gooseneck Kettle",
  brand: "Brewco",
  description: null,
  price: "49",
  currency: "GBP",
  availability: "InStock",
  rating: 4.5,
  reviewCount: 120,
  image: "https://shop.example/img/kettle.jpg",
  sku: "GK-1",
  gtin: null,
  mpn: null,
  canonicalUrl: null,
  sources: { price: { source: "json-ld", confidence: 0.95 } },
  firstSeenAt: 1000,
  lastSeenAt: 2000
}

describe("upgrading stored data", () => {
  it("opens version 1 data in the current version: rows kept, new fields empty, new tables ready", async () => {
    const indexedDB = new IDBFactory()
    const v1 = releasedDb("cartwise-migration", indexedDB, 1)
    await v1.table("products").add(V1_PRODUCT)
    await v1.table("observations").add({ productKey: V1_PRODUCT.key, observedAt: 1000, price: "49", currency: "GBP", availability: "InStock", url: V1_PRODUCT.url })
    v1.close()

    const db = new CartwiseDb("cartwise-migration", { indexedDB, IDBKeyRange })
    const product = await db.products.get(V1_PRODUCT.key)
    expect(db.verno).toBe(8)
    expect(product).toEqual({
      ...V1_PRODUCT,
      listPrice: null,
      currencyText: null,
      seller: null,
      images: ["https://shop.example/img/kettle.jpg"],
      breadcrumbs: [],
      specs: [],
      variants: [],
      reviews: []
    })
    expect(await db.observations.count()).toBe(1)
    expect(await db.reviews.count()).toBe(0)
    expect(await db.settings.count()).toBe(0)

    // And the upgraded product goes on recording as usual.
    await recordPageResult(db, 1, productMessage({ price: "45", reviews: [{ id: "r1", author: "Ana", rating: 5, title: null, body: "Great", date: null, verified: null, helpfulVotes: null, language: null, source: "json-ld" }] }), 3000)
    expect(await db.observations.count()).toBe(2)
    expect((await reviewsOf(db, V1_PRODUCT.key)).map((r) => r.id)).toEqual(["r1"])
    expect((await db.products.get(V1_PRODUCT.key))?.firstSeenAt).toBe(1000)
  })
})

describe("upgrading version 3 data to the current version", () => {
  it("keeps products, reviews and settings, and adds an empty analyses table that fills on the next visit", async () => {
    const indexedDB = new IDBFactory()
    const v3 = releasedDb("cartwise-v3", indexedDB, 3)
    const product = { ...V1_PRODUCT, listPrice: null, currencyText: null, seller: null, images: [], breadcrumbs: [], specs: [], variants: [], reviews: [] }
    await v3.table("products").add(product)
    await v3.table("reviews").add({ productKey: V1_PRODUCT.key, id: "r0", author: null, rating: 4, title: null, body: "Pours well", date: null, verified: null, helpfulVotes: null, language: null, source: "json-ld", firstSeenAt: 1500 })
    await v3.table("settings").add({ key: "reviewPages:shop.example", value: true })
    v3.close()

    const db = new CartwiseDb("cartwise-v3", { indexedDB, IDBKeyRange })
    expect(db.verno).toBe(8)
    expect(await db.products.get(V1_PRODUCT.key)).toEqual(product)
    expect((await reviewsOf(db, V1_PRODUCT.key)).map((r) => r.body)).toEqual(["Pours well"])
    expect(await db.settings.get("reviewPages:shop.example")).toEqual({ key: "reviewPages:shop.example", value: true })
    expect(await db.analyses.count()).toBe(0)
    await refreshReviewAnalysis(db, V1_PRODUCT.key, 4000)
    const analysis = await db.analyses.get([V1_PRODUCT.key, "reviews"])
    expect(analysis?.reviewHash).toMatch(/^1-/)
    expect((analysis?.value as ReviewAnalysis).insights.reviews).toBe(1)
  })
})

describe("upgrading version 4 data to version 5", () => {
  it("marks an auction's stored prices as bids, and no other product's", async () => {
    const indexedDB = new IDBFactory()
    const v4 = releasedDb("cartwise-v4", indexedDB, 4)
    const lists = { listPrice: null, currencyText: null, seller: null, images: [], breadcrumbs: [], specs: [], variants: [], reviews: [] }
    const lot = { ...V1_PRODUCT, ...lists, key: "lots.example|sku:94037710", host: "lots.example", sources: { price: { source: "bid", confidence: 0.5 } } }
    await v4.table("products").bulkAdd([{ ...V1_PRODUCT, ...lists }, lot])
    const row = (productKey: string, observedAt: number, price: string | null) => ({ productKey, observedAt, price, currency: "USD", availability: "InStock", url: "u" })
    await v4.table("observations").bulkAdd([row(lot.key, 1000, "90"), row(lot.key, 2000, "400"), row(lot.key, 3000, null), row(V1_PRODUCT.key, 1000, "49")])
    v4.close()

    const db = new CartwiseDb("cartwise-v4", { indexedDB, IDBKeyRange })
    expect(db.verno).toBe(8)
    const observations = await db.observations.orderBy("id").toArray()
    expect(observations.map((o) => [o.productKey, o.price, o.bid ?? false])).toEqual([
      [lot.key, "90", true],
      [lot.key, "400", true],
      [lot.key, null, false],
      [V1_PRODUCT.key, "49", false]
    ])
  })
})

describe("upgrading version 5 data to version 6", () => {
  it("marks the stored prices of a product read as a 'from' price, and no bid or other product's", async () => {
    const indexedDB = new IDBFactory()
    const v5 = releasedDb("cartwise-v5", indexedDB, 5)
    const lists = { listPrice: null, currencyText: null, seller: null, images: [], breadcrumbs: [], specs: [], variants: [], reviews: [] }
    const range = { ...V1_PRODUCT, ...lists, key: "1k.example|sku:TR-1047", host: "1k.example", sources: { price: { source: "from-price", confidence: 0.95 } } }
    await v5.table("products").bulkAdd([{ ...V1_PRODUCT, ...lists }, range])
    const row = (productKey: string, observedAt: number, price: string | null) => ({ productKey, observedAt, price, currency: "BYN", availability: "InStock", url: "u" })
    await v5.table("observations").bulkAdd([row(range.key, 1000, "352"), row(range.key, 2000, "340"), row(range.key, 3000, null), row(V1_PRODUCT.key, 1000, "49")])
    v5.close()

    const db = new CartwiseDb("cartwise-v5", { indexedDB, IDBKeyRange })
    expect(db.verno).toBe(8)
    const observations = await db.observations.orderBy("id").toArray()
    expect(observations.map((o) => [o.productKey, o.price, o.from ?? false])).toEqual([
      [range.key, "352", true],
      [range.key, "340", true],
      [range.key, null, false],
      [V1_PRODUCT.key, "49", false]
    ])
  })
})

describe("upgrading version 6 data to version 7", () => {
  it("keeps a review stored twice (JSON-LD's hashed copy, the widget's with the shop's id) once, and every other review", async () => {
    const indexedDB = new IDBFactory()
    const v6 = releasedDb("cartwise-v6", indexedDB, 6)
    const review = { author: "Priya", rating: 5, title: null, body: "Boils fast, pours without a drip.", date: "2024-03-14", verified: null, helpfulVotes: null, language: null }
    const key = V1_PRODUCT.key
    await v6.table("reviews").bulkAdd([
      { ...review, productKey: key, id: "h1a2b3c4d", source: "json-ld", firstSeenAt: 1000 },
      { ...review, productKey: key, id: "88231", source: "judgeme", title: "Great kettle", verified: true, firstSeenAt: 2000 },
      // Another shopper's identical words, under their own name: two reviews, as the trust report needs them.
      { ...review, productKey: key, id: "h99887766", author: "Sam", source: "json-ld", firstSeenAt: 1000 },
      // The same words on another product are that product's review.
      { ...review, productKey: "other.example|sku:K2", id: "h1a2b3c4d", source: "json-ld", firstSeenAt: 1000 }
    ])
    v6.close()

    const db = new CartwiseDb("cartwise-v6", { indexedDB, IDBKeyRange })
    expect(db.verno).toBe(8)
    expect((await reviewsOf(db, key)).map((r) => [r.id, r.author, r.title, r.verified, r.source, r.firstSeenAt]).sort()).toEqual([
      ["88231", "Priya", "Great kettle", true, "judgeme", 1000],
      ["h99887766", "Sam", null, null, "json-ld", 1000]
    ])
    expect(await reviewsOf(db, "other.example|sku:K2")).toHaveLength(1)
  })
})

describe("upgrading version 7 data to version 8", () => {
  it("gives each stored review the language of its words where the page declared none, and keeps a declared one", async () => {
    const indexedDB = new IDBFactory()
    const v7 = releasedDb("cartwise-v7", indexedDB, 7)
    const key = V1_PRODUCT.key
    const row = (id: string, title: string | null, body: string, language: string | null) => ({
      productKey: key, id, author: null, rating: 4, title, body, date: null, verified: null, helpfulVotes: null, language, source: "json-ld", firstSeenAt: 1000
    })
    await v7.table("reviews").bulkAdd([
      row("h1", "Sehr gut", "Der Wasserkocher ist schnell und leise, und der Deckel schließt gut.", null),
      row("h2", null, "Il bollitore è molto silenzioso e scalda l'acqua in pochi minuti, lo consiglio.", null),
      row("h3", "とても良い", "お湯がすぐに沸きます。", null),
      // Trustpilot and Judge.me say each review's language: theirs stands.
      row("h4", null, "Boils fast and pours without a drip.", "en-GB"),
      // Too short to tell: no guess.
      row("h5", null, "OK", null)
    ])
    v7.close()

    const db = new CartwiseDb("cartwise-v7", { indexedDB, IDBKeyRange })
    expect(db.verno).toBe(8)
    expect((await reviewsOf(db, key)).map((r) => [r.id, r.language])).toEqual([
      ["h1", "de"],
      ["h2", "it"],
      ["h3", "ja"],
      ["h4", "en-GB"],
      ["h5", null]
    ])
  })
})
