import type { ReviewAnalysis } from "../../insights/analyse"
import type { Review } from "../../product"
import { fitToBudget, type BudgetPart } from "../tokens"
import { shorten } from "./data-text"

/** Longest review text sent, in characters: more, shorter reviews cover more aspects than a few long ones. */
const REVIEW_CHARS = 320

export interface Evidence {
  /** Short labels the model cites ("r3") → the review ids they stand for. */
  labels: Map<string, string>
  /** One line per review sent, "[r3] 2/5 Title: text". */
  lines: string[]
  /** Highlight ids (aspects) with at least one review sent that mentions them. */
  covered: Set<string>
  used: number
  total: number
}

/**
 * Which reviews to show the model, best first: for each aspect shoppers mention (most mentioned
 * first) a review praising it and one criticising it, round after round, so that every aspect and
 * both sides are represented; then the most helpful remaining reviews, alternating high and low
 * ratings. Nothing here depends on review order on the page.
 */
export function rankEvidence(reviews: readonly Review[], analysis: ReviewAnalysis): Review[] {
  const byId = new Map(reviews.filter((r) => (r.title ?? r.body).trim()).map((r) => [r.id, r]))
  const order: string[] = []
  const taken = new Set<string>()
  const take = (id: string | undefined) => {
    if (id && byId.has(id) && !taken.has(id)) {
      taken.add(id)
      order.push(id)
      return true
    }
    return false
  }
  const highlights = [...analysis.insights.highlights].sort((a, b) => b.reviews - a.reviews)
  // Round 1: one review for every aspect, on the side most buyers take; round 2: the other side;
  // then the remaining quotes. Coverage of aspects first, then both sentiments, then depth.
  const sides = (h: (typeof highlights)[number]) => {
    const majority = h.negative > h.positive ? "negative" : "positive"
    const minority = majority === "negative" ? "positive" : "negative"
    const of = (polarity: string) => h.quotes.filter((q) => q.polarity === polarity).map((q) => q.reviewId)
    const major = [...of(majority), ...of("neutral")]
    const minor = of(minority)
    return { major, minor }
  }
  const split = highlights.map(sides)
  // A side already represented by a review taken for another aspect needs no second one.
  const cover = (ids: string[]) => ids.some((id) => taken.has(id)) || ids.some((id) => take(id))
  for (const { major } of split) cover(major)
  for (const { minor } of split) cover(minor)
  for (const { major, minor } of split) [...major, ...minor].forEach((id) => take(id))
  const rest = [...byId.values()]
    .filter((r) => !taken.has(r.id))
    .sort((a, b) => (b.helpfulVotes ?? 0) - (a.helpfulVotes ?? 0) || (b.date ?? "").localeCompare(a.date ?? ""))
  const high = rest.filter((r) => (r.rating ?? 3) >= 3)
  const low = rest.filter((r) => (r.rating ?? 3) < 3)
  for (let i = 0; i < Math.max(high.length, low.length); i++) {
    take(low[i]?.id)
    take(high[i]?.id)
  }
  return order.map((id) => byId.get(id)!)
}

/** More reviews than any budget here can hold (≥ 8 tokens each): fitting stays linear in this, not in the review count. */
const MAX_CANDIDATES = 400

/** The ranked reviews that fit `budget` tokens, labelled r1, r2… in rank order. */
export function selectEvidence(reviews: readonly Review[], analysis: ReviewAnalysis, budget: number): Evidence {
  const all = rankEvidence(reviews, analysis)
  const ranked = all.slice(0, MAX_CANDIDATES)
  const parts: BudgetPart[] = ranked.map((review, index) => {
    const title = review.title ? `${shorten(review.title, 80)}: ` : ""
    const stars = review.rating === null ? "" : ` ${review.rating}/5`
    return { id: `r${index + 1}`, text: `[r${index + 1}]${stars} ${title}${shorten(review.body, REVIEW_CHARS)}`, priority: ranked.length - index }
  })
  const fitted = fitToBudget(parts, budget)
  const labels = new Map(fitted.parts.map((part) => [part.id, ranked[Number(part.id.slice(1)) - 1]!.id]))
  const sent = new Set(labels.values())
  const covered = new Set(
    analysis.insights.highlights.filter((h) => h.quotes.some((q) => sent.has(q.reviewId))).map((h) => h.id)
  )
  return { labels, lines: fitted.parts.map((part) => part.text), covered, used: labels.size, total: all.length }
}
