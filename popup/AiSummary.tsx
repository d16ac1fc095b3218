import { useLiveQuery } from "dexie-react-hooks"
import { useEffect, useRef, useState } from "react"

import { readAnalysis } from "~src/db/analyses"
import { getDb, type StoredProduct, type StoredReview } from "~src/db/schema"
import type { ReviewAnalysis } from "~src/insights/analyse"
import { classifyError, describeError } from "~src/llm/errors"
import type { ModelErrorKind } from "~src/llm/language-model"
import { parsePartialJson } from "~src/llm/partial-json"
import {
  SUMMARY_MAX_TOKENS,
  SUMMARY_PROMPT_VERSION,
  SUMMARY_SCHEMA,
  buildSummaryPrompt,
  groundSummary,
  isReviewSummary,
  validateSummary,
  type ReviewSummary,
  type SummaryPoint
} from "~src/llm/prompts/review-summary"
import { modelClient } from "~src/platform/chrome-model-client"
import { openOptions } from "~src/platform/chrome-popup"

import { useEngine, useModelSettings } from "../components/model/useEngine"

/** Fewer reviews than this give a summary that only repeats them. */
const MIN_REVIEWS = 3
/**
 * The review set must stay the same this long before a summary is written: while Cartwise reads
 * further review pages the set changes every second or two, and each change would restart the model.
 */
const SETTLE_MS = 800

type Partial = { pros?: { text?: string }[]; cons?: { text?: string }[]; verdict?: string }

/**
 * The AI summary of the reviews: shown at once from the cache when it was written for this review
 * set, model and prompt; otherwise written now by the on-device model (as background work, behind
 * any question), streaming in point by point, then grounded and stored. Every point can show the
 * reviews it cites.
 */
export function AiSummary({ product }: { product: StoredProduct }) {
  const db = getDb()
  const settings = useModelSettings()
  const engine = useEngine(settings?.enabled === true)
  const analysisRow = useLiveQuery(() => readAnalysis(db, product.key, "reviews"), [product.key])
  const stored = useLiveQuery(() => readAnalysis(db, product.key, "summary"), [product.key])
  const [partial, setPartial] = useState<Partial | null>(null)
  const [failure, setFailure] = useState<ModelErrorKind | null>(null)
  const running = useRef<string | null>(null)

  const host = engine?.host
  const ready = engine?.connection === "connected" && host?.engine === "ready" && host.modelId !== null
  const analysis = analysisRow?.value as ReviewAnalysis | undefined
  const enough = (analysis?.insights.withText ?? 0) >= MIN_REVIEWS
  const fresh =
    stored !== undefined &&
    stored.reviewHash === analysisRow?.reviewHash &&
    stored.version === SUMMARY_PROMPT_VERSION &&
    (!ready || stored.modelId === host?.modelId)

  useEffect(() => {
    if (!ready || !analysisRow || !analysis || !enough || fresh || !host?.modelId) return
    const job = `${analysisRow.reviewHash}|${host.modelId}`
    if (running.current === job) return
    running.current = job
    const controller = new AbortController()
    const modelId = host.modelId
    const write = async () => {
      const reviews = await db.reviews.where("productKey").equals(product.key).toArray()
      const language = navigator.language.split("-")[0] ?? "en"
      const prompt = buildSummaryPrompt(product, reviews, analysis, language)
      let text = ""
      setFailure(null)
      const raw = await modelClient().structured(prompt.messages, SUMMARY_SCHEMA, validateSummary, {
        signal: controller.signal,
        priority: "background",
        maxTokens: SUMMARY_MAX_TOKENS,
        temperature: 0.2,
        onToken: (token) => {
          text += token
          setPartial((parsePartialJson(text) as Partial | undefined) ?? null)
        },
        onRestart: () => {
          text = ""
          setPartial(null)
        }
      })
      const value = groundSummary(raw, prompt.labels, { used: prompt.used, total: prompt.total }, language)
      await db.analyses.put({ productKey: product.key, kind: "summary", reviewHash: analysisRow.reviewHash, modelId, version: SUMMARY_PROMPT_VERSION, createdAt: Date.now(), value })
    }
    const timer = setTimeout(() => {
      write()
        .catch((error: unknown) => {
          const kind = classifyError(error).kind
          if (kind !== "cancelled") setFailure(kind)
        })
        .finally(() => {
          setPartial(null)
          if (running.current === job) running.current = null
        })
    }, SETTLE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
      // The next run (same reviews, after a re-render) must not think this one is still going.
      if (running.current === job) running.current = null
    }
  }, [ready, analysisRow?.reviewHash, host?.modelId, fresh, enough])

  if (!analysis || !enough) return null
  // A summary stored by an older version is shown only if it still has the shape rendered here.
  const summary: ReviewSummary | undefined = isReviewSummary(stored?.value) ? stored.value : undefined
  return (
    <section className="cw-summary" data-testid="ai-summary" aria-live="polite">
      <h2>AI summary {summary && !fresh ? <span className="cw-muted cw-small">· updating…</span> : null}</h2>
      {partial && !summary ? <Streaming partial={partial} /> : summary ? <Summary summary={summary} reviewsOf={product.key} /> : null}
      {!summary && !partial && ready ? <p className="cw-muted cw-small">Writing a summary on this device…</p> : null}
      {settings?.enabled && !ready && !summary && !partial && !failure ? (
        <p className="cw-muted cw-small" data-testid="ai-summary-waiting">
          {host?.engine === "failed"
            ? "Written once the on-device model loads; it did not load (see On-device AI below)."
            : "Written once the on-device model has loaded."}
        </p>
      ) : null}
      {failure ? (
        <p className="cw-small cw-danger" data-testid="ai-summary-failed">
          {describeError(failure).title}. {describeError(failure).action}
        </p>
      ) : null}
      {!settings?.enabled && !summary ? (
        <p className="cw-small cw-muted">
          A written summary of these reviews needs the on-device model.{" "}
          <button type="button" className="cw-link" onClick={openOptions}>
            Set it up
          </button>
        </p>
      ) : null}
    </section>
  )
}

function Streaming({ partial }: { partial: Partial }) {
  const line = (items: { text?: string }[] | undefined) => (items ?? []).map((item) => item.text).filter(Boolean) as string[]
  return (
    <div data-testid="ai-summary-streaming">
      {line(partial.pros).map((text, i) => (
        <p key={`p${i}`} className="cw-pro">
          + {text}
        </p>
      ))}
      {line(partial.cons).map((text, i) => (
        <p key={`c${i}`} className="cw-con">
          − {text}
        </p>
      ))}
      {partial.verdict ? <p className="cw-verdict">{partial.verdict}</p> : null}
    </div>
  )
}

function Summary({ summary, reviewsOf }: { summary: ReviewSummary; reviewsOf: string }) {
  return (
    <div data-testid="ai-summary-done">
      {summary.verdict ? (
        <p className="cw-verdict" data-testid="ai-verdict">
          {summary.verdict}
        </p>
      ) : null}
      <Points title="Buyers like" sign="+" points={summary.pros} productKey={reviewsOf} testId="ai-pros" />
      <Points title="Buyers dislike" sign="−" points={summary.cons} productKey={reviewsOf} testId="ai-cons" />
      <Points title="Suits" sign="✓" points={summary.suits} productKey={reviewsOf} testId="ai-suits" />
      <Points title="Think twice if" sign="!" points={summary.avoid} productKey={reviewsOf} testId="ai-avoid" />
      <p className="cw-small cw-muted">
        Written on this device from {summary.basedOn.used} of {summary.basedOn.total} reviews
        {summary.dropped ? `; ${summary.dropped} point${summary.dropped === 1 ? "" : "s"} citing no review left out` : ""}.
      </p>
    </div>
  )
}

function Points({ title, sign, points, productKey, testId }: { title: string; sign: string; points: SummaryPoint[]; productKey: string; testId: string }) {
  if (points.length === 0) return null
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      <ul className="cw-points">
        {points.map((point) => (
          <li key={point.text}>
            <CitedPoint sign={sign} point={point} productKey={productKey} />
          </li>
        ))}
      </ul>
    </div>
  )
}

function CitedPoint({ sign, point, productKey }: { sign: string; point: SummaryPoint; productKey: string }) {
  const [open, setOpen] = useState(false)
  const cited = useLiveQuery(
    async () => (open ? ((await getDb().reviews.bulkGet(point.reviewIds.map((id) => [productKey, id] as [string, string]))).filter(Boolean) as StoredReview[]) : []),
    [open, productKey, point.reviewIds.join("|")],
    []
  )
  return (
    <>
      {sign} {point.text}{" "}
      <button type="button" className="cw-link cw-small" data-testid="ai-cites" onClick={() => setOpen(!open)}>
        ({point.reviewIds.length} review{point.reviewIds.length === 1 ? "" : "s"})
      </button>
      {open ? (
        <ul className="cw-quotes" data-testid="ai-cited-reviews">
          {cited.map((review) => (
            <li key={review.id}>
              {review.rating === null ? "" : `${review.rating}★ `}“<bdi>{review.body.slice(0, 200)}</bdi>”
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
