import { useLiveQuery } from "dexie-react-hooks"

import { readAnalysis } from "~src/db/analyses"
import { getDb, type StoredReview } from "~src/db/schema"
import type { ReviewAnalysis, TrustTest } from "~src/insights/analyse"

const STATUS_WORDS = { pass: "Pass", warn: "Check", fail: "Fail" } as const
const EVIDENCE_SHOWN = 5

/** Every trust test: what it looks for, what it measured, and the reviews behind it. */
export function ReportCard({ productKey, onBack }: { productKey: string; onBack: () => void }) {
  const db = getDb()
  const row = useLiveQuery(() => readAnalysis(db, productKey, "reviews"), [productKey])
  const reviews = useLiveQuery(() => db.reviews.where("productKey").equals(productKey).toArray(), [productKey], [])
  const analysis = row?.value as ReviewAnalysis | undefined
  const byId = new Map(reviews.map((review) => [review.id, review]))
  const trust = analysis?.trust
  return (
    <section className="cw-report" data-testid="report-card">
      <button type="button" className="cw-link" onClick={onBack}>
        ← Back to the product
      </button>
      <h2>Review report card</h2>
      {!trust ? null : trust.state === "not-enough-reviews" ? (
        <p>Cartwise grades reviews once it has read at least {trust.needed}; it has {trust.counted}.</p>
      ) : (
        <>
          <p data-testid="report-grade">
            Review trust grade <strong>{trust.grade}</strong> ({trust.score} of 100): how genuine the reviews read look, not how
            good the product is.{" "}
            {trust.adjustedRating === null
              ? "These reviews carry no stars, so there is no rating to adjust; none is hidden."
              : `Suspicious reviews count less in the adjusted rating (${trust.adjustedRating.toFixed(1)}); none is hidden.`}
          </p>
          <ol className="cw-tests">
            {trust.tests.map((test) => (
              <TestRow key={test.id} test={test} byId={byId} />
            ))}
          </ol>
          {trust.skipped.length ? (
            <div className="cw-small cw-muted" data-testid="report-skipped">
              Not measured:
              <ul className="cw-tests">
                {trust.skipped.map((skipped) => (
                  <li key={skipped.id}>
                    {skipped.title}. {skipped.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}

function TestRow({ test, byId }: { test: TrustTest; byId: Map<string, StoredReview> }) {
  const evidence = test.reviewIds.map((id) => byId.get(id)).filter((review): review is StoredReview => !!review)
  return (
    <li data-testid={`trust-test-${test.id}`} data-status={test.status}>
      <span className={`cw-status cw-status-${test.status}`}>{STATUS_WORDS[test.status]}</span> <strong>{test.title}</strong>
      <p className="cw-small">{test.measured}</p>
      <p className="cw-small cw-muted">{test.explanation}</p>
      {evidence.length ? (
        <details>
          <summary className="cw-small">The reviews behind it ({test.reviewIds.length})</summary>
          <ul className="cw-quotes">
            {evidence.slice(0, EVIDENCE_SHOWN).map((review) => (
              <li key={review.id}>
                {review.rating === null ? "" : `${review.rating}★ `}
                {review.author ? <><bdi>{review.author}</bdi>: </> : ""}“<bdi>{(review.title ? `${review.title}. ` : "") + review.body.slice(0, 160)}</bdi>”
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  )
}
