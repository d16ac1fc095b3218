// What to write when a product's reviews are read again. A review app's reviews often reach us
// first from the page's JSON-LD (no ids, so Cartwise hashes one) and a moment later from its
// widget (the shop's ids): kept apart, the shopper would see each twice and the analyses would
// count it twice. The copies are joined with those already stored, as settleReviews joins them
// within one reading (src/extract/review-copies.ts).

import type { Review } from "../product"
import { filledFrom, sameWords, withoutCopies } from "../extract/review-copies"
import type { StoredReview } from "./schema"

export interface ReviewRows {
  put: StoredReview[]
  /** Ids of stored rows that were copies of another review. */
  remove: string[]
}

/**
 * The rows to put and to delete for product `key`, given its stored rows and the settled reviews
 * just read: known reviews refreshed, keeping when Cartwise first saw them and what an earlier
 * reading (or a joined copy) gave that this one lacks; new ones seen `now`; and a review stored
 * under a hashed id and now read with the shop's (or the other way round) kept once, under the
 * shop's id, with its first sighting. A joined row remembers its copies' ids (`aliases`), so the
 * same copy read again is the same review, and their places, so that it joins no second copy
 * from one place (the same words posted twice).
 */
export function reviewRows(stored: StoredReview[], incoming: Review[], key: string, now: number): ReviewRows {
  const byId = new Map<string, StoredReview>()
  for (const row of stored) for (const id of [row.id, ...(row.aliases ?? [])]) byId.set(id, row)
  const own = (review: Review) => byId.get(review.id)?.id === review.id
  const current = new Map<string, StoredReview>()
  // Read under its own id, a review is refreshed (an edited text forgets the copies joined to the
  // old one: they no longer say the same); a copy joined before, read again, only fills what is
  // missing, after the review's own reading (whichever the page listed first).
  for (const review of [...incoming.filter(own), ...incoming.filter((r) => !own(r))]) {
    const known = byId.get(review.id)
    if (!known) {
      current.set(review.id, { ...review, productKey: key, firstSeenAt: now })
    } else if (known.id === review.id) {
      const { places: _p, aliases: _a, ...copies } = known
      current.set(review.id, { ...(sameWords(known, review) ? known : copies), ...filledFrom(review, known), productKey: key, firstSeenAt: known.firstSeenAt })
    } else {
      const base = current.get(known.id) ?? known
      current.set(known.id, { ...filledFrom(base, review), ...copiesOf(base, review, known.id) })
    }
  }
  const fresh = [...current.values()]
  const refreshed = new Set(current.keys())
  const untouched = new Set(stored.filter((row) => !refreshed.has(row.id)))
  const kept = withoutCopies<StoredReview>([...untouched, ...fresh], {
    placesOf: (row) => row.places ?? [row.source],
    join: (joined, a, b) => ({ ...joined, ...copiesOf(a, b, joined.id), productKey: key, firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt) })
  })
  const keptIds = new Set(kept.map((row) => row.id))
  return {
    put: kept.filter((row) => !untouched.has(row)),
    remove: stored.filter((row) => !keptIds.has(row.id)).map((row) => row.id)
  }
}

/** The places and other ids of the review joined from `a` and `b` and kept under `id` (none when it is one copy). */
function copiesOf(a: Review & Partial<StoredReview>, b: Review & Partial<StoredReview>, id: string): Pick<StoredReview, "places" | "aliases"> {
  const places = [...new Set([...(a.places ?? [a.source]), ...(b.places ?? [b.source])])]
  const aliases = [...new Set([a.id, ...(a.aliases ?? []), b.id, ...(b.aliases ?? [])])].filter((other) => other !== id)
  return { ...(places.length > 1 ? { places } : {}), ...(aliases.length ? { aliases } : {}) }
}
