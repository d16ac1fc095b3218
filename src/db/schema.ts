// The stored data, declared once. A released version(n) is never edited: a change adds
// version(n + 1) with an upgrade function and a test that opens data saved by version n.

import Dexie, { type EntityTable } from "dexie"

import type { Availability, ProductSnapshot } from "../product"

export interface StoredProduct extends ProductSnapshot {
  /** Shop-scoped identity, see product-key.ts. */
  key: string
  /** Shop host without "www.". */
  host: string
  firstSeenAt: number
  lastSeenAt: number
}

export interface PriceObservation {
  id?: number
  productKey: string
  observedAt: number
  price: string | null
  currency: string | null
  availability: Availability | null
  url: string
}

export type TabStatus = "loading" | "product" | "not-product"

export interface TabState {
  tabId: number
  status: TabStatus
  url: string | null
  productKey: string | null
  /** Why the page is not a product, in plain words. */
  reason: string | null
  updatedAt: number
}

export const DB_NAME = "cartwise"

export class CartwiseDb extends Dexie {
  products!: EntityTable<StoredProduct, "key">
  observations!: EntityTable<PriceObservation, "id">
  tabs!: EntityTable<TabState, "tabId">

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      products: "&key, host, lastSeenAt",
      observations: "++id, productKey, [productKey+observedAt]",
      tabs: "&tabId, productKey"
    })
  }
}

let shared: CartwiseDb | null = null

/** One connection per extension context (worker, popup), opened lazily. */
export function getDb(): CartwiseDb {
  shared ??= new CartwiseDb()
  return shared
}
