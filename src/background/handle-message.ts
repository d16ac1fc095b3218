// The background's answer to one incoming message: check who sent it and what it holds, then
// record it. Kept free of chrome.* so the whole path is unit-tested with fake-indexeddb.

import { refreshReviewAnalysis } from "../db/analyses"
import { recordFrameReviews, recordPageResult, recordReviewDates, recordReviewProgress, recordSellerDescription, recordTabReviews } from "../db/record"
import type { CartwiseDb } from "../db/schema"
import type { MessageResponse, PageResultMessage } from "../messages/contract"
import { datesFor } from "../reviews/visible-dates"
import {
  validateFrameReviews,
  validatePageResult,
  validateReviewDates,
  validateReviewProgress,
  validateReviews,
  validateSellerDescription,
  validateSender,
  sentReviews,
  type SenderInfo,
  type Validated
} from "../messages/validate"

function checked<T extends { url: string }>(
  validate: (m: unknown) => Validated<T>,
  record: (db: CartwiseDb, tabId: number, value: T, now: number, documentId?: string) => Promise<string | null>,
  fromFrame = false
) {
  return { validate, record, fromFrame }
}

const HANDLERS = {
  "cartwise/page-result": checked(validatePageResult, async (db, tabId, value, now, documentId) => (await recordPageResult(db, tabId, value, now, documentId)).productKey),
  "cartwise/reviews": checked(validateReviews, (db, tabId, value, now) => recordTabReviews(db, tabId, value, now)),
  "cartwise/review-dates": checked(validateReviewDates, (db, tabId, value) => recordReviewDates(db, tabId, value)),
  "cartwise/review-progress": checked(validateReviewProgress, (db, tabId, value, now) => recordReviewProgress(db, tabId, value, now)),
  "cartwise/seller-description": checked(validateSellerDescription, (db, tabId, value, now) => recordSellerDescription(db, tabId, value, now), true),
  "cartwise/frame-reviews": checked(validateFrameReviews, (db, tabId, value, now) => recordFrameReviews(db, tabId, value, now), true)
}

export const HANDLED_TYPES = new Set(Object.keys(HANDLERS))

export async function handleMessage(
  db: CartwiseDb,
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
  now: number
): Promise<MessageResponse> {
  const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : undefined
  const handler = typeof type === "string" && type in HANDLERS ? HANDLERS[type as keyof typeof HANDLERS] : undefined
  if (!handler) return { ok: false, error: "unknown message type" }
  const parsed = handler.validate(message)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const from = validateSender(sender, extensionId, parsed.value.url, handler.fromFrame)
  if (!from.ok) return { ok: false, error: from.error }
  // Each record function takes its own validated message type; the table above pairs them.
  const record = handler.record as (db: CartwiseDb, tabId: number, value: unknown, now: number, documentId?: string) => Promise<string | null>
  const productKey = await record(db, from.value.tabId, parsed.value, now, from.value.documentId)
  // New reviews (or a first visit) change the insights and trust report: recompute them now, so the
  // popup opens on fresh ones. A failure here must not lose the page's data, which is stored.
  if (productKey && (type === "cartwise/page-result" || type === "cartwise/reviews" || type === "cartwise/review-dates" || type === "cartwise/frame-reviews")) {
    await refreshReviewAnalysis(db, productKey, now).catch(() => null)
  }
  const datesFor = productKey && type === "cartwise/page-result" ? reviewsToDate(message) : []
  return { ok: true, productKey, ...(datesFor.length ? { datesFor } : {}) }
}

/**
 * The ids READ_REVIEW_DATES names for a page's reading as the content script sent it (datesFor),
 * its reviews read from the message itself, each checked (sentReviews), once the reading passed
 * validation: the validated product is settled, and a date the page gave that no one can read
 * ("05/10/2016" alone) is null there, while it still says the page dated that review.
 */
function reviewsToDate(message: unknown): string[] {
  const result = (message as Partial<PageResultMessage>).result
  return result?.kind === "product" ? datesFor(sentReviews(result.product?.reviews)) : []
}
