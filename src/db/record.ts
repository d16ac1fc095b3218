// Writes what a tab's content script reported. One transaction per report, so the popup (which
// watches these tables live) never sees a product without its observation or a half-updated tab.

import type { FrameReviewsMessage, PageResultMessage, ReviewDatesMessage, ReviewProgressMessage, ReviewsMessage, SellerDescriptionMessage } from "../messages/contract"
import { describedItem } from "../sites/ebay-description"
import { trustBoxSkus } from "../sites/widgets/trustpilot"
import { isBid, priceSource, type ProductFields, type ProductSnapshot, type Review } from "../product"
import { productKey, shopHost } from "./product-key"
import { withoutPrice } from "./name-price"
import { realBrand } from "./no-brand"
import { datesFilled, reviewRows } from "./review-rows"
import { withLanguages } from "./review-language"
import { withoutListingBlurb } from "./listing-blurb"
import { dropShopWideDescription } from "./shop-blurb"
import { brandWithoutShopName, withoutShopName } from "./shop-title"
import type { CartwiseDb, PriceObservation, SellerDescription, StoredProduct, StoredReview, TabState } from "./schema"

// Fields a later, partial read must not erase (a lazy widget that had not rendered yet, say).
// Price, currency and availability are never carried over: a missing price is news.
const STICKY: (keyof ProductFields)[] = ["name", "brand", "description", "image", "rating", "reviewCount", "gtin", "mpn", "canonicalUrl"]

export interface RecordOutcome {
  productKey: string | null
  observationAdded: boolean
}

/** `documentId`: Chrome's id of the reporting document, where the browser gives one. */
export async function recordPageResult(
  db: CartwiseDb,
  tabId: number,
  message: PageResultMessage,
  now: number,
  documentId?: string
): Promise<RecordOutcome> {
  const { result } = message
  return db.transaction("rw", [db.products, db.observations, db.tabs, db.reviews], async () => {
    // The shopper erased everything while this page was open: nothing from it, only from another
    // document. A marker made before the page had reported takes the first reporter's id (that
    // page was loading when the shopper erased); a report without an id lifts no marker with one.
    const tab = await db.tabs.get(tabId)
    if (tab?.status === "erased" && (tab.documentId === undefined || documentId === undefined || tab.documentId === documentId)) {
      if (tab.documentId === undefined && documentId !== undefined) await db.tabs.put({ ...tab, documentId })
      return { productKey: null, observationAdded: false }
    }
    // A seller's description that came first stays with the tab for this page's later reads, if it
    // is the shown item's, on the eBay site its frame sat in; any other is dropped.
    const origin = new URL(message.url).origin
    const sku = result.kind === "product" ? result.product.sku : null
    const seller = tab?.sellerDescriptions?.find((d) => d.item === sku && d.page === origin)
    const ids = { ...(documentId ? { documentId } : {}), ...(seller ? { sellerDescriptions: [seller] } : {}) }
    if (result.kind === "not-product") {
      await db.tabs.put({ tabId, status: "not-product", url: message.url, productKey: null, reason: result.reason, warnings: result.warnings, updatedAt: now, ...ids })
      return { productKey: null, observationAdded: false }
    }
    return recordProduct(db, { tabId, url: message.url, warnings: result.warnings, ...ids }, result.product, now)
  })
}

type TabReport = Pick<TabState, "tabId" | "url" | "warnings" | "documentId" | "sellerDescriptions">

async function recordProduct(db: CartwiseDb, report: TabReport, snapshot: ProductSnapshot, now: number): Promise<RecordOutcome> {
  const key = productKey(snapshot)
  const existing = await db.products.get(key)
  const stored: StoredProduct = {
    ...snapshot,
    name: withoutPrice(withoutShopName(snapshot.name, snapshot.sources.name?.source, snapshot.url), snapshot.price),
    brand: realBrand(brandWithoutShopName(snapshot.brand, snapshot.url)),
    reviews: [],
    key,
    host: shopHost(snapshot.url),
    firstSeenAt: existing?.firstSeenAt ?? now,
    lastSeenAt: now
  }
  // A template read now is no description, so known copy is carried over in its place; and after
  // the carry-over, so a template stored before this rule goes too.
  dropListingBlurb(stored)
  if (existing) {
    for (const field of STICKY) {
      if (stored[field] === null && existing[field] !== null) {
        ;(stored as unknown as Record<string, unknown>)[field] = existing[field]
        if (existing.sources[field]) stored.sources = { ...stored.sources, [field]: existing.sources[field] }
      }
    }
    dropListingBlurb(stored)
  }
  await dropShopWideDescription(db, stored, existing)
  // The seller's words: from this page's frame, else as stored from an earlier visit (the page
  // itself never has them, and the template rules above would drop a short one).
  const seller = report.sellerDescriptions?.[0]
  if (seller) withSellerDescription(stored, seller.item, seller.text)
  else if (existing?.sellerItem === stored.sku && existing.description) withSellerDescription(stored, existing.sellerItem, existing.description)
  await db.products.put(stored)
  await storeReviews(db, key, snapshot.reviews, now)
  const last = await latestObservation(db, key)
  // A bid and an asking price of the same amount are different news (an auction that became a
  // buy-now listing, say), so the kind of price counts as a change too.
  const bid = isBid(priceSource(snapshot))
  // Likewise a "from" price and a fixed one of the same amount.
  const from = priceSource(snapshot) === "from-price"
  const changed =
    !last ||
    last.price !== snapshot.price ||
    last.currency !== snapshot.currency ||
    last.availability !== snapshot.availability ||
    (last.bid ?? false) !== bid ||
    (last.from ?? false) !== from
  const observable = snapshot.price !== null || snapshot.availability !== null
  if (changed && observable) {
    await db.observations.add({
      productKey: key,
      observedAt: now,
      price: snapshot.price,
      currency: snapshot.currency,
      availability: snapshot.availability,
      url: snapshot.url,
      ...(bid ? { bid: true as const } : {}),
      ...(from ? { from: true as const } : {})
    })
  }
  await db.tabs.put({ ...report, status: "product", productKey: key, reason: null, updatedAt: now })
  return { productKey: key, observationAdded: changed && observable }
}

/** New reviews are added and known ones refreshed, keeping when Cartwise first saw them; copies are joined (review-rows.ts). */
async function storeReviews(db: CartwiseDb, key: string, reviews: Review[], now: number): Promise<void> {
  if (reviews.length === 0) return
  const rows = reviewRows(await db.reviews.where("productKey").equals(key).toArray(), withLanguages(reviews), key, now)
  await db.reviews.bulkDelete(rows.remove.map((id): [string, string] => [key, id]))
  await db.reviews.bulkPut(rows.put)
}

export function reviewsOf(db: CartwiseDb, key: string): Promise<StoredReview[]> {
  return db.reviews.where("productKey").equals(key).toArray()
}

export function latestObservation(db: CartwiseDb, key: string): Promise<PriceObservation | undefined> {
  return db.observations.where("[productKey+observedAt]").between([key, -Infinity], [key, Infinity]).last()
}

export function observationsOf(db: CartwiseDb, key: string): Promise<PriceObservation[]> {
  return db.observations.where("[productKey+observedAt]").between([key, -Infinity], [key, Infinity]).toArray()
}

/** The product a tab shows, if the message comes from the page it was read on. */
async function tabProduct(db: CartwiseDb, tabId: number, url: string): Promise<string | null> {
  const tab = await db.tabs.get(tabId)
  if (!tab || tab.status !== "product" || !tab.productKey || !tab.url) return null
  return new URL(tab.url).origin === new URL(url).origin ? tab.productKey : null
}

/** Reviews from further review pages belong to the product the tab shows. */
export async function recordTabReviews(db: CartwiseDb, tabId: number, message: ReviewsMessage, now: number): Promise<string | null> {
  return db.transaction("rw", db.tabs, db.reviews, async () => {
    const key = await tabProduct(db, tabId, message.url)
    if (key) await storeReviews(db, key, message.reviews, now)
    return key
  })
}

/**
 * Dates the review reader read from the page for the reviews the background named
 * (READ_REVIEW_DATES): each fills the date of the stored review of the tab's product with its id
 * (or a joined copy's), only where that review has none. Nothing is added, and no other field
 * changes: a review the page dates that is not this product's (another product's on the page, or
 * the first product's after a single-page shop moved on) changes nothing.
 */
export async function recordReviewDates(db: CartwiseDb, tabId: number, message: ReviewDatesMessage): Promise<string | null> {
  return db.transaction("rw", db.tabs, db.reviews, async () => {
    const key = await tabProduct(db, tabId, message.url)
    if (!key) return null
    const dated = datesFilled(await db.reviews.where("productKey").equals(key).toArray(), message.reviews)
    if (dated.length) await db.reviews.bulkPut(dated)
    return dated.length ? key : null
  })
}

/**
 * Reviews from a Trustpilot product TrustBox belong to the product the tab shows only if the frame
 * sits in that page (the frame sends the page's origin; a frame cannot name the tab's document) and
 * names that product: its sku, GTIN, MPN or a variant's sku among the codes in the frame's address.
 * A TrustBox left behind by a single-page shop that moved on, or one about another product on the
 * page, files nothing; nor does a shop whose TrustBox code is none the page shows. The frame tries
 * again while the tab has no product yet (contents/trustpilot.ts).
 */
export async function recordFrameReviews(db: CartwiseDb, tabId: number, message: FrameReviewsMessage, now: number): Promise<string | null> {
  const named = new Set(trustBoxSkus(message.url).map((code) => code.toLowerCase()))
  return db.transaction("rw", [db.tabs, db.products, db.reviews], async () => {
    const tab = await db.tabs.get(tabId)
    if (!tab || tab.status !== "product" || !tab.productKey || !tab.url || new URL(tab.url).origin !== message.page) return null
    const shown = await db.products.get(tab.productKey)
    const codes = shown ? [shown.sku, shown.gtin, shown.mpn, ...shown.variants.map((v) => v.sku)] : []
    if (!codes.some((code) => code !== null && named.has(code.trim().toLowerCase()))) return null
    await storeReviews(db, tab.productKey, message.reviews, now)
    return tab.productKey
  })
}

export async function recordReviewProgress(db: CartwiseDb, tabId: number, message: ReviewProgressMessage, now: number): Promise<string | null> {
  return db.transaction("rw", db.tabs, async () => {
    const key = await tabProduct(db, tabId, message.url)
    if (key) await db.tabs.update(tabId, { reviewScan: message.progress, updatedAt: now })
    return key
  })
}

/** How many frames' descriptions a tab keeps before its page says which item it shows. */
const PENDING_SELLERS = 4

/**
 * The seller's description from eBay's description frame. The frame and the item page report in
 * either order: until the page says which item it shows, the tab keeps the last few frames' by
 * item; then the shown item's is given to its product and kept for the page's later reads. A
 * frame about another item than the one the tab shows (a second frame, a late one from the
 * previous page) changes nothing.
 */
export async function recordSellerDescription(db: CartwiseDb, tabId: number, message: SellerDescriptionMessage, now: number): Promise<string | null> {
  const item = describedItem(message.url)
  if (!item) return null
  const seller: SellerDescription = { item, text: message.description, page: message.page }
  return db.transaction("rw", db.tabs, db.products, async () => {
    const tab = await db.tabs.get(tabId)
    if (tab?.status === "product") {
      const shown = tab.productKey ? await db.products.get(tab.productKey) : undefined
      // The page's origin was checked to be an eBay shop's, so the same origin is that eBay site.
      if (!shown || shown.sku !== item || new URL(shown.url).origin !== seller.page) return null
      withSellerDescription(shown, item, seller.text)
      await db.products.put(shown)
      await db.tabs.put({ ...tab, sellerDescriptions: [seller], updatedAt: now })
      return shown.key
    }
    // Kept even by a tab the shopper erased: the next page's own frame may report before the page
    // does, and that report lifts the erase; the next page takes only its own item's.
    const pending = [...(tab?.sellerDescriptions ?? []).filter((d) => d.item !== item), seller].slice(-PENDING_SELLERS)
    await db.tabs.put({ ...(tab ?? { tabId, status: "loading", url: null, productKey: null, reason: null }), sellerDescriptions: pending, updatedAt: now })
    return null
  })
}

/** The seller's own words are the item's description (eBay's page carries only its SEO template). */
function withSellerDescription(product: StoredProduct, item: string, text: string): void {
  product.description = text
  product.sources = { ...product.sources, description: { source: "adapter", confidence: 0.9 } }
  product.sellerItem = item
}

/**
 * A tab started loading (a new document, or a page changing its address in place: Chrome says
 * "loading" for both): whatever it showed before no longer applies. An erased tab that knows its
 * document stays erased: only another document's report can tell a reload from an in-place change.
 * Without document ids (browsers before Chrome 106), "loading" is all there is, and lifts it.
 */
export async function markTabLoading(db: CartwiseDb, tabId: number, now: number): Promise<void> {
  await db.transaction("rw", db.tabs, async () => {
    const tab = await db.tabs.get(tabId)
    if (tab?.status === "erased" && tab.documentId !== undefined) {
      // A seller's description that reached the erased tab belongs to the page it leaves.
      if (tab.sellerDescriptions) {
        const { sellerDescriptions: _left, ...rest } = tab
        await db.tabs.put({ ...rest, updatedAt: now })
      }
      return
    }
    // The document's id is kept: an erase while the row says "loading" must still name the page
    // that may be the one changing its address in place.
    const known = tab?.documentId ? { documentId: tab.documentId } : {}
    await db.tabs.put({ tabId, status: "loading", url: null, productKey: null, reason: null, updatedAt: now, ...known })
  })
}

export async function forgetTab(db: CartwiseDb, tabId: number): Promise<void> {
  await db.tabs.delete(tabId)
}

/** The stored product without a description that is only the shop's SEO template (listing-blurb.ts). */
function dropListingBlurb(stored: StoredProduct): void {
  if (withoutListingBlurb(stored.description, stored.sources.description?.source, stored) !== null) return
  const { description: _template, ...sources } = stored.sources
  stored.description = null
  stored.sources = sources
}
