// The content script's only contact with chrome.*: sending results, answering the popup.

import { startPageWatcher } from "../content/watch"
import { READ_MORE_REVIEWS, REFRESH_REQUEST, REVIEW_PAGES_QUERY, STOP_READING_REVIEWS, type PageResultMessage } from "../messages/contract"
import { REVIEW_PAGES } from "../reviews/review-pages"
import { adapterFor } from "../sites/choose"
import type { SiteAdapter } from "../sites/types"
import type { ReviewReader } from "./chrome-review-reader"
import { extractProduct, type WidgetReader } from "../extract"
import { hasReviewWidget } from "../sites/widgets/detect"

/** Where the build puts the review reader (package.json's web_accessible_resources names it too). */
export const REVIEW_READER = "generated/review-reader.js"

/** Starts Cartwise in this page with the site adapters this content script carries. */
export function runContentScript(adapters: readonly SiteAdapter[]): void {
  const adapterHere = () => adapterFor(location.hostname, document, adapters)
  let reader: Promise<ReviewReader> | null = null
  const loadReader = () => (reader ??= import(chrome.runtime.getURL(REVIEW_READER)) as Promise<ReviewReader>)
  // The widgets' readers come with the review reader, loaded the first time a widget's reviews are
  // on the page; the page is then read again with them. Once refused, not asked for again.
  let readWidgets: WidgetReader | undefined
  let widgetsAsked = false
  try {
    const watcher = startPageWatcher({
      window,
      extract: (doc, url) => {
        if (!widgetsAsked && hasReviewWidget(doc)) {
          widgetsAsked = true
          try {
            loadReader().then(
              (loaded) => {
                readWidgets = loaded.widgetReviews
                watcher.refresh()
              },
              () => (reader = null)
            )
          } catch {
            // An extension updated under an open page can no longer name its files: no widgets then.
          }
        }
        return extractProduct(doc, url, adapters, readWidgets)
      },
      send: (message: PageResultMessage) => chrome.runtime.sendMessage(message)
    })
    chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : null
      if (type === REFRESH_REQUEST) {
        const result = watcher.refresh()
        sendResponse({ ok: result !== null, kind: result?.result.kind ?? null })
      } else if (type === REVIEW_PAGES_QUERY) {
        // So the popup offers "Read more reviews" only where there is somewhere to go.
        sendResponse({ ok: true, next: REVIEW_PAGES.firstReviewPage(document, location.href, adapterHere()) !== null })
      } else if (type === READ_MORE_REVIEWS || (type === STOP_READING_REVIEWS && reader)) {
        // The reader is loaded when the shopper starts it, not carried on every page: see
        // chrome-review-reader.ts. "reader": this browser refused to load it (an update fixes that).
        loadReader()
          .then(
            (loaded) => sendResponse(loaded.answer(message as object, adapterHere(), REVIEW_PAGES)),
            () => {
              reader = null
              sendResponse({ ok: false, error: "reader" })
            }
          )
          .catch(() => sendResponse({ ok: false }))
        return true
      } else if (type === STOP_READING_REVIEWS) {
        // Nothing is reading when the reader was never loaded.
        sendResponse({ ok: true })
      }
      return false
    })
  } catch {
    // A page that breaks our start-up (odd globals, frozen prototypes) simply gets no Cartwise.
  }
}
