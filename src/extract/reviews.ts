// Reviews from every place they are found end up in one shape (product.ts `Review`), as the page
// prints them: the date's text, and the shop's id or none (""). settle-review.ts reads the date
// and gives an id where the code is not held to the content script's 60 KB; until then, two
// reviews with the same author, date text and body are one.

import type { Review } from "../product"
import { cleanText, normalizeCount, normalizeRating } from "./normalize"
import { asArray, isNode, type SchemaNode } from "./schema-product"
import { uniqueCapped } from "./unique"
import { isArray, isString } from "../price/letters"

export const MAX_REVIEWS = 200

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

/** A clean Review as the page prints it (date as text, "" for no id), or null when there is no text to read. */
export function makeReview(raw: RawReview, source: string): Review | null {
  const body = cleanText(raw.body, 8000)
  if (!body) return null
  return {
    id: cleanText(raw.id, 200) ?? "",
    author: cleanText(raw.author, 120),
    rating: raw.rating === undefined || raw.rating === null ? null : normalizeRating(raw.rating, raw.bestRating ?? 5),
    title: cleanText(raw.title, 300),
    body,
    // As given, not cleaned: settling reads it exactly as the content script once did, so the ids
    // of reviews stored before the date moved out stay the same (review found that decoding
    // "3&nbsp;March 2021" here would read a date, and so an id, that an earlier version did not).
    // Only a text with a year (19xx or 20xx: a settled date's) can be read to a date: "3 minutes
    // ago", "3 minutes ago · #48213" are sent as none, so a widget that re-renders them does not
    // make the page's reading look new.
    date: (isString(raw.date) && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(raw.date) && raw.date.slice(0, 200)) || null,
    verified: raw.verified ?? null,
    helpfulVotes: normalizeCount(raw.helpfulVotes),
    // Its shape ("de", "pt-BR") is checked as the background settles the review (settle-review.ts).
    language: cleanText(raw.language, 20),
    source
  }
}

/**
 * Reviews from a list in a page's state (Argos's Redux state, Walmart's __NEXT_DATA__): the first
 * MAX_REVIEWS items, each read by `raw` and kept when it has text.
 */
export function reviewsFromList(list: unknown, source: string, raw: (item: unknown) => RawReview): Review[] {
  const out: Review[] = []
  for (const item of isArray(list) ? list.slice(0, MAX_REVIEWS) : []) {
    const review = makeReview(raw(item), source)
    if (review) out.push(review)
  }
  return out
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

/**
 * Keeps the first of each review (by id, or by author, date and text without one), up to twice
 * the cap: before settling, one review can be here twice (its date written two ways; a widget's
 * copy already settled by the review reader, the JSON-LD's not), and the copies must not crowd out
 * other reviews. Settling keeps each once and cuts the list to MAX_REVIEWS.
 */
export function mergeReviews(...lists: Review[][]): Review[] {
  return uniqueCapped(lists.flat(), 2 * MAX_REVIEWS, (review) => review.id || `${review.author}|${review.date}|${review.body}`)
}
