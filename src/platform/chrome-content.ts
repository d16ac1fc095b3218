// The content script's only contact with chrome.*: sending results, answering the popup.

import { startPageWatcher } from "../content/watch"
import { REFRESH_REQUEST, REVIEW_PAGES_QUERY, STOP_READING_REVIEWS, type PageResultMessage } from "../messages/contract"
import { REVIEW_PAGES } from "../reviews/review-pages"
import { adapterFor } from "../sites/choose"
import type { SiteAdapter } from "../sites/types"
import type { ReviewReader } from "./chrome-review-reader"
import { extractProduct, type PageReviewReader } from "../extract"
import { hasReviewWidget } from "../sites/widgets/detect"

/** Where the build puts the review reader (package.json's web_accessible_resources names it too). */
export const REVIEW_READER = "generated/review-reader.js"

/** Starts Cartwise in this page with the site adapters this content script carries. */
export function runContentScript(adapters: readonly SiteAdapter[]): void {
  const adapterHere = () => adapterFor(location.hostname, document, adapters)
  let reader: Promise<ReviewReader> | null = null
  // Once loaded, the review reader completes every reading of the page's reviews: the widgets'
  // (it carries their readers) and the dates the page prints (src/reviews/page-reviews.ts). It is
  // loaded the first time a widget's reviews are on the page, and the page is then read again with
  // it; or when asked: the popup's "read more reviews", the background's READ_REVIEW_DATES (the
  // reader sends the reviews it dates itself, without a second reading of the whole page).
  let readReviews: PageReviewReader | undefined
  let widgetsAsked = false
  try {
    const loadReader = () =>
      (reader ??= (import(chrome.runtime.getURL(REVIEW_READER)) as Promise<ReviewReader>).then((loaded) => {
        readReviews = loaded.pageReviews
        return loaded
      }))
    const watcher = startPageWatcher({
      window,
      extract: (doc, url) => {
        if (!widgetsAsked && hasReviewWidget(doc)) {
          widgetsAsked = true
          try {
            // Once refused, not asked for again by the page (a message may still ask). `watcher` is
            // named only once loaded: this first read runs while it is being made.
            loadReader().then(
              () => watcher.refresh(),
              () => (reader = null)
            )
          } catch {
            // An extension updated under an open page can no longer name its files: no widgets then.
          }
        }
        return extractProduct(doc, url, adapters, readReviews)
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
      } else if (type === STOP_READING_REVIEWS && !reader) {
        // Nothing is reading when the reader was never loaded.
        sendResponse({ ok: true })
      } else {
        // READ_MORE_REVIEWS, STOP_READING_REVIEWS, READ_REVIEW_DATES: the reader answers (only our
        // extension's pages and background can message a content script). "reader": this browser
        // refused to load it (an update fixes that).
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
      }
      return false
    })
  } catch {
    // A page that breaks our start-up (odd globals, frozen prototypes) simply gets no Cartwise.
  }
}
