// The content script's only contact with chrome.*: sending results, answering the popup.

import { startPageWatcher } from "../content/watch"
import { REFRESH_REQUEST, REVIEW_READER_MESSAGES, type PageResultMessage } from "../messages/contract"
import { adapterFor } from "../sites/choose"
import type { SiteAdapter } from "../sites/types"
import type { ReviewReader } from "./chrome-review-reader"
import { extractProduct } from "../extract"

/** Where the build puts the review reader (package.json's web_accessible_resources names it too). */
export const REVIEW_READER = "generated/review-reader.js"

/** Starts Cartwise in this page with the site adapters this content script carries. */
export function runContentScript(adapters: readonly SiteAdapter[]): void {
  try {
    const watcher = startPageWatcher({
      window,
      extract: (doc, url) => extractProduct(doc, url, adapters),
      send: (message: PageResultMessage) => chrome.runtime.sendMessage(message)
    })
    chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : null
      if (type === REFRESH_REQUEST) {
        const result = watcher.refresh()
        sendResponse({ ok: result !== null, kind: result?.result.kind ?? null })
      } else if (REVIEW_READER_MESSAGES.includes(type as string)) {
        // "Read more reviews" is loaded the first time the popup asks about it, not carried on
        // every page: see chrome-review-reader.ts.
        import(chrome.runtime.getURL(REVIEW_READER))
          .then((reader: ReviewReader) => sendResponse(reader.answer(message as object, adapterFor(location.hostname, document, adapters))))
          .catch(() => sendResponse({ ok: false }))
        return true
      }
      return false
    })
  } catch {
    // A page that breaks our start-up (odd globals, frozen prototypes) simply gets no Cartwise.
  }
}
