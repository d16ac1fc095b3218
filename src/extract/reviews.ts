// Reviews from every place they are found end up in one shape (product.ts `Review`). Ids are the
// shop's own when it gives one, else a hash of author, date and text, so a review read twice —
// from JSON-LD and from the widget that rendered it — is kept once.

import type { Review } from "../product"
import { parseReviewDate } from "./dates"
import { cleanText, normalizeCount, normalizeRating } from "./normalize"
import { asArray, isNode, type SchemaNode } from "./schema-product"
import { uniqueCapped } from "./unique"
import { isString } from "../price/letters"

export const MAX_REVIEWS = 200

/** FNV-1a, 32 bits, as hex: short, stable and good enough to tell reviews apart. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, "0")
}

export interface RawReview {
  id?: string | null
  author?: unknown
  rating?: unknown
  bestRating?: unknown
  title?: unknown
  body?: unknown
  date?: unknown
  verified?: boolean | null
  helpfulVotes?: unknown
  language?: unknown
}

/** A clean Review, or null when there is no text to read. */
export function makeReview(raw: RawReview, source: string): Review | null {
  const body = cleanText(raw.body, 8000)
  if (!body) return null
  const author = cleanText(raw.author, 120)
  const date = parseReviewDate(isString(raw.date) ? raw.date : null)
  const id = cleanText(raw.id, 200) ?? `h${hashText(`${author ?? ""}|${date ?? ""}|${body}`)}`
  const language = cleanText(raw.language, 20)
  return {
    id,
    author,
    rating: raw.rating === undefined || raw.rating === null ? null : normalizeRating(raw.rating, raw.bestRating ?? 5),
    title: cleanText(raw.title, 300),
    body,
    date,
    verified: raw.verified ?? null,
    helpfulVotes: normalizeCount(raw.helpfulVotes),
    language: language && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(language) ? language : null,
    source
  }
}

/** schema.org Review nodes (JSON-LD or microdata) under a product's `review`/`reviews`. */
export function reviewsFromSchema(product: SchemaNode, source: string): Review[] {
  const out: Review[] = []
  for (const item of [...asArray(product["review"]), ...asArray(product["reviews"])].slice(0, MAX_REVIEWS)) {
    if (!isNode(item)) continue
    const rating = asArray(item["reviewRating"]).find(isNode)
    const author = asArray(item["author"])[0]
    const review = makeReview(
      {
        id: isString(item["@id"]) ? item["@id"] : isString(item["identifier"]) ? item["identifier"] : null,
        author: isNode(author) ? author["name"] : author,
        rating: rating?.["ratingValue"],
        bestRating: rating?.["bestRating"],
        title: item["name"] ?? item["headline"],
        body: item["reviewBody"] ?? item["description"] ?? item["text"],
        date: item["datePublished"] ?? item["dateCreated"],
        language: item["inLanguage"]
      },
      source
    )
    if (review) out.push(review)
  }
  return out
}

/** Keeps the first of each id, up to the cap. */
export function mergeReviews(...lists: Review[][]): Review[] {
  return uniqueCapped(lists.flat(), MAX_REVIEWS, (review) => review.id)
}
