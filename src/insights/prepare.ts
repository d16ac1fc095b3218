// Each review read once: normalised text, sentences, tokens, language. Every signal works from
// this, so a 10,000-review product is tokenised once.

import type { Review } from "../product"
import { detectLanguage } from "./text/language"
import { BREAK, MAX_TEXT, normalise, splitSentences, tokenize } from "./text/tokens"

export interface PreparedSentence {
  text: string
  tokens: string[]
}

export interface PreparedReview {
  review: Review
  /** Title and body, normalised and capped at MAX_TEXT. */
  text: string
  sentences: PreparedSentence[]
  /** All words of title and body, no clause breaks. */
  words: string[]
  language: string | null
  rating: number | null
}

/** Ratings outside 0–5 or not numbers are treated as missing rather than clamped into a star. */
function validRating(rating: number | null): number | null {
  return typeof rating === "number" && Number.isFinite(rating) && rating >= 0 && rating <= 5 ? rating : null
}

function declaredLanguage(review: Review): string | null {
  const primary = review.language?.trim().toLowerCase().split(/[-_]/)[0]
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null
}

export function prepareReview(review: Review): PreparedReview {
  const title = typeof review.title === "string" ? review.title.trim() : ""
  const body = typeof review.body === "string" ? review.body.trim() : ""
  const joined = title && body && !body.startsWith(title) ? `${title}\n${body}` : body || title
  const text = normalise(joined.slice(0, MAX_TEXT))
  const sentences = splitSentences(text).map((sentence) => ({ text: sentence, tokens: tokenize(sentence) }))
  const allWords: string[] = []
  for (const sentence of sentences) for (const token of sentence.tokens) if (token !== BREAK) allWords.push(token)
  return {
    review,
    text,
    sentences,
    words: allWords,
    // The text says more than a page-wide lang attribute, which shops set once for all reviews.
    language: detectLanguage(text, allWords) ?? declaredLanguage(review),
    rating: validRating(review.rating)
  }
}
