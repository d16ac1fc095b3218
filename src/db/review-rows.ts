// What to write when a product's reviews are read again. A review app's reviews often reach us
// first from the page's JSON-LD (no ids, so Cartwise hashes one) and a moment later from its
// widget (the shop's ids): kept apart, the shopper would see each twice and the analyses would
// count it twice. The copies are joined with those already stored, as settleReviews joins them
// within one reading (src/extract/review-copies.ts).

import type { Review } from "../product"
import { copiesOf, filledFrom, idsOf, joinedCopies, MADE_ID, sameWords, withoutCopies } from "../extract/review-copies"
import type { StoredReview } from "./schema"

export interface ReviewRows {
  put: StoredReview[]
  /** Ids of stored rows that were copies of another review. */
  remove: string[]
}

/**
 * The rows to put and to delete for product `key`, given its stored rows and the settled reviews
 * just read. A review read again is refreshed under its id, keeping when Cartwise first saw it and
 * what an earlier reading (or a joined copy) gave that this one lacks; an edited text forgets the
 * copies joined to the old one. A review stored under a hashed id and now read with the shop's
 * (or the other way round, or known by a copy's id: `aliases`) is one row, under the shop's id,
 * seen first when its first copy was. Other copies are joined as settling joins them, by their
 * words and places, but never two reviews of this reading: settling kept those apart.
 */
export function reviewRows(stored: StoredReview[], incoming: Review[], key: string, now: number): ReviewRows {
  const byId = rowsById(stored)
  const own = (review: Review) => byId.get(review.id)?.id === review.id
  const current = new Map<string, StoredReview>()
  const touched = new Set<StoredReview>()
  // Reviews read under their own stored id first: their rows are theirs.
  for (const review of [...incoming.filter(own), ...incoming.filter((r) => !own(r))]) {
    let row: StoredReview = { ...review, productKey: key, firstSeenAt: now }
    const known = new Set(idsOf(review).flatMap((id) => byId.get(id) ?? []))
    // A stored row another review of this reading took is that one's (settling kept the two
    // apart), and two ids the shop gave are two reviews, whatever an old alias says.
    const used: StoredReview[] = []
    for (const match of known) {
      if (touched.has(match) || (match.id !== review.id && !MADE_ID.test(match.id) && !MADE_ID.test(review.id))) continue
      used.push(match)
      row = match.id === row.id ? refreshed(row, match) : united(row, match)
    }
    // Under an id another review of this reading already has, it stays a review of its own.
    if (current.has(row.id)) row = { ...review, productKey: key, firstSeenAt: now }
    else for (const match of used) touched.add(match)
    current.set(row.id, row)
  }
  const fresh = new Set(current.keys())
  const joined = withoutCopies<StoredReview>([...stored.filter((row) => !touched.has(row)), ...current.values()], {
    canJoin: (a, b) => !(fresh.has(a.id) && fresh.has(b.id)),
    join: united
  })
  // An alias that is now a row's own id is that review's, not a copy's.
  const keptIds = new Set(joined.map((row) => row.id))
  const kept = joined.map((row) => {
    const aliases = row.aliases?.filter((id) => !keptIds.has(id))
    if (!row.aliases || aliases!.length === row.aliases.length) return row
    const { aliases: _stale, ...rest } = row
    return aliases!.length ? { ...rest, aliases } : rest
  })
  const unchanged = new Set(stored)
  return {
    put: kept.filter((row) => !unchanged.has(row)),
    remove: stored.filter((row) => !keptIds.has(row.id)).map((row) => row.id)
  }
}

/** Reviews by every id they are known by: a row's own id before another row's alias for it. */
function rowsById<T extends Review>(rows: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>()
  for (const row of rows) for (const id of row.aliases ?? []) byId.set(id, row)
  for (const row of rows) byId.set(row.id, row)
  return byId
}

/**
 * The reviews of `rows` that `dated` gives a date they lack, each found by its id or a joined
 * copy's, with that date; nothing else changes, and a dated review that is none of them is left
 * out (recordReviewDates in record.ts, and the command line as the background stores them).
 */
export function datesFilled<T extends Review>(rows: readonly T[], dated: readonly Review[]): T[] {
  const byId = rowsById(rows)
  const filled = new Map<string, T>()
  for (const review of dated) {
    const row = review.date ? idsOf(review).map((id) => byId.get(id)).find((found) => found !== undefined) : undefined
    if (row && row.date === null && !filled.has(row.id)) filled.set(row.id, { ...row, date: review.date })
  }
  return [...filled.values()]
}

/** `row` read again under `known`'s id: its fields, filled from the stored row, the copies kept while the words are the same. */
function refreshed(row: StoredReview, known: StoredReview): StoredReview {
  const copies = sameWords(row, known) ? copiesOf(row, known, row.id) : { places: row.places, aliases: row.aliases }
  const { places: _p, aliases: _a, ...fields } = filledFrom(row, known)
  return { ...fields, ...(copies.places ? { places: copies.places } : {}), ...(copies.aliases ? { aliases: copies.aliases } : {}), firstSeenAt: known.firstSeenAt }
}

/** Two copies of one review as one row (joinedCopies), seen first when its first copy was. */
function united(a: StoredReview, b: StoredReview): StoredReview {
  return { ...joinedCopies(a, b), firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt) }
}
