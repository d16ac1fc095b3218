// Reads further review pages of the product in front of the shopper, when they ask for it: in
// their own session (the content script fetches like the page would), same origin only, one
// page at a time with a pause between requests, a page limit, and a stop that takes effect at once.

import { DEFAULT_REVIEW_PAGES, type ScanProgress } from "../messages/contract"
import type { Review } from "../product"
import type { ReviewPages } from "../reviews/review-pages"
import { idsOf } from "../extract/review-copies"
import type { SiteAdapter } from "../sites/types"

/**
 * A review page's HTML, fetched in the shopper's own session: exactly the request their browser
 * would make (same origin). Failures are said in words a shopper reads in the popup: the browser's
 * own "Failed to fetch" says nothing of what happened.
 */
export async function fetchHtml(url: string, signal: AbortSignal, get: typeof fetch = fetch): Promise<string> {
  let response: Response
  try {
    response = await get(url, { credentials: "same-origin", signal, headers: { accept: "text/html" } })
  } catch (error) {
    if (signal.aborted) throw error
    throw new Error(`${new URL(url).host} could not be reached (offline, or the connection was refused)`)
  }
  if (!response.ok) throw new Error(`the shop answered ${response.status}`)
  return response.text()
}

export const DEFAULT_MAX_PAGES = DEFAULT_REVIEW_PAGES
export const MAX_PAGES = 50
export const PAUSE_MS = 1500

export type { ScanProgress }

export const NO_MORE_PAGES = "This shop shows no further review pages."
/** Where a reading starts, before the first page comes back. */
export const startProgress = (): ScanProgress => ({ state: "reading", pagesRead: 0, reviewsFound: 0, detail: null })

export interface ScanDeps {
  fetchHtml: (url: string, signal: AbortSignal) => Promise<string>
  parse: (html: string) => Document
  pause: (ms: number, signal: AbortSignal) => Promise<void>
  /** Called after each page with its new reviews (possibly none) and the running totals. */
  onPage: (reviews: Review[], progress: ScanProgress) => void
  /** How a page's reviews and its next page are found: passed in, not imported, so that this
   * module (loaded on demand) does not carry a second copy of the extraction code. */
  pages: Pick<ReviewPages, "reviewsOnPage" | "nextReviewPage">
}

export async function readMoreReviews(
  firstUrl: string,
  adapter: SiteAdapter | null,
  deps: ScanDeps,
  options: { maxPages?: number; signal: AbortSignal; knownIds?: Iterable<string> }
): Promise<ScanProgress> {
  const maxPages = Math.min(Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES), MAX_PAGES)
  const origin = new URL(firstUrl).origin
  const seenIds = new Set(options.knownIds ?? [])
  const visited = new Set<string>()
  const progress = startProgress()
  let url: string | null = firstUrl
  // One place for the message: the stop is seen between pages and when a fetch is cut off.
  const stopped = (): ScanProgress => ({ ...progress, state: "stopped", detail: "Stopped. The reviews read so far are kept." })
  try {
    while (url !== null) {
      if (options.signal.aborted) return stopped()
      if (progress.pagesRead >= maxPages) {
        return { ...progress, state: "done", detail: `Read the first ${maxPages} pages of reviews.` }
      }
      if (new URL(url).origin !== origin || visited.has(url)) break
      visited.add(url)
      if (progress.pagesRead > 0) await deps.pause(PAUSE_MS, options.signal)
      const doc = deps.parse(await deps.fetchHtml(url, options.signal))
      const onPage = deps.pages.reviewsOnPage(doc, adapter)
      const fresh = onPage.filter((r) => !seenIds.has(r.id))
      // Every copy's id too (a joined review's `aliases`): a later page that repeats its other copy brings nothing new.
      for (const id of onPage.flatMap(idsOf)) seenIds.add(id)
      progress.pagesRead++
      progress.reviewsFound += fresh.length
      deps.onPage(fresh, { ...progress })
      url = deps.pages.nextReviewPage(doc, url, adapter)
    }
    return { ...progress, state: "done", detail: progress.pagesRead === 0 ? NO_MORE_PAGES : null }
  } catch (error) {
    if (options.signal.aborted) return stopped()
    const reason = error instanceof Error ? error.message : String(error)
    return { ...progress, state: "failed", detail: `Could not read page ${progress.pagesRead + 1}: ${reason}. The reviews read so far are kept.` }
  }
}
