// The background's answer to one incoming message: check who sent it and what it holds, then
// record it. Kept free of chrome.* so the whole path is unit-tested with fake-indexeddb.

import { recordPageResult } from "../db/record"
import type { CartwiseDb } from "../db/schema"
import type { MessageResponses } from "../messages/contract"
import { validatePageResult, validateSender, type SenderInfo } from "../messages/validate"

export async function handleMessage(
  db: CartwiseDb,
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
  now: number
): Promise<MessageResponses["cartwise/page-result"]> {
  const parsed = validatePageResult(message)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const from = validateSender(sender, extensionId, parsed.value.url)
  if (!from.ok) return { ok: false, error: from.error }
  const outcome = await recordPageResult(db, from.value.tabId, parsed.value, now)
  return { ok: true, productKey: outcome.productKey }
}
