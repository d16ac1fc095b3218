// The shopper's data is theirs: everything Cartwise stored, as one JSON document, and a way to
// erase it all. Tab state is transient and not exported.

import type { CartwiseDb, PriceObservation, Setting, StoredAnalysis, StoredProduct, StoredReview } from "./schema"

export interface CartwiseExport {
  format: "cartwise-export"
  formatVersion: 1
  schemaVersion: number
  exportedAt: string
  products: StoredProduct[]
  observations: PriceObservation[]
  reviews: StoredReview[]
  settings: Setting[]
  /** Insights, trust reports and AI summaries (derived, but the shopper's all the same). */
  analyses: StoredAnalysis[]
}

export async function exportAll(db: CartwiseDb, now: number): Promise<CartwiseExport> {
  return db.transaction("r", [db.products, db.observations, db.reviews, db.settings, db.analyses], async () => ({
    format: "cartwise-export" as const,
    formatVersion: 1 as const,
    schemaVersion: db.verno,
    exportedAt: new Date(now).toISOString(),
    products: await db.products.toArray(),
    observations: await db.observations.toArray(),
    reviews: await db.reviews.toArray(),
    settings: await db.settings.toArray(),
    analyses: await db.analyses.toArray()
  }))
}

/**
 * Erases everything stored. The tabs open now keep only a marker, with no address: their pages'
 * content scripts are still running and would otherwise store their product again within seconds
 * (a late review, a shop's in-page address change, the popup asking for a fresh read). The marker
 * names the document that was open (Chrome's opaque id), and only another document's report
 * lifts it: a reload or a new page, not that page changing its address in place.
 */
export async function deleteAll(db: CartwiseDb, now: number): Promise<void> {
  await db.transaction("rw", [db.products, db.observations, db.tabs, db.reviews, db.settings, db.analyses], async () => {
    const open = await db.tabs.toArray()
    await Promise.all([db.products.clear(), db.observations.clear(), db.tabs.clear(), db.reviews.clear(), db.settings.clear(), db.analyses.clear()])
    await db.tabs.bulkPut(
      open.map(({ tabId, documentId }) => ({ tabId, status: "erased" as const, url: null, productKey: null, reason: null, updatedAt: now, ...(documentId ? { documentId } : {}) }))
    )
  })
}
