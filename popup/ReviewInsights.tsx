import { useLiveQuery } from "dexie-react-hooks"

import { readAnalysis } from "~src/db/analyses"
import { getDb } from "~src/db/schema"
import type { AspectHighlight, ReviewAnalysis, TrustReport } from "~src/insights/analyse"
import { formatCount } from "~src/ui/format"

const TOP_HIGHLIGHTS = 4

/**
 * The trust grade with the adjusted rating, and what buyers mention most, counted. All text.
 * `total`: how many reviews the shop counts, when it says.
 */
export function ReviewInsights({
  productKey,
  total,
  shopRating,
  onReport
}: {
  productKey: string
  total: number | null
  /** The shop's own rating over all its reviews, when it says. */
  shopRating: number | null
  onReport: () => void
}) {
  const row = useLiveQuery(() => readAnalysis(getDb(), productKey, "reviews"), [productKey])
  const analysis = row?.value as ReviewAnalysis | undefined
  if (!analysis || analysis.insights.reviews === 0) return null
  return (
    <section className="cw-insights" data-testid="insights">
      <h2>What buyers say</h2>
      <TrustLine trust={analysis.trust} read={analysis.insights.reviews} total={total} shopRating={shopRating} onReport={onReport} />
      <ul className="cw-highlights">
        {analysis.insights.highlights.slice(0, TOP_HIGHLIGHTS).map((highlight) => (
          <Highlight key={highlight.id} highlight={highlight} />
        ))}
      </ul>
      {analysis.insights.highlights.length === 0 ? (
        <p className="cw-muted cw-small">No aspect is mentioned often enough to count yet.</p>
      ) : null}
    </section>
  )
}

/** The read reviews' average this far from the shop's own rating is a skewed sample, not news. */
const SKEWED = 1

function TrustLine({
  trust,
  read,
  total,
  shopRating,
  onReport
}: {
  trust: TrustReport
  read: number
  total: number | null
  shopRating: number | null
  onReport: () => void
}) {
  if (trust.state === "not-enough-reviews") {
    return (
      <p className="cw-small cw-muted" data-testid="trust-not-enough">
        Not enough reviews to grade their trustworthiness: {trust.counted} read, {trust.needed} needed.
      </p>
    )
  }
  const adjusted = trust.adjustedRating === null ? null : trust.adjustedRating.toFixed(1)
  const plain = trust.rating === null ? null : trust.rating.toFixed(1)
  // A shop page often prints its most critical (or most helpful) reviews: eight 1★ reviews of a
  // product 6,536 buyers rate 4.6 say little about it, and the popup says so beside the number.
  // In tenths, as shown: 4.6 − 3.6 is 0.9999999999999996 in floating point.
  const skewed =
    trust.rating !== null && shopRating !== null && total !== null && total > read && Math.abs(Math.round(trust.rating * 10) - Math.round(shopRating * 10)) >= SKEWED * 10
  return (
    <p className="cw-trust" data-testid="trust">
      <span className={`cw-grade cw-grade-${trust.grade}`} data-testid="trust-grade" aria-label={`Trust grade ${trust.grade}`}>
        {trust.grade}
      </span>
      <span>
        {/* The letter grades the reviews, not the product: the words beside it say which. */}
        Review trust{adjusted ? " · " : " "}
        {adjusted ? (
          <>
            adjusted rating <strong data-testid="trust-adjusted">{adjusted}</strong>
            {/* The shop's own rating counts every review; ours only those read, which can differ a lot
                (a page showing its most critical reviews), so say which reviews it rests on. */}
            <span className="cw-muted" data-testid="trust-basis">
              {" "}
              from the {read === 1 ? "review" : `${formatCount(read)} reviews`} read
              {/* More read than the shop's own count (3suisses's summary says 5 beside 12 reviews): say
                  so, or the rating line above ("· 5 reviews") and this one contradict each other. */}
              {total !== null && total > read ? ` (of ${formatCount(total)})` : total !== null && total < read ? ` (the shop's summary counts ${formatCount(total)})` : ""}
              {plain && plain !== adjusted ? `, which average ${plain}` : ""}
            </span>
            {skewed ? (
              <span className="cw-muted" data-testid="trust-skewed">
                {" "}
                · a skewed sample: the shop rates it {shopRating!.toFixed(1)}
              </span>
            ) : null}
          </>
        ) : null}
        {trust.downWeighted > 0 ? <span className="cw-muted"> · {trust.downWeighted} counted less</span> : null}{" "}
        <button type="button" className="cw-link" data-testid="open-report" onClick={onReport}>
          Report card
        </button>
      </span>
    </p>
  )
}

function Highlight({ highlight }: { highlight: AspectHighlight }) {
  return (
    <li data-testid="highlight">
      <details>
        <summary>{highlight.summary}</summary>
        <ul className="cw-quotes">
          {highlight.quotes.map((quote) => (
            <li key={`${quote.reviewId}-${quote.polarity}`} className={`cw-quote-${quote.polarity}`}>
              “<bdi>{quote.snippet}</bdi>”
            </li>
          ))}
        </ul>
      </details>
    </li>
  )
}
