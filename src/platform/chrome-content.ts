// The content script's only contact with chrome.*: sending results, answering the popup.

import { readMoreReviews, DEFAULT_MAX_PAGES, NO_MORE_PAGES, startProgress, type ScanProgress } from "../content/more-reviews"
import { startPageWatcher } from "../content/watch"
import {
  MESSAGE_VERSION,
  READ_MORE_REVIEWS,
  REFRESH_REQUEST,
  REVIEW_PAGES_QUERY,
  STOP_READING_REVIEWS,
  type PageResultMessage
} from "../messages/contract"
import type { Review } from "../product"
import { firstReviewPage, reviewsOnPage } from "../reviews/review-pages"
import { adapterFor } from "../sites/choose"
import type { SiteAdapter } from "../sites/types"
import { extractProduct } from "../extract"

const send = (message: unknown) => chrome.runtime.sendMessage(message).catch(() => undefined)

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener("abort", () => {
      clearTimeout(timer)
      reject(new Error("stopped"))
    })
  })
}

async function fetchHtml(url: string, signal: AbortSignal): Promise<string> {
  // Same origin, the shopper's own session: exactly the request their browser would make.
  const response = await fetch(url, { credentials: "same-origin", signal, headers: { accept: "text/html" } })
  if (!response.ok) throw new Error(`the shop answered ${response.status}`)
  return response.text()
}

const adapterHere = (adapters: readonly SiteAdapter[]) => adapterFor(location.hostname, document, adapters)

let running: AbortController | null = null

function startReadingReviews(maxPages: number, adapters: readonly SiteAdapter[]): void {
  if (running) return
  const controller = new AbortController()
  running = controller
  const url = location.href
  const progress = (p: ScanProgress) => send({ type: "cartwise/review-progress", version: MESSAGE_VERSION, url, progress: p })
  const adapter = adapterHere(adapters)
  const first = firstReviewPage(document, url, adapter)
  if (!first) {
    running = null
    void progress({ ...startProgress(), state: "done", detail: NO_MORE_PAGES })
    return
  }
  void progress(startProgress())
  readMoreReviews(first, adapter, {
    fetchHtml,
    parse: (html) => new DOMParser().parseFromString(html, "text/html"),
    pause,
    onPage: (reviews: Review[], p) => {
      if (reviews.length) void send({ type: "cartwise/reviews", version: MESSAGE_VERSION, url, reviews })
      void progress(p)
    }
  }, { maxPages, signal: controller.signal, knownIds: reviewsOnPage(document, adapter).map((r) => r.id) })
    .then(progress)
    .finally(() => {
      running = null
    })
}

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
      } else if (type === READ_MORE_REVIEWS) {
        const asked = Number((message as { maxPages?: unknown }).maxPages)
        startReadingReviews(Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_MAX_PAGES, adapters)
        sendResponse({ ok: true })
      } else if (type === REVIEW_PAGES_QUERY) {
        // So the popup offers "Read more reviews" only where there is somewhere to go.
        sendResponse({ ok: true, next: firstReviewPage(document, location.href, adapterHere(adapters)) !== null })
      } else if (type === STOP_READING_REVIEWS) {
        running?.abort()
        sendResponse({ ok: true })
      }
      return false
    })
  } catch {
    // A page that breaks our start-up (odd globals, frozen prototypes) simply gets no Cartwise.
  }
}
