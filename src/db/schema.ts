// The stored data, declared once. A released version(n) is never edited: a change adds
// version(n + 1) with an upgrade function and a test that opens data saved by version n.

import Dexie, { type EntityTable, type Table, type Transaction } from "dexie"

import type { ScanProgress } from "../messages/contract"
import type { Availability, ProductSnapshot, Review } from "../product"
import { reviewRows } from "./review-rows"
import { withLanguage } from "./review-language"

/** A product row. Its reviews live in their own table; `reviews` here is always empty. */
export interface StoredProduct extends ProductSnapshot {
  /** Shop-scoped identity, see product-key.ts. */
  key: string
  /** Shop host without "www.". */
  host: string
  firstSeenAt: number
  lastSeenAt: number
  /** The description is the seller's own, from eBay's description frame, for this item number. */
  sellerItem?: string
  /** The shop's slogan this product's page gave as its description, dropped (see shop-blurb.ts). */
  shopBlurb?: string
}

export interface PriceObservation {
  id?: number
  productKey: string
  observedAt: number
  price: string | null
  currency: string | null
  availability: Availability | null
  url: string
  /** The price was an auction's current bid (version 5; see upgradeBidsToV5 for older rows). */
  bid?: true
  /**
   * The price was the lowest of several, a "from" price (version 6; see upgradeFromPricesToV6):
   * kept apart from fixed prices in the history, as the option chosen may cost more.
   */
  from?: true
}

export interface StoredReview extends Review {
  productKey: string
  /** When Cartwise first read this review. */
  firstSeenAt: number
  // `places` and `aliases` (Review): kept on a row joined from copies (version 7, review-rows.ts). Not indexed.
}

/**
 * "erased": the shopper deleted everything while this tab was open. Its page is not read again
 * (a late re-read would put back what they just erased) until a new page loads in the tab.
 */
export type TabStatus = "loading" | "product" | "not-product" | "erased"

export interface TabState {
  tabId: number
  status: TabStatus
  url: string | null
  productKey: string | null
  /** Why the page is not a product, in plain words. */
  reason: string | null
  updatedAt: number
  /**
   * Why the page was read only in part: the extraction's and the validator's reasons, as technical
   * lines (src/ui/read-notes.ts words them). Absent in rows written before it existed.
   */
  warnings?: string[]
  /**
   * Chrome's id of the document that reported (absent from browsers before Chrome 106): an
   * "erased" tab ignores that document's reports and takes the next document's.
   */
  documentId?: string
  /** The latest "read more reviews" run in this tab, if any. */
  reviewScan?: ScanProgress | null
  /**
   * Sellers' descriptions from eBay's description frames that came before the page said which item
   * it shows (a few, by item), then only the shown item's: kept until the tab's next page, since
   * the frames and the item page report in either order.
   */
  sellerDescriptions?: SellerDescription[]
}

export interface SellerDescription {
  item: string
  text: string
  /** The origin of the eBay page the frame sat in. */
  page: string
}

export interface Setting {
  key: string
  value: boolean | number | string
}

/**
 * Derived results kept so the popup can show them at once: the review analysis (insights and trust
 * report) and the AI summary, each valid for one review set (`reviewHash`), and for summaries one
 * model and prompt version. A stale row is shown while its replacement is computed.
 */
export interface StoredAnalysis {
  productKey: string
  kind: "reviews" | "summary"
  reviewHash: string
  /** The model that wrote a summary; null for the deterministic review analysis. */
  modelId: string | null
  /** The analysis or prompt version the value was made with. */
  version: number
  createdAt: number
  value: unknown
}

export const DB_NAME = "cartwise"

export class CartwiseDb extends Dexie {
  products!: EntityTable<StoredProduct, "key">
  observations!: EntityTable<PriceObservation, "id">
  tabs!: EntityTable<TabState, "tabId">
  reviews!: Table<StoredReview, [string, string]>
  settings!: EntityTable<Setting, "key">
  analyses!: Table<StoredAnalysis, [string, string]>

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      products: "&key, host, lastSeenAt",
      observations: "++id, productKey, [productKey+observedAt]",
      tabs: "&tabId, productKey"
    })
    // 2: reviews get their own table; products gain list price, currency text, seller and lists.
    this.version(2)
      .stores({ reviews: "&[productKey+id], productKey, date" })
      .upgrade((tx) =>
        tx
          .table("products")
          .toCollection()
          .modify((product: Partial<StoredProduct> & Record<string, unknown>) => upgradeProductToV2(product))
      )
    // 3: the shopper's choices, such as which shops may have their review pages read.
    this.version(3).stores({ settings: "&key" })
    // 4: review insights, trust reports and AI summaries, per product.
    this.version(4).stores({ analyses: "&[productKey+kind], productKey" })
    // 5: observations of an auction's bid say so (no new index; the upgrade marks older ones).
    this.version(5)
      .stores({})
      .upgrade((tx) => markObservations(tx, "bid", upgradeBidsToV5))
    // 6: observations of a "from" price say so (no new index; the upgrade marks older ones).
    this.version(6)
      .stores({})
      .upgrade((tx) => markObservations(tx, "from-price", upgradeFromPricesToV6))
    // 7: a review stored twice (from JSON-LD with a hashed id, from its widget with the shop's) is
    // kept once; later readings join such copies as they are stored (review-rows.ts).
    this.version(7)
      .stores({})
      .upgrade((tx) => joinStoredReviewCopies(tx))
    // 8: a stored review's language, where its page declared none, is detected from its words, as
    // reviews are now stored (review-language.ts).
    this.version(8)
      .stores({})
      .upgrade((tx) =>
        tx
          .table("reviews")
          .filter((review: StoredReview) => !review.language)
          .modify((review: StoredReview) => {
            review.language = withLanguage(review).language
          })
      )
  }
}

/** An upgrade's step: `mark` each observation, given the products whose price is now read from `source`. */
async function markObservations(tx: Transaction, source: string, mark: (o: PriceObservation, keys: ReadonlySet<string>) => void): Promise<void> {
  const products: StoredProduct[] = await tx.table("products").toArray()
  const keys = new Set(products.filter((p) => p.sources?.price?.source === source).map((p) => p.key))
  await tx
    .table("observations")
    .toCollection()
    .modify((o: PriceObservation) => mark(o, keys))
}

/** Version 7's upgrade: each product's reviews with their copies joined (reviewRows with nothing new), one product at a time. */
async function joinStoredReviewCopies(tx: Transaction): Promise<void> {
  const table = tx.table<StoredReview, [string, string]>("reviews")
  for (const key of (await table.orderBy("productKey").uniqueKeys()) as string[]) {
    const { put, remove } = reviewRows(await table.where("productKey").equals(key).toArray(), [], key, 0)
    if (remove.length === 0) continue
    await table.bulkDelete(remove.map((id): [string, string] => [key, id]))
    await table.bulkPut(put)
  }
}

let shared: CartwiseDb | null = null

/** One connection per extension context (worker, popup), opened lazily. */
export function getDb(): CartwiseDb {
  shared ??= new CartwiseDb()
  return shared
}

/** Version 1 rows lack the fields added in version 2; they get empty values, never guesses. */
export function upgradeProductToV2(product: Partial<StoredProduct> & Record<string, unknown>): void {
  product.listPrice ??= null
  product.currencyText ??= null
  product.seller ??= null
  product.images ??= product.image ? [product.image] : []
  product.breadcrumbs ??= []
  product.specs ??= []
  product.variants ??= []
  product.reviews = []
}

/**
 * Before version 5 an auction's bids were stored as plain prices. The rows of a product whose
 * price is read as a bid are taken for its bids (an item's page is an auction or it is not; one
 * listed first at a fixed price and then auctioned would have its early prices called bids, the
 * lesser mistake than a rising bid shown as a price rise).
 */
export function upgradeBidsToV5(observation: PriceObservation, auctions: ReadonlySet<string>): void {
  if (observation.price !== null && auctions.has(observation.productKey)) observation.bid = true
}

/**
 * Before version 6 a "from" price was stored as a plain price. The rows of a product whose price is
 * read as a "from" price are taken for "from" prices, as bids were in version 5: such a page (a
 * comparison site's offers, a product sold in options) gives its lowest price on every visit.
 */
export function upgradeFromPricesToV6(observation: PriceObservation, ranges: ReadonlySet<string>): void {
  if (observation.price !== null && !observation.bid && ranges.has(observation.productKey)) observation.from = true
}
