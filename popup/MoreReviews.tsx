import { useLiveQuery } from "dexie-react-hooks"
import { useEffect, useState } from "react"

import { getDb } from "~src/db/schema"
import { isAllowed, reviewPagesKey, setAllowed } from "~src/db/settings"
import { DEFAULT_REVIEW_PAGES as DEFAULT_MAX_PAGES, type ScanProgress } from "~src/messages/contract"
import { hasMoreReviewPages, startReadingReviews, stopReadingReviews, type ReadFailure } from "~src/platform/chrome-popup"
import { counted, formatCount } from "~src/ui/format"

interface Props {
  tabId: number
  productKey: string
  host: string
  scan: ScanProgress | null
  /** How many reviews the shop counts, when it says. */
  total: number | null
}

/**
 * How many reviews Cartwise holds for this product, and — only when the shopper asks, and only on
 * shops they allowed — reading further review pages in their own session, with progress and a stop.
 */
export function MoreReviews({ tabId, productKey, host, scan, total }: Props) {
  const db = getDb()
  const stored = useLiveQuery(() => db.reviews.where("productKey").equals(productKey).count(), [productKey], 0)
  const allowed = useLiveQuery(() => isAllowed(db, reviewPagesKey(host)), [host], false)
  const [asking, setAsking] = useState(false)
  const [failure, setFailure] = useState<ReadFailure | null>(null)
  const reading = scan?.state === "reading"
  // null: the page did not say (offer the button; reading says so if there is nothing more).
  const [morePages, setMorePages] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    void hasMoreReviewPages(tabId).then((next) => live && setMorePages(next))
    return () => {
      live = false
    }
  }, [tabId, productKey])

  const start = async () => {
    setAsking(false)
    setFailure(await startReadingReviews(tabId, DEFAULT_MAX_PAGES))
  }
  const allowAndStart = async () => {
    await setAllowed(db, reviewPagesKey(host), true)
    await start()
  }

  return (
    <section className="cw-reviews" data-testid="reviews">
      <h2>Reviews</h2>
      <p data-testid="reviews-count">
        {stored > 0
          ? `${counted(stored, "review")} read, kept on this device.`
          : total
            ? // The rating line counts reviews the shop has; say why none of them is here.
              `No review text found on this page (the shop counts ${formatCount(total)}).`
            : "No reviews read yet."}
      </p>
      {reading ? (
        <p data-testid="reviews-progress" aria-live="polite">
          Reading review page {scan.pagesRead + 1}… {scan.reviewsFound} new so far.{" "}
          <button type="button" className="cw-link" onClick={() => stopReadingReviews(tabId)}>
            Stop
          </button>
        </p>
      ) : asking ? (
        <div className="cw-consent" data-testid="reviews-consent">
          <p>
            Cartwise will open up to {DEFAULT_MAX_PAGES} review pages of <strong>{host}</strong> in your own session, one every
            1.5 seconds, and keep the reviews on this device. Nothing is sent anywhere else.
          </p>
          <button type="button" className="cw-button" onClick={allowAndStart}>
            Allow on {host} and read
          </button>{" "}
          <button type="button" className="cw-link" onClick={() => setAsking(false)}>
            Not now
          </button>
        </div>
      ) : morePages === false ? (
        <p className="cw-muted cw-small" data-testid="reviews-no-more">
          This page links to no further review pages.
        </p>
      ) : (
        <p>
          {/* data-more-pages: whether the page has answered that it links to further review pages. */}
          <button
            type="button"
            className="cw-button cw-button-quiet"
            onClick={allowed ? start : () => setAsking(true)}
            data-testid="read-more-reviews"
            data-more-pages={morePages === null ? "unknown" : "yes"}>
            Read more reviews
          </button>
          {allowed ? (
            <button type="button" className="cw-link cw-small" onClick={() => setAllowed(db, reviewPagesKey(host), false)}>
              {" "}
              Stop allowing {host}
            </button>
          ) : null}
        </p>
      )}
      {scan && !reading && scan.state !== "reading" ? (
        <p className="cw-muted cw-small" data-testid="reviews-outcome">
          {scan.detail ?? `Done: ${counted(scan.pagesRead, "page")} read, ${scan.reviewsFound} new reviews.`}
        </p>
      ) : null}
      {failure ? (
        <p className="cw-muted cw-small" data-testid="reviews-failure">
          {failure === "no-reader"
            ? "This browser would not load Cartwise's review reader. If JavaScript is blocked for this site, allow it; otherwise, update the browser. Then try again."
            : "The page did not answer; reload it and try again."}
        </p>
      ) : null}
    </section>
  )
}
