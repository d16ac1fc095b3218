// Near-duplicate and copy-paste reviews: MinHash + LSH finds candidate pairs, the exact Jaccard of
// their shingles (or containment, for a copy with text added) confirms them.

import type { PreparedReview } from "../prepare"
import { BANDS, bandKeys, overlap, shingles, signature, wordCount, wordSet } from "./minhash"
import { percent, tested, type Outcome } from "./outcome"

const TITLE = "Copied or near-identical reviews"
const EXPLANATION =
  "Reviews whose wording is the same or almost the same as another review (word pairs compared, light edits included). Real buyers rarely write the same text twice; copied text suggests one source posting many reviews."

/** Short texts ("Great product, love it") repeat by chance; the generic-praise test covers them. */
const MIN_WORDS = 8
export const MIN_JACCARD = 0.5
/**
 * An edited copy keeps most of its words even where edits break its word pairs: on constructed
 * copies with 5–15% of words edited, word-set Jaccard stayed ≥ 0.74 while pair Jaccard fell to
 * 0.45; reviews sharing one sentence of four stayed ≤ 0.40 on words.
 */
const EDITED_PAIRS = 0.3
const EDITED_WORDS = 0.6
const MIN_CONTAINMENT = 0.8
const MIN_CONTAINED_SHINGLES = 12
/** Larger LSH buckets are chained rather than compared all-against-all. */
const SMALL_BUCKET = 8
/** Copies kept at this weight; the earliest of each group counts in full. */
const COPY_WEIGHT = 0.25

class UnionFind {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] ?? root
    while (this.parent[i] !== root) {
      const next = this.parent[i] ?? root
      this.parent[i] = root
      i = next
    }
    return root
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

export interface Fingerprint {
  pairs: Uint32Array
  words: Uint32Array
}

function jaccard(a: Uint32Array, b: Uint32Array, shared = overlap(a, b)): number {
  const union = a.length + b.length - shared
  return union > 0 ? shared / union : 0
}

export function similar(a: Fingerprint, b: Fingerprint): boolean {
  const shared = overlap(a.pairs, b.pairs)
  const pairs = jaccard(a.pairs, b.pairs, shared)
  if (pairs >= MIN_JACCARD) return true
  if (pairs >= EDITED_PAIRS && jaccard(a.words, b.words) >= EDITED_WORDS) return true
  const smaller = Math.min(a.pairs.length, b.pairs.length)
  return smaller >= MIN_CONTAINED_SHINGLES && shared / smaller >= MIN_CONTAINMENT
}

/** Groups of near-identical reviews (indices into `reviews`), each sorted, largest first. */
export function duplicateGroups(reviews: readonly PreparedReview[]): number[][] {
  const eligible = reviews.flatMap((review, index) => (wordCount(review.words) >= MIN_WORDS ? [index] : []))
  const sets = new Map(
    eligible.map((index) => {
      const words = reviews[index]?.words ?? []
      return [index, { pairs: shingles(words), words: wordSet(words) }]
    })
  )
  // One map per band, keyed by 30 bits of the band hash so keys stay small integers; a collision
  // only adds a candidate, and every candidate is checked exactly.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>())
  for (const index of eligible) {
    const set = sets.get(index)
    if (!set) continue
    bandKeys(signature(set.pairs)).forEach((key, band) => {
      const map = buckets[band]
      const small = key & 0x3fffffff
      const bucket = map?.get(small)
      if (bucket) bucket.push(index)
      else map?.set(small, [index])
    })
  }
  const groups = new UnionFind(reviews.length)
  const compare = (a: number, b: number) => {
    if (groups.find(a) === groups.find(b)) return
    const x = sets.get(a)
    const y = sets.get(b)
    if (x && y && similar(x, y)) groups.union(a, b)
  }
  for (const map of buckets) {
    for (const bucket of map.values()) {
      if (bucket.length < 2) continue
      if (bucket.length <= SMALL_BUCKET) {
        for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) compare(bucket[i] ?? 0, bucket[j] ?? 0)
      } else {
        for (let i = 1; i < bucket.length; i++) {
          compare(bucket[0] ?? 0, bucket[i] ?? 0)
          compare(bucket[i - 1] ?? 0, bucket[i] ?? 0)
        }
      }
    }
  }
  const byRoot = new Map<number, number[]>()
  for (const index of eligible) {
    const root = groups.find(index)
    const group = byRoot.get(root)
    if (group) group.push(index)
    else byRoot.set(root, [index])
  }
  return [...byRoot.values()].filter((group) => group.length > 1).sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0))
}

function earliestFirst(group: readonly number[], reviews: readonly PreparedReview[]): number[] {
  const date = (index: number) => reviews[index]?.review.date ?? "9999"
  return [...group].sort((a, b) => date(a).localeCompare(date(b)) || a - b)
}

export function duplicatesTest(reviews: readonly PreparedReview[]): Outcome {
  const groups = duplicateGroups(reviews)
  const withText = reviews.filter((review) => review.words.length > 0).length
  const involved = groups.reduce((sum, group) => sum + group.length, 0)
  const largest = groups[0]?.length ?? 0
  const status = groups.length === 0 ? "pass" : (involved >= 3 && involved / withText >= 0.05) || largest >= 4 ? "fail" : "warn"
  const weights = new Map<string, number>()
  const ids: string[] = []
  for (const group of groups) {
    const ordered = earliestFirst(group, reviews)
    ordered.forEach((index, rank) => {
      const id = reviews[index]?.review.id
      if (id === undefined) return
      ids.push(id)
      if (rank > 0) weights.set(id, COPY_WEIGHT)
    })
  }
  const measured =
    groups.length === 0
      ? `No two reviews share most of their wording (${withText} reviews with text compared).`
      : `${involved} of ${withText} reviews (${percent(involved, withText)}) fall into ${groups.length} group${groups.length > 1 ? "s" : ""} of near-identical text; the largest has ${largest}.`
  return tested({ id: "duplicates", title: TITLE, status, value: withText ? involved / withText : 0, measured, explanation: EXPLANATION }, ids, weights)
}
