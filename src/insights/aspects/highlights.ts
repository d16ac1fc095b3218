// Aspect highlights: per aspect, how many reviews mention it (N of M), how many of those lean
// positive or negative, and a few sentences to show as evidence.

import type { PreparedReview } from "../prepare"
import { ASPECT_LABELS, type AspectId } from "../lexicon/aspect-ids"
import type { PhraseIndex } from "../text/phrase-index"
import type { AspectHighlight, Polarity, Quote } from "../types"
import { reviewMatcher, sentenceMentions } from "./sentence"

/** Below this a score is a mention without a clear judgement. */
const NEUTRAL_BAND = 0.25
const QUOTES_PER_SIDE = 2
const SNIPPET = 200
/** Highlights kept; the rest are rarely mentioned. */
const MAX_HIGHLIGHTS = 16

export function polarityOf(score: number): Polarity {
  return score >= NEUTRAL_BAND ? "positive" : score <= -NEUTRAL_BAND ? "negative" : "neutral"
}

interface Tally {
  reviews: number
  positive: number
  negative: number
  quotes: Candidate[]
}

function snippet(text: string): string {
  return text.length <= SNIPPET ? text : `${text.slice(0, SNIPPET - 1).trimEnd()}…`
}

type Candidate = Quote & { strength: number }

function tallyReview(review: PreparedReview, phrases: PhraseIndex<string> | null, tallies: Map<string, Tally>): void {
  const matcher = reviewMatcher(review)
  const totals = new Map<string, { score: number; best: Partial<Record<Polarity, Candidate>> }>()
  for (const sentence of review.sentences) {
    for (const mention of sentenceMentions(sentence.tokens, matcher, phrases ?? undefined)) {
      const strength = Math.abs(mention.score)
      const polarity = polarityOf(mention.score)
      const quote = { reviewId: review.review.id, snippet: snippet(sentence.text), polarity, strength }
      const total = totals.get(mention.aspect) ?? { score: 0, best: {} }
      totals.set(mention.aspect, total)
      total.score += mention.score
      if (strength > (total.best[polarity]?.strength ?? -1)) total.best[polarity] = quote
    }
  }
  for (const [aspect, { score, best }] of totals) {
    const tally = tallies.get(aspect) ?? { reviews: 0, positive: 0, negative: 0, quotes: [] }
    tallies.set(aspect, tally)
    tally.reviews++
    const polarity = polarityOf(score)
    if (polarity === "positive") tally.positive++
    if (polarity === "negative") tally.negative++
    // The quote shows the sentence that agrees with the review's overall view of the aspect.
    const quote = best[polarity]
    if (quote) tally.quotes.push(quote)
  }
}

/** Strong, mid-length sentences make the best evidence; ids break ties so results are stable. */
function pickQuotes(quotes: readonly (Quote & { strength: number })[]): Quote[] {
  const rank = (quote: Quote & { strength: number }) => quote.strength - Math.abs(quote.snippet.length - 90) / 200
  const side = (polarity: Polarity) => {
    const seen = new Set<string>()
    return quotes
      .filter((quote) => quote.polarity === polarity)
      .sort((a, b) => rank(b) - rank(a) || a.reviewId.localeCompare(b.reviewId))
      .filter((quote) => !seen.has(quote.snippet) && Boolean(seen.add(quote.snippet)))
      .slice(0, QUOTES_PER_SIDE)
  }
  const picked = [...side("positive"), ...side("negative")]
  const shown = picked.length > 0 ? picked : side("neutral").slice(0, 1)
  return shown.map(({ reviewId, snippet: text, polarity }) => ({ reviewId, snippet: text, polarity }))
}

export function aspectHighlights(
  reviews: readonly PreparedReview[],
  phrases: PhraseIndex<string> | null,
  withText: number
): AspectHighlight[] {
  const tallies = new Map<string, Tally>()
  for (const review of reviews) tallyReview(review, phrases, tallies)
  return [...tallies]
    .sort((a, b) => b[1].reviews - a[1].reviews || a[0].localeCompare(b[0]))
    .slice(0, MAX_HIGHLIGHTS)
    .map(([id, tally]) => {
      const kind = id.startsWith("phrase:") ? "phrase" : "aspect"
      const label = kind === "phrase" ? id.slice("phrase:".length) : ASPECT_LABELS[id as AspectId]
      const name = kind === "phrase" ? `"${label}"` : label.toLowerCase()
      return {
        id,
        label,
        kind,
        reviews: tally.reviews,
        of: withText,
        positive: tally.positive,
        negative: tally.negative,
        summary: `${tally.reviews} of ${withText} reviews mention ${name}: ${tally.positive} positive, ${tally.negative} negative`,
        quotes: pickQuotes(tally.quotes)
      }
    })
}
