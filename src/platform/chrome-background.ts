// Service-worker wiring. Listeners are registered synchronously on the first tick (MV3 wakes the
// worker for an event and drops it if no listener was registered in time); no top-level await.

import { HANDLED_TYPES, handleMessage } from "../background/handle-message"
import { forgetTab, markTabLoading } from "../db/record"
import { getDb } from "../db/schema"
import { READ_REVIEW_DATES } from "../messages/contract"
import { ENSURE_MODEL_HOST, ensureModelHost } from "./chrome-model-client"

// The pages already asked for their reviews' dates (READ_REVIEW_DATES): once per page is enough,
// since the reader then completes every later reading of it (the popup's among them). The oldest
// are forgotten first.
const askedForDates = new Set<string>()

function askForDates(tabId: number, documentId: string | undefined, ids: string[]): void {
  if (documentId) {
    if (askedForDates.has(documentId)) return
    askedForDates.add(documentId)
    if (askedForDates.size > 200) askedForDates.delete(askedForDates.values().next().value!)
  }
  // Only the page that sent the reading (its document), never a later one in the same tab. A
  // browser that names no document asks the top frame each time; the reader answers at once.
  void chrome.tabs.sendMessage(tabId, { type: READ_REVIEW_DATES, ids }, documentId ? { documentId } : { frameId: 0 }).catch(() => undefined)
}

export function registerBackground(): void {
  // Extension pages ask for the engine host before connecting; content scripts never may.
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== ENSURE_MODEL_HOST) return false
    // Extension pages (popup, side panel, options, even in a tab) have our origin; content scripts the shop's.
    if (sender.id !== chrome.runtime.id || !(sender.url ?? "").startsWith(chrome.runtime.getURL(""))) return false
    ensureModelHost()
      .then(() => sendResponse({ ok: true }))
      .catch((error: unknown) => sendResponse({ ok: false, error: String(error) }))
    return true
  })

  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (typeof message !== "object" || message === null || !("type" in message)) return false
    if (!HANDLED_TYPES.has(String((message as { type: unknown }).type))) return false
    handleMessage(getDb(), message, sender, chrome.runtime.id, Date.now())
      .then((response) => {
        sendResponse(response)
        if (response.ok && response.datesFor && sender.tab?.id !== undefined) askForDates(sender.tab.id, sender.documentId, response.datesFor)
      })
      .catch((error: unknown) => sendResponse({ ok: false, error: String(error) }))
    return true // keeps the channel open for the async response
  })

  // Without the "tabs" permission changeInfo carries no URL, but the status still tells us a new
  // document is loading: the tab's old product must not be shown for it.
  chrome.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === "loading") {
      void markTabLoading(getDb(), tabId, Date.now()).catch(() => undefined)
    }
  })

  chrome.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(getDb(), tabId).catch(() => undefined)
  })

  // Tab ids do not survive a browser restart; yesterday's tab 7 is not today's.
  chrome.runtime.onStartup.addListener(() => {
    void getDb().tabs.clear().catch(() => undefined)
  })
}
