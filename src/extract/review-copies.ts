// One review read in two places is kept once. A shop's review app prints its reviews in its
// widget with the shop's ids and again in the page's JSON-LD without (Judge.me, Yotpo); Walmart
// has them in its JSON-LD and in its page state. By id alone both stay, and the shopper sees the
// review twice and the analyses count it twice. Reviews the shop gave two ids, or two reviews read
// from the same place, stay two: the same words posted twice are what the trust report looks for
// (src/insights).

import type { Review } from "../product"

/** An id settleReview made (settle-review.ts): the shop gave the review none. */
export const MADE_ID = /^h[0-9a-f]{8}$/

const DAY = 86_400_000

function words(text: string | null): string {
  return (text ?? "").toLowerCase().replace(/\s+/g, " ").trim()
}

/** Whether two reviews say the same, spaces and case aside. */
export function sameWords(a: Review, b: Review): boolean {
  return words(a.body) === words(b.body)
}

function agree<T>(a: T | null, b: T | null, same: (a: T, b: T) => boolean): boolean {
  return a === null || b === null || same(a, b)
}

/**
 * Whether two settled reviews with the same words could be one: at most one has the shop's id,
 * and author, rating and date do not disagree (a missing one agrees), the dates at most `slack`
 * apart (a day: one copy's date in UTC, the other's in the shop's time).
 */
function couldBeOne(a: Review, b: Review, slack: number): boolean {
  return (
    (MADE_ID.test(a.id) || MADE_ID.test(b.id)) &&
    agree(words(a.author) || null, words(b.author) || null, (x, y) => x === y) &&
    agree(a.rating, b.rating, (x, y) => Math.abs(x - y) < 0.05) &&
    agree(a.date, b.date, (x, y) => Math.abs(Date.parse(x) - Date.parse(y)) <= slack)
  )
}

/** `base` with each field it lacks taken from `other`. */
export function filledFrom<T extends Review>(base: T, other: Review): T {
  return {
    ...base,
    author: base.author ?? other.author,
    rating: base.rating ?? other.rating,
    title: base.title ?? other.title,
    date: base.date ?? other.date,
    verified: base.verified ?? other.verified,
    helpfulVotes: base.helpfulVotes ?? other.helpfulVotes,
    language: base.language ?? other.language
  }
}

/** One review from two copies: the shop's id where one has it, each field from whichever copy has it. */
function joined(a: Review, b: Review): Review {
  return MADE_ID.test(a.id) && !MADE_ID.test(b.id) ? filledFrom(b, a) : filledFrom(a, b)
}

/** A kept review with the places (sources) it was read from. */
interface Kept<T> {
  review: T
  places: Set<string>
}

/** One pass: each entry joined to the first kept one with its words that it could be, read elsewhere. */
function joinPass<T extends Review>(entries: Kept<T>[], slack: number, join: NonNullable<CopyRules<T>["join"]>): Kept<T>[] {
  const out: Kept<T>[] = []
  const byText = new Map<string, Kept<T>[]>()
  for (const entry of entries) {
    const key = words(entry.review.body)
    const same = byText.get(key) ?? []
    const kept = same.find((k) => ![...entry.places].some((p) => k.places.has(p)) && couldBeOne(k.review, entry.review, slack))
    if (kept) {
      for (const place of entry.places) kept.places.add(place)
      kept.review = join(joined(kept.review, entry.review), kept.review, entry.review)
    } else {
      const fresh = { review: entry.review, places: new Set(entry.places) }
      byText.set(key, [...same, fresh])
      out.push(fresh)
    }
  }
  return out
}

/** How withoutCopies joins: the places a review was read from, and the row it keeps for two copies. */
export interface CopyRules<T extends Review> {
  /** Where `review` was read from: its source, or every place of a stored review joined before. */
  placesOf?: (review: T) => Iterable<string>
  /**
   * The kept row from the joined review and the two copies: the database's rows keep the earlier
   * first-seen time and their copies' places and ids (src/db/review-rows.ts).
   */
  join?: (joined: Review, a: T, b: T) => T
}

/**
 * `reviews` (settled) with the first of each id kept, and each review read in two places kept
 * once, where it was first listed: copies with the same date are joined first, then those a day
 * apart, so a review's exact copy is not taken by its neighbour. A review joins only one copy from
 * each place.
 */
export function withoutCopies<T extends Review>(reviews: T[], rules: CopyRules<T> = {}): T[] {
  const placesOf = rules.placesOf ?? ((review: T) => [review.source])
  const join = rules.join ?? ((joined: Review) => joined as T)
  const byId = new Map<string, Kept<T>>()
  for (const review of reviews) {
    const known = byId.get(review.id)
    if (known) for (const place of placesOf(review)) known.places.add(place)
    else byId.set(review.id, { review, places: new Set(placesOf(review)) })
  }
  return joinPass(joinPass([...byId.values()], 0, join), DAY, join).map((k) => k.review)
}
