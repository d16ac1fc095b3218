// Instant insights: histogram, languages, aspect highlights. No model, no network.

import { aspectHighlights } from "./aspects/highlights"
import { SentenceWalks } from "./aspects/lexicon-hits"
import { frequentPhrases } from "./aspects/phrases"
import { ratingHistogram } from "./histogram"
import type { PreparedReview } from "./prepare"
import type { Insights, LanguageCount } from "./types"

function languages(reviews: readonly PreparedReview[]): LanguageCount[] {
  const counts = new Map<string | null, number>()
  for (const review of reviews) {
    if (review.words.length > 0) counts.set(review.language, (counts.get(review.language) ?? 0) + 1)
  }
  return [...counts]
    .map(([language, count]) => ({ language, reviews: count }))
    .sort((a, b) => b.reviews - a.reviews || (a.language ?? "~").localeCompare(b.language ?? "~"))
}

/**
 * The language more reviews are written in than any other (Amazon.de: 5 German reviews beside 3
 * French, 1 Italian and 1 Dutch ones "from other countries"); null on a tie or when none is known.
 */
function mainLanguage(counts: readonly LanguageCount[]): string | null {
  const [first, second] = counts.filter((count) => count.language !== null)
  return first && first.reviews > (second?.reviews ?? 0) ? first.language : null
}

/** `product`: its name and brand, which are never among the things buyers mention. */
export function computeInsights(reviews: readonly PreparedReview[], product?: { name?: string | null; brand?: string | null }): Insights {
  const withText = reviews.filter((review) => review.words.length > 0)
  // Both phrase counting and sentiment read each sentence's lexicon matches: found once here.
  const walks = new SentenceWalks(withText)
  // Counted once: shown as the set's languages, and picking the language its phrases come from.
  const counts = languages(reviews)
  return {
    reviews: reviews.length,
    withText: withText.length,
    histogram: ratingHistogram(reviews.map((review) => review.rating)),
    languages: counts,
    highlights: aspectHighlights(withText, frequentPhrases(withText, walks, product, mainLanguage(counts)), withText.length, walks)
  }
}
