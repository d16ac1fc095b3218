// Service-worker wiring. Listeners are registered synchronously on the first tick (MV3 wakes the
// worker for an event and drops it if no listener was registered in time); no top-level await.

import { HANDLED_TYPES, handleMessage } from "../background/handle-message"
import { forgetTab, markTabLoading } from "../db/record"
import { getDb } from "../db/schema"
import { ENSURE_MODEL_HOST, ensureModelHost } from "./chrome-model-client"

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
      .then(sendResponse)
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
