// Review code that most pages never need, loaded only when one does: "Read more reviews" (the
// fetching, pacing and stopping), the review widgets' readers (src/sites/widgets/registry.ts) and
// the dates read from the page for reviews whose data has none (src/reviews/visible-dates.ts).
// chrome-content.ts imports this module by its extension URL on the first "read more reviews"
// message, as soon as a widget's reviews are on the page (src/sites/widgets/detect.ts), or when the
// background finds a review of the page without a date (READ_REVIEW_DATES), so none of it is
// carried, parsed and compiled on every page the shopper opens (the content script is held to
// 60 KB, issue #3). It runs in the content script's own isolated world and is handed what
// the content script already carries: the adapter it chose and the review-page readers
// (review-pages.ts). Of the extraction it holds only the few helpers the widgets' specs use.
// Built by scripts/build-review-reader.mjs into generated/review-reader.js, which the manifest
// lists as web-accessible under a per-session URL only (use_dynamic_url): no page can probe for it.

import { fetchHtml, readMoreReviews, DEFAULT_MAX_PAGES, NO_MORE_PAGES, startProgress, type ScanProgress } from "../content/more-reviews"
import { MESSAGE_VERSION, READ_MORE_REVIEWS, READ_REVIEW_DATES, STOP_READING_REVIEWS } from "../messages/contract"
import type { Review } from "../product"
import type { ReviewPages } from "../reviews/review-pages"
import type { SiteAdapter } from "../sites/types"
import { datedReviews, pageReviews } from "../reviews/page-reviews"
import { datesFor } from "../reviews/visible-dates"
import { withWidgets } from "../reviews/with-widgets"
import { idsOf } from "../extract/review-copies"

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

// One reading per page: the module is imported once per isolated world and kept, so this is too.
let running: AbortController | null = null

/**
 * `knownIds`: the ids of the reviews already on the page, each copy's (a review shown by its widget
 * and repeated in the JSON-LD is one review with two ids): a fetched page that repeats either is
 * not news.
 */
function startReadingReviews(maxPages: number, adapter: SiteAdapter | null, pages: ReviewPages, knownIds: string[]): void {
  if (running) return
  const controller = new AbortController()
  running = controller
  const url = location.href
  const progress = (p: ScanProgress) => send({ type: "cartwise/review-progress", version: MESSAGE_VERSION, url, progress: p })
  const first = pages.firstReviewPage(document, url, adapter)
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
    },
    pages
  }, { maxPages, signal: controller.signal, knownIds })
    .then(progress)
    .finally(() => {
      running = null
    })
}

/**
 * The answer to the popup's "read more" or "stop" message, or the background's READ_REVIEW_DATES
 * (the reviews it names that the page dates are sent to be stored; from now on the content script
 * reads the page with pageReviews, so its later readings carry the dates too).
 */
export function answer(message: { type?: unknown; maxPages?: unknown; ids?: unknown }, adapter: SiteAdapter | null, pages: ReviewPages): { ok: boolean } {
  if (message.type === READ_MORE_REVIEWS) {
    const asked = Number(message.maxPages)
    // The content script's page reader does not carry the widgets; the fetched pages' are read here.
    const reading = withWidgets(pages, pageReviews)
    startReadingReviews(Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_MAX_PAGES, adapter, reading, reading.reviewsOnPage(document, adapter).flatMap(idsOf))
  } else if (message.type === STOP_READING_REVIEWS) {
    running?.abort()
  } else if (message.type === READ_REVIEW_DATES) {
    const ids = Array.isArray(message.ids) ? message.ids.filter((id): id is string => typeof id === "string") : []
    const reviews = datedReviews(document, adapter, pages, ids)
    if (reviews.length) void send({ type: "cartwise/review-dates", version: MESSAGE_VERSION, url: location.href, reviews })
  } else {
    return { ok: false }
  }
  return { ok: true }
}

// The content script reads the page's reviews with this from the moment it has loaded the module:
// the widgets' reviews and the printed dates are added (src/reviews/page-reviews.ts). `datesFor`
// serves the command line's stand-in for the background (scripts/lib/page-runner.mjs), which has
// no settling code of its own in the page: what the background names in READ_REVIEW_DATES.
export { datesFor, pageReviews }

export type ReviewReader = { answer: typeof answer; pageReviews: typeof pageReviews }
