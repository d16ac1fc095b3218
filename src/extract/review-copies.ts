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

/** A text's words as reviews are compared: lower case, white space folded. */
export function words(text: string | null): string {
  return (text ?? "").toLowerCase().replace(/\s+/g, " ").trim()
}

/** Whether two reviews say the same, spaces and case aside. */
export function sameWords(a: Review, b: Review): boolean {
  return words(a.body) === words(b.body)
}

function agree<T>(a: T | null, b: T | null, same: (a: T, b: T) => boolean): boolean {
  return a === null || b === null || same(a, b)
}

/** What couldBeOne compares, worked out once per review: many reviews can share one text. */
interface Traits {
  made: boolean
  author: string | null
  day: number | null
}

const traitsOf = new WeakMap<Review, Traits>()

function traits(review: Review): Traits {
  let found = traitsOf.get(review)
  if (!found) {
    const day = review.date === null ? NaN : Date.parse(review.date)
    found = { made: MADE_ID.test(review.id), author: words(review.author) || null, day: Number.isNaN(day) ? null : day }
    traitsOf.set(review, found)
  }
  return found
}

/**
 * Whether two settled reviews with the same words could be one: at most one has the shop's id,
 * and author, rating and date do not disagree (a missing one agrees), the dates at most `slack`
 * apart (a day: one copy's date in UTC, the other's in the shop's time).
 */
function couldBeOne(a: Review, b: Review, slack: number): boolean {
  const [x, y] = [traits(a), traits(b)]
  return (
    (x.made || y.made) &&
    agree(a.rating, b.rating, (p, q) => Math.abs(p - q) < 0.05) &&
    agree(x.author, y.author, (p, q) => p === q) &&
    agree(x.day, y.day, (p, q) => Math.abs(p - q) <= slack)
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

/** Where a review was read: every place of a review joined before, else its source. */
export const placesOf = (review: Review): string[] => review.places ?? [review.source]

/** Every id a review is known by: its own and its joined copies'. */
export const idsOf = (review: Review): string[] => [review.id, ...(review.aliases ?? [])]

/** The places and other ids of the review kept under `id` for copies `a` and `b` (none for a lone copy). */
export function copiesOf(a: Review, b: Review, id: string): Pick<Review, "places" | "aliases"> {
  const places = [...new Set([...placesOf(a), ...placesOf(b)])]
  // At most 8, as a message may carry (src/messages/validate.ts).
  const aliases = [...new Set([a.id, ...(a.aliases ?? []), b.id, ...(b.aliases ?? [])])].filter((other) => other !== id).slice(0, 8)
  return { ...(places.length > 1 ? { places } : {}), ...(aliases.length ? { aliases } : {}) }
}

/**
 * One review from two copies: the shop's id where one has it (else `a`'s), each field from
 * whichever copy has it, and both copies' places and other ids.
 */
export function joinedCopies<T extends Review>(a: T, b: T): T {
  const one = MADE_ID.test(a.id) && !MADE_ID.test(b.id) ? filledFrom(b, a) : filledFrom(a, b)
  return { ...one, ...copiesOf(a, b, one.id) }
}

/** A kept review with the places (sources) it was read from. */
interface Kept<T> {
  review: T
  places: Set<string>
}

// Reviews are looked for among those with the same words and author (or without an author), at
// most this many: "Great product!" posted a thousand times must not make joining take quadratic
// time (4,000 stored reviews with one text, half from a widget and half from the JSON-LD, with
// their own authors or none: about 90 ms on the 2-core test machine).
const MAX_CANDIDATES = 16

/** Adds `kept` to a capped list of candidates. */
function remember<T>(lists: Map<string, Kept<T>[]>, key: string, kept: Kept<T>): void {
  const list = lists.get(key)
  if (!list) lists.set(key, [kept])
  else if (list.length < MAX_CANDIDATES) list.push(kept)
}

/** One pass: each entry joined to the first kept one with its words that it could be, read elsewhere. */
function joinPass<T extends Review>(entries: Kept<T>[], slack: number, rules: Required<CopyRules<T>>): Kept<T>[] {
  const out: Kept<T>[] = []
  // By words and author; by words among reviews without an author; by words alone, for a review without one.
  const byAuthor = new Map<string, Kept<T>[]>()
  const anonymous = new Map<string, Kept<T>[]>()
  const byText = new Map<string, Kept<T>[]>()
  for (const entry of entries) {
    const text = words(entry.review.body)
    const author = traits(entry.review).author
    const candidates = author === null ? (byText.get(text) ?? []) : [...(byAuthor.get(`${text}\u0000${author}`) ?? []), ...(anonymous.get(text) ?? [])]
    const places = [...entry.places]
    const kept = candidates.find(
      (k) => !places.some((p) => k.places.has(p)) && couldBeOne(k.review, entry.review, slack) && rules.canJoin(k.review, entry.review)
    )
    if (kept) {
      for (const place of places) kept.places.add(place)
      kept.review = rules.join(kept.review, entry.review)
    } else {
      const fresh = { review: entry.review, places: new Set(places) }
      remember(byText, text, fresh)
      if (author === null) remember(anonymous, text, fresh)
      else remember(byAuthor, `${text}\u0000${author}`, fresh)
      out.push(fresh)
    }
  }
  return out
}

/** How withoutCopies joins, for the database's rows (src/db/review-rows.ts). */
export interface CopyRules<T extends Review> {
  /** Whether two copies may be joined at all (the database joins no two reviews of one reading). */
  canJoin?: (a: T, b: T) => boolean
  /** The kept row for two copies: joinedCopies, and for the database's rows the earlier first sighting. */
  join?: (a: T, b: T) => T
}

/**
 * `reviews` (settled) with the first of each id kept, and each review read in two places kept
 * once, where it was first listed: copies with the same date are joined first, then those a day
 * apart, so a review's exact copy is not taken by its neighbour. A review joins only one copy from
 * each place: a joined review keeps its places and its copies' ids (`places`, `aliases`), so that
 * a later reading, or the database, knows them.
 */
export function withoutCopies<T extends Review>(reviews: T[], rules: CopyRules<T> = {}): T[] {
  const all: Required<CopyRules<T>> = { canJoin: rules.canJoin ?? (() => true), join: rules.join ?? joinedCopies }
  const byId = new Map<string, Kept<T>>()
  for (const review of reviews) {
    const known = byId.get(review.id)
    if (known) for (const place of placesOf(review)) known.places.add(place)
    else byId.set(review.id, { review, places: new Set(placesOf(review)) })
  }
  // A review read twice under one id from two places (a widget's copy settled by the review reader)
  // keeps both places too.
  const withPlaces = (k: Kept<T>): T => (k.places.size > placesOf(k.review).length ? { ...k.review, places: [...k.places] } : k.review)
  return joinPass(joinPass([...byId.values()], 0, all), DAY, all).map(withPlaces)
}
