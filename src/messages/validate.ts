// Schema checks for messages arriving at the background. A message either comes out as a clean,
// freshly built object holding only known keys with bounded values, or is rejected with a reason.
// Inside a product, a value that breaks the bounds is left out (with a warning) rather than losing
// the shopper the whole page; the message's frame and the product's shape are never forgiven.

import {
  AVAILABILITIES,
  FIELD_NAMES,
  FIELD_SOURCES,
  emptyFields,
  type ExtractionResult,
  type FieldName,
  type FieldOrigin,
  type ProductCollections,
  type ProductSnapshot,
  type Review
} from "../product"
import { reasonText } from "../extract/reasons"
import { MAX_REVIEWS } from "../extract/reviews"
import { settleReviews } from "../extract/settle-review"
import { settleProduct } from "../extract/settle-product"
import { describedItem, ebayPageOrigin, MAX_SELLER_DESCRIPTION } from "../sites/ebay-description"
import { trustBoxSkus } from "../sites/widgets/trustpilot"
import {
  MESSAGE_VERSION,
  type FrameReviewsMessage,
  type PageResultMessage,
  type ReviewProgressMessage,
  type ReviewDatesMessage,
  type ReviewsMessage,
  type ScanState,
  type SellerDescriptionMessage
} from "./contract"

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string }

class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== "string" || v.length === 0 || v.length > max) throw new Invalid(`${field} must be a string of 1–${max} characters`)
  return v
}

function nullable<T>(v: unknown, read: (v: unknown) => T): T | null {
  return v === null || v === undefined ? null : read(v)
}

export function httpUrl(v: unknown, field: string): string {
  const s = text(v, field, 4000)
  let url: URL
  try {
    url = new URL(s)
  } catch {
    throw new Invalid(`${field} is not a URL`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Invalid(`${field} must be http(s)`)
  return url.href
}

function matching(v: unknown, field: string, pattern: RegExp, max: number): string {
  const s = text(v, field, max)
  if (!pattern.test(s)) throw new Invalid(`${field} has an invalid format`)
  return s
}

function numberIn(v: unknown, field: string, min: number, max: number, integer = false): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    throw new Invalid(`${field} must be a number from ${min} to ${max}`)
  }
  return v
}

const DECIMAL = /^\d{1,15}(?:\.\d{1,10})?$/

/** `field` names where the value sits ("variants[2].availability"), so a reason says what it cost. */
function availabilityAt(v: unknown, field: string): (typeof AVAILABILITIES)[number] {
  const s = text(v, field, 40)
  const found = AVAILABILITIES.find((a) => a === s)
  if (!found) throw new Invalid(`${field} is not a schema.org availability`)
  return found
}

const FIELD_READERS: { [K in FieldName]: (v: unknown) => ProductSnapshot[K] } = {
  name: (v) => text(v, "name", 300),
  // Up to a spec cell's 300 characters: the brand's label is taken off, and a longer brand dropped, as
  // the product is settled (settle-product.ts).
  brand: (v) => text(v, "brand", 300),
  description: (v) => text(v, "description", 2000),
  price: (v) => matching(v, "price", DECIMAL, 30),
  listPrice: (v) => matching(v, "listPrice", DECIMAL, 30),
  currency: (v) => matching(v, "currency", /^[A-Z]{3}$/, 3),
  currencyText: (v) => text(v, "currencyText", 16),
  seller: (v) => text(v, "seller", 120),
  availability: (v) => availabilityAt(v, "availability"),
  rating: (v) => numberIn(v, "rating", 0, 5),
  reviewCount: (v) => numberIn(v, "reviewCount", 0, 1e10, true),
  image: (v) => httpUrl(v, "image"),
  sku: (v) => text(v, "sku", 80),
  gtin: (v) => matching(v, "gtin", /^\d{8}$|^\d{12,14}$/, 14),
  mpn: (v) => text(v, "mpn", 80),
  canonicalUrl: (v) => httpUrl(v, "canonicalUrl")
}

function readSources(v: unknown): ProductSnapshot["sources"] {
  if (!isObject(v)) throw new Invalid("sources must be an object")
  const out: ProductSnapshot["sources"] = {}
  for (const name of FIELD_NAMES) {
    const origin = v[name]
    if (origin === undefined) continue
    if (!isObject(origin)) throw new Invalid(`sources.${name} must be an object`)
    const source = FIELD_SOURCES.find((s) => s === origin["source"])
    if (!source) throw new Invalid(`sources.${name}.source is unknown`)
    const entry: FieldOrigin = { source, confidence: numberIn(origin["confidence"], `sources.${name}.confidence`, 0, 1) }
    out[name] = entry
  }
  return out
}

/**
 * The value `read` gives, or `fallback` with the reason added to `dropped`. For a product's values:
 * one out-of-bounds value (a page's 400-digit "price", an image address longer than any URL should
 * be) costs the shopper that value, not the whole page. The message's frame (its type, version,
 * addresses, result kind) is never forgiven.
 */
function orDropped<T>(read: () => T, fallback: T, dropped: string[]): T {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
    dropped.push(error.message)
    return fallback
  }
}

/**
 * The first `max` items that `read` accepts; the others are dropped with their reasons. A list
 * longer than `max` keeps its first `max` (a Shopify product may have 2,048 variants): the
 * shopper keeps the page.
 */
function list<T>(v: unknown, field: string, max: number, read: (item: unknown, at: string) => T, dropped: string[]): T[] {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) throw new Invalid(`${field} must be an array`)
  if (v.length > max) dropped.push(`${field} past the first ${max} left out`)
  const out: T[] = []
  v.slice(0, max).forEach((item, i) => orDropped(() => void out.push(read(item, `${field}[${i}]`)), undefined, dropped))
  return out
}

function object(v: unknown, field: string): Record<string, unknown> {
  if (!isObject(v)) throw new Invalid(`${field} must be an object`)
  return v
}

const nullableText = (v: unknown, field: string, max: number) => nullable(v, (x) => text(x, field, max))

// A content script sends reviews as the page prints them: the date's text and "" for a review
// without the shop's id. The lists are settled (settle-review.ts): the ISO date, an id, and each
// review once.
function readReview(v: unknown, at: string): Review {
  const r = object(v, at)
  const verified = r["verified"]
  if (verified !== null && verified !== undefined && typeof verified !== "boolean") throw new Invalid(`${at}.verified must be a boolean`)
  return {
    id: r["id"] === "" ? "" : text(r["id"], `${at}.id`, 200),
    author: nullableText(r["author"], `${at}.author`, 120),
    rating: nullable(r["rating"], (x) => numberIn(x, `${at}.rating`, 0, 5)),
    title: nullableText(r["title"], `${at}.title`, 300),
    body: text(r["body"], `${at}.body`, 8000),
    date: nullableText(r["date"], `${at}.date`, 200),
    verified: verified ?? null,
    helpfulVotes: nullable(r["helpfulVotes"], (x) => numberIn(x, `${at}.helpfulVotes`, 0, 1e9, true)),
    language: nullableText(r["language"], `${at}.language`, 20),
    source: text(r["source"], `${at}.source`, 40),
    // Only the review reader's settled reviews carry these (review-copies.ts): a joined review's places and other ids.
    ...copies(r, at)
  }
}

/** A message's reviews, each checked (a review that breaks the contract left out, its reason into `dropped`). */
const reviewList = (v: unknown, dropped: string[] = []) => list(v, "reviews", 2 * MAX_REVIEWS, readReview, dropped)

function copies(r: Record<string, unknown>, at: string): Pick<Review, "places" | "aliases"> {
  const strings = (v: unknown, field: string, max: number) => {
    if (!Array.isArray(v) || v.length > 8) throw new Invalid(`${at}.${field} must be a list of at most 8`)
    return v.map((x, i) => text(x, `${at}.${field}[${i}]`, max))
  }
  return {
    ...(r["places"] === undefined ? {} : { places: strings(r["places"], "places", 40) }),
    ...(r["aliases"] === undefined ? {} : { aliases: strings(r["aliases"], "aliases", 200) })
  }
}

function readCollections(v: Record<string, unknown>, dropped: string[]): ProductCollections {
  return {
    images: list(v["images"], "images", 20, (x, at) => httpUrl(x, at), dropped),
    breadcrumbs: list(v["breadcrumbs"], "breadcrumbs", 12, (x, at) => text(x, at, 120), dropped),
    specs: list(v["specs"], "specs", 200, (x, at) => {
      const spec = object(x, at)
      return { name: text(spec["name"], `${at}.name`, 80), value: text(spec["value"], `${at}.value`, 300) }
    }, dropped),
    variants: list(v["variants"], "variants", 100, (x, at) => {
      const variant = object(x, at)
      return {
        name: nullableText(variant["name"], `${at}.name`, 300),
        sku: nullableText(variant["sku"], `${at}.sku`, 80),
        price: nullable(variant["price"], (p) => matching(p, `${at}.price`, DECIMAL, 30)),
        availability: nullable(variant["availability"], (a) => availabilityAt(a, `${at}.availability`)),
        url: nullable(variant["url"], (u) => httpUrl(u, `${at}.url`))
      }
    }, dropped),
    reviews: reviewList(v["reviews"], dropped)
  }
}

/** The product, each value that breaks the contract dropped with its reason into `dropped`. */
function readProduct(v: unknown, dropped: string[]): ProductSnapshot {
  if (!isObject(v)) throw new Invalid("product must be an object")
  const fields = emptyFields()
  const sources = readSources(v["sources"])
  for (const name of FIELD_NAMES) {
    const read: (value: unknown) => unknown = FIELD_READERS[name]
    const value = orDropped(() => nullable(v[name], read), null, dropped)
    ;(fields as unknown as Record<string, unknown>)[name] = value
    if (value === null) delete sources[name]
  }
  if (!fields.name && !fields.price && !fields.sku && !fields.gtin) throw new Invalid("product has no name, price or id")
  // Settled as Cartwise keeps products (settle-product.ts): review dates and ids, spec marks, texts
  // without markup, no shop icons or offers that are no variants.
  const pageTitle = typeof v["pageTitle"] === "string" ? v["pageTitle"].slice(0, 600) : undefined
  return settleProduct({ ...fields, ...readCollections(v, dropped), url: httpUrl(v["url"], "product.url"), sources, pageTitle })
}

function readWarnings(v: unknown): string[] {
  if (!Array.isArray(v)) throw new Invalid("warnings must be an array")
  return v.slice(0, 20).map((w, i) => text(w, `warnings[${i}]`, 500))
}

function readResult(v: unknown): ExtractionResult {
  if (!isObject(v)) throw new Invalid("result must be an object")
  const warnings = readWarnings(v["warnings"])
  if (v["kind"] === "product") {
    const dropped: string[] = []
    const product = readProduct(v["product"], dropped)
    // The reasons join the page's own warnings, which the tab's row keeps and the popup words
    // (src/ui/read-notes.ts): the shopper sees that a value was left out, and which.
    return { kind: "product", product, warnings: [...warnings, ...dropped.map((reason) => `Left out: ${reason}`)].slice(0, 20) }
  }
  // An error thrown without a message is sent as an empty reason: still a page that could not be read.
  if (v["kind"] === "not-product") return { kind: "not-product", reason: reasonText(v["reason"] === "" ? "an error without a message" : text(v["reason"], "reason", 500)), warnings }
  throw new Invalid("result.kind is unknown")
}

export function validatePageResult(message: unknown): Validated<PageResultMessage> {
  try {
    if (!isObject(message) || message["type"] !== "cartwise/page-result") throw new Invalid("unknown message type")
    if (message["version"] !== MESSAGE_VERSION) throw new Invalid(`unsupported message version ${String(message["version"])}`)
    const value: PageResultMessage = {
      type: "cartwise/page-result",
      version: MESSAGE_VERSION,
      url: httpUrl(message["url"], "url"),
      result: readResult(message["result"])
    }
    return { ok: true, value }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message }
    throw error
  }
}

function header(message: unknown, type: string): Record<string, unknown> {
  if (!isObject(message) || message["type"] !== type) throw new Invalid("unknown message type")
  if (message["version"] !== MESSAGE_VERSION) throw new Invalid(`unsupported message version ${String(message["version"])}`)
  return message
}

function validated<T>(read: () => T): Validated<T> {
  try {
    return { ok: true, value: read() }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message }
    throw error
  }
}

/**
 * A page reading's reviews as the content script sent them, each checked as the reading is, those
 * that break the contract left out, and not settled: their dates as the page gave them.
 */
export function sentReviews(v: unknown): Review[] {
  try {
    return reviewList(v)
  } catch {
    return []
  }
}

// A list of reviews the content script sends about the tab's product, settled as the background keeps them.
function reviewsMessage<T extends (ReviewsMessage | ReviewDatesMessage)["type"]>(message: unknown, type: T) {
  const m = header(message, type)
  return { type, version: MESSAGE_VERSION as typeof MESSAGE_VERSION, url: httpUrl(m["url"], "url"), reviews: settleReviews(reviewList(m["reviews"])) }
}

export function validateReviews(message: unknown): Validated<ReviewsMessage> {
  return validated(() => reviewsMessage(message, "cartwise/reviews"))
}

export function validateReviewDates(message: unknown): Validated<ReviewDatesMessage> {
  return validated(() => reviewsMessage(message, "cartwise/review-dates"))
}

const SCAN_STATES: readonly ScanState[] = ["reading", "done", "stopped", "failed"]

export function validateReviewProgress(message: unknown): Validated<ReviewProgressMessage> {
  return validated(() => {
    const m = header(message, "cartwise/review-progress")
    const p = object(m["progress"], "progress")
    const state = SCAN_STATES.find((s) => s === p["state"])
    if (!state) throw new Invalid("progress.state is unknown")
    return {
      type: "cartwise/review-progress",
      version: MESSAGE_VERSION,
      url: httpUrl(m["url"], "url"),
      progress: {
        state,
        pagesRead: numberIn(p["pagesRead"], "progress.pagesRead", 0, 1000, true),
        reviewsFound: numberIn(p["reviewsFound"], "progress.reviewsFound", 0, 100_000, true),
        detail: nullableText(p["detail"], "progress.detail", 300)
      }
    }
  })
}

/** The seller's description, only from an eBay description frame's address that names an item, inside an eBay page. */
export function validateSellerDescription(message: unknown): Validated<SellerDescriptionMessage> {
  return validated(() => {
    const m = header(message, "cartwise/seller-description")
    const url = httpUrl(m["url"], "url")
    if (!describedItem(url)) throw new Invalid("url is not an eBay item's description frame")
    const page = ebayPageOrigin(text(m["page"], "page", 200))
    if (!page) throw new Invalid("page is not an eBay shop")
    return { type: "cartwise/seller-description", version: MESSAGE_VERSION, url, page, description: text(m["description"], "description", MAX_SELLER_DESCRIPTION) }
  })
}

/** Reviews from a Trustpilot product TrustBox's frame, inside an http(s) shop page. */
export function validateFrameReviews(message: unknown): Validated<FrameReviewsMessage> {
  return validated(() => {
    const m = header(message, "cartwise/frame-reviews")
    const url = httpUrl(m["url"], "url")
    if (trustBoxSkus(url).length === 0) throw new Invalid("url is not a product TrustBox")
    const page = httpUrl(m["page"], "page")
    if (`${new URL(page).origin}/` !== page) throw new Invalid("page is not an origin")
    const reviews = settleReviews(reviewList(m["reviews"]))
    return { type: "cartwise/frame-reviews", version: MESSAGE_VERSION, url, page: new URL(page).origin, reviews }
  })
}

/** The parts of chrome.runtime.MessageSender we rely on, so the check is testable without Chrome. */
export interface SenderInfo {
  id?: string
  url?: string
  frameId?: number
  tab?: { id?: number }
  /** Chrome's id of the sending document (106+): a reload or a new page gets a new one. */
  documentId?: string
  /** "active", "prerender" or "cached" (Chrome 106+). */
  documentLifecycle?: string
}

/**
 * Page results are accepted only from our own content script in a tab's top frame, and only about
 * the page that frame is showing: another extension, an iframe or a stale message cannot write
 * into a tab's state. `fromFrame`: the two messages a frame may send (eBay's seller description,
 * a Trustpilot TrustBox's reviews), still only about the frame's own page.
 */
export function validateSender(sender: SenderInfo, extensionId: string, messageUrl: string, fromFrame = false): Validated<{ tabId: number; documentId?: string }> {
  if (sender.id !== extensionId) return { ok: false, error: "sender is not this extension" }
  const tabId = sender.tab?.id
  if (typeof tabId !== "number" || tabId < 0) return { ok: false, error: "sender is not a tab's content script" }
  if (fromFrame ? !(typeof sender.frameId === "number" && sender.frameId > 0) : sender.frameId !== 0) {
    return { ok: false, error: fromFrame ? "sender is not a frame" : "sender is not a top-level frame" }
  }
  // A document speaks for the page the tab shows, not for one prerendered behind it (the content
  // scripts wait for the shopper to go there) or one being left.
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== "active") {
    return { ok: false, error: "sender is not the page the tab shows" }
  }
  try {
    if (!sender.url || new URL(sender.url).origin !== new URL(messageUrl).origin) {
      return { ok: false, error: "message URL does not match the sending page" }
    }
  } catch {
    return { ok: false, error: "sender URL is invalid" }
  }
  const { documentId } = sender
  return { ok: true, value: typeof documentId === "string" && documentId.length <= 100 ? { tabId, documentId } : { tabId } }
}
