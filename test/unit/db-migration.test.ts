// Data saved by an older release must open in this one. Each test writes rows exactly as the old
// schema stored them (its own Dexie declaration, copied here and never changed), then opens the
// current CartwiseDb on the same IndexedDB.
import Dexie from "dexie"
import { IDBFactory, IDBKeyRange } from "fake-indexeddb"
import { describe, expect, it } from "vitest"

import { recordPageResult, reviewsOf } from "~src/db/record"
import { CartwiseDb } from "~src/db/schema"

import { productMessage } from "../helpers/messages"

const V1_STORES = {
  products: "&key, host, lastSeenAt",
  observations: "++id, productKey, [productKey+observedAt]",
  tabs: "&tabId, productKey"
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
    const v1 = new Dexie("cartwise-migration", { indexedDB, IDBKeyRange })
    v1.version(1).stores(V1_STORES)
    await v1.table("products").add(V1_PRODUCT)
    await v1.table("observations").add({ productKey: V1_PRODUCT.key, observedAt: 1000, price: "49", currency: "GBP", availability: "InStock", url: V1_PRODUCT.url })
    v1.close()

    const db = new CartwiseDb("cartwise-migration", { indexedDB, IDBKeyRange })
    const product = await db.products.get(V1_PRODUCT.key)
    expect(db.verno).toBe(3)
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
