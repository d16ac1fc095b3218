// A review's language, filled in as it is stored. Pages rarely declare it (3 of the corpus's 134
// reviews did), and a content script has no room for the detector's word lists (issue #3 caps it
// at 60 KB), so the background detects it from the review's own words before writing the row:
// what the shopper exports, and the review set the insights and the summary read, say which
// language each review is in. A language the page or its widget declared is kept: Trustpilot and
// Judge.me give each review's own, and a text too short or too mixed to tell stays null.

import type { Review } from "../product"
import { detectLanguage } from "../insights/text/language"

/** The review's text as the shopper reads it: title, then body. */
const textOf = (review: Pick<Review, "title" | "body">) =>
  [review.title, review.body].filter((part) => typeof part === "string" && part.trim()).join("\n")

/** `review` with its language detected from its text where the page declared none. */
export function withLanguage<T extends Review>(review: T): T {
  if (review.language) return review
  const language = detectLanguage(textOf(review))
  return language ? { ...review, language } : review
}

/** Each review with its language, as withLanguage gives it. */
export const withLanguages = <T extends Review>(reviews: T[]): T[] => reviews.map(withLanguage)
