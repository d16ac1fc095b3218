// Aspect highlights: per aspect, how many reviews mention it (N of M), how many of those lean
// positive or negative, and a few sentences to show as evidence.

import type { PreparedReview } from "../prepare"
import { ASPECT_LABELS, type AspectId } from "../lexicon/aspect-ids"
import type { PhraseIndex } from "../text/phrase-index"
import type { AspectHighlight, Polarity, Quote } from "../types"
import type { SentenceWalks } from "./lexicon-hits"
import { sentenceMentions } from "./sentence"

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

type Candidate = Quote & { strength: number; rank: number }

/** One review's view of one aspect: its summed score and strongest quote per polarity. */
interface Total {
  aspect: string
  score: number
  positive: Candidate | undefined
  negative: Candidate | undefined
  neutral: Candidate | undefined
}

function tallyReview(review: PreparedReview, phrases: PhraseIndex<string> | null, tallies: Map<string, Tally>, walks: SentenceWalks, walk: number): void {
  const { matcher } = review
  // A list searched in order, not a map: a review names a handful of aspects at most, and a map
  // per review (and a callback to walk it) showed in profiles.
  const totals: Total[] = []
  for (const sentence of review.sentences) {
    for (const mention of sentenceMentions(sentence.tokens, matcher, phrases ?? undefined, walks, walk++)) {
      const strength = Math.abs(mention.score)
      const polarity = polarityOf(mention.score)
      let total: Total | undefined
      for (const seen of totals) if (seen.aspect === mention.aspect) total = seen
      if (!total) {
        // All three polarities from the start: one object shape, not one grown key by key.
        total = { aspect: mention.aspect, score: 0, positive: undefined, negative: undefined, neutral: undefined }
        totals.push(total)
      }
      total.score += mention.score
      // The quote (and its shortened text) is only built for the strongest sentence so far.
      if (strength > (total[polarity]?.strength ?? -1)) {
        total[polarity] = { reviewId: review.review.id, snippet: snippet(sentence.text), polarity, strength, rank: 0 }
      }
    }
  }
  for (const total of totals) {
    const { aspect } = total
    let tally = tallies.get(aspect)
    if (!tally) {
      tally = { reviews: 0, positive: 0, negative: 0, quotes: [] }
      tallies.set(aspect, tally)
    }
    tally.reviews++
    const polarity = polarityOf(total.score)
    if (polarity === "positive") tally.positive++
    if (polarity === "negative") tally.negative++
    // The quote shows the sentence that agrees with the review's overall view of the aspect.
    const quote = total[polarity]
    if (quote) {
      quote.rank = rankOf(quote)
      tally.quotes.push(quote)
    }
  }
}

/** Strong, mid-length sentences make the best evidence. */
function rankOf(quote: Candidate): number {
  return quote.strength - Math.abs(quote.snippet.length - 90) / 200
}

/** Higher rank first; review ids break ties so results are stable. */
function before(a: Candidate, b: Candidate): boolean {
  return a.rank > b.rank || (a.rank === b.rank && a.reviewId.localeCompare(b.reviewId) < 0)
}

/**
 * The best `count` quotes of one polarity with different texts, in order. One pass keeping a
 * short list: an aspect of a 10,000-review product has thousands of candidates, and sorting them
 * all to keep two was most of the time spent on highlights.
 */
function topQuotes(quotes: readonly Candidate[], polarity: Polarity, count: number): Candidate[] {
  const top: Candidate[] = []
  for (const quote of quotes) {
    if (quote.polarity !== polarity) continue
    const same = top.findIndex((kept) => kept.snippet === quote.snippet)
    if (same !== -1) {
      // The same text from another review: keep whichever ranks first, once.
      if (!before(quote, top[same] as Candidate)) continue
      top.splice(same, 1)
    } else if (top.length === count && !before(quote, top[count - 1] as Candidate)) continue
    let at = top.length
    while (at > 0 && before(quote, top[at - 1] as Candidate)) at--
    top.splice(at, 0, quote)
    if (top.length > count) top.pop()
  }
  return top
}

function pickQuotes(quotes: readonly Candidate[]): Quote[] {
  const picked = [...topQuotes(quotes, "positive", QUOTES_PER_SIDE), ...topQuotes(quotes, "negative", QUOTES_PER_SIDE)]
  const shown = picked.length > 0 ? picked : topQuotes(quotes, "neutral", 1)
  return shown.map(({ reviewId, snippet: text, polarity }) => ({ reviewId, snippet: text, polarity }))
}

export function aspectHighlights(
  reviews: readonly PreparedReview[],
  phrases: PhraseIndex<string> | null,
  withText: number,
  walks: SentenceWalks
): AspectHighlight[] {
  const tallies = new Map<string, Tally>()
  let walk = 0
  for (const review of reviews) {
    tallyReview(review, phrases, tallies, walks, walk)
    walk += review.sentences.length
  }
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
        // Mentions with no judgement either way get no "0 positive, 0 negative".
        summary: `${tally.reviews} of ${withText} ${withText === 1 ? "review mentions" : "reviews mention"} ${name}${tally.positive + tally.negative ? `: ${tally.positive} positive, ${tally.negative} negative` : ", none for or against"}`,
        quotes: pickQuotes(tally.quotes)
      }
    })
}
