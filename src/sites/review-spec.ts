// Reviews as markup: a list of items, and per field a selector inside the item. Used by shop
// adapters (Amazon's [data-hook=review]) and by the review widgets thousands of shops embed
// (widgets/*.ts). Declarative like the adapters; evidence fixtures prove each spec.

import { squish, trim } from "../price/letters"
import { firstNumber } from "../extract/normalize"
import { makeReview, MAX_REVIEWS } from "../extract/reviews"
import type { Review } from "../product"
import { all, textPrefix } from "../extract/text"
import { selectFirst } from "./select"
import { pickAt, type Pick } from "./types"

export interface ReviewSpec {
  /** One review. */
  item: string
  id?: Pick
  author?: Pick
  /** Text or attribute holding the stars ("4.0 out of 5 stars", data-score="4"). */
  rating?: Pick
  /** Or the filled star icons in the item, counted (Best Buy prints no number). */
  stars?: string
  /** The scale when it is not 5. */
  bestRating?: number
  title?: Pick
  body: Pick
  date?: Pick
  /** Present (and non-empty when it has text) means a verified purchase. */
  verified?: Pick
  helpfulVotes?: Pick
  language?: Pick
}

function read(item: Element, given: Pick | undefined, prose = false): string | null {
  if (!given) return null
  const pick = pickAt(given)
  const el = pick.css === ":scope" ? item : selectFirst(item, pick.css)
  if (!el) return null
  // Review bodies keep up to 8,000 characters; read a little more for white space to collapse.
  const value = pick.attr ? el.getAttribute(pick.attr) : textPrefix(el, 9000, prose)
  if (value === null) return null
  if (!pick.match) return value
  return pick.match.exec(squish(value))?.[1] ?? null
}

/** Words for "one", so "One person found this helpful" counts. */
const ONE = /^(?:one|eine?|une?|una?|um|één|jeden)\b/i

/** The reviews under `root`: the document, or a shadow root an adapter reads itself. */
export function readReviewSpec(root: ParentNode, spec: ReviewSpec, source: string): Review[] {
  const out: Review[] = []
  for (const item of all(root, spec.item, MAX_REVIEWS)) {
    const helpful = read(item, spec.helpfulVotes)
    const review = makeReview(
      {
        id: read(item, spec.id),
        author: read(item, spec.author),
        rating: spec.stars ? String(item.querySelectorAll(spec.stars).length) : firstNumber(read(item, spec.rating)),
        bestRating: spec.bestRating ?? 5,
        title: read(item, spec.title),
        body: read(item, spec.body, true),
        date: read(item, spec.date),
        verified: spec.verified ? read(item, spec.verified) !== null : null,
        helpfulVotes: helpful === null ? null : ONE.test(trim(helpful)) ? 1 : firstNumber(helpful.replace(/[.,](?=\d{3}\b)/g, "")),
        language: read(item, spec.language)
      },
      source
    )
    if (review) out.push(review)
  }
  return out
}
