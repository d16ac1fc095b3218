// Near-duplicate and copy-paste reviews: MinHash + LSH finds candidate pairs, the exact Jaccard of
// their shingles (or containment, for a copy with text added) confirms them.

import type { PreparedReview } from "../prepare"
import { BANDS, bandKey, HASHES, overlap, signature, wordCount } from "./minhash"
import { ShingleSets } from "./shingles"
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
 * 0.45; reviews sharing one sentence of four stayed ≤ 0.40 on words. Copies with 20–30% edited
 * keep 0.58–0.72 of their words but only 0.25–0.33 of their pairs, so the pair floor sits at 0.25
 * and the word test does the separating (distractors in bench:insights reach 0.43 at most).
 */
const EDITED_PAIRS = 0.25
const EDITED_WORDS = 0.6
const MIN_CONTAINMENT = 0.8
const MIN_CONTAINED_SHINGLES = 12
/** Larger LSH buckets are chained rather than compared all-against-all. */
const SMALL_BUCKET = 8
/** Copies kept at this weight; the earliest of each group counts in full. */
const COPY_WEIGHT = 0.25

class UnionFind {
  private readonly parent: Int32Array
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i)
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

function jaccard(sizeA: number, sizeB: number, shared: number): number {
  const union = sizeA + sizeB - shared
  return union > 0 ? shared / union : 0
}

/** Whether texts `a` and `b` of `sets` are near-duplicates. */
export function similar(sets: ShingleSets, a: number, b: number): boolean {
  const pairsA = sets.pairCount(a)
  const pairsB = sets.pairCount(b)
  const smaller = Math.min(pairsA, pairsB)
  // The fewest shared pairs that could pass any test below (pair Jaccard ≥ EDITED_PAIRS, or
  // containment), less a margin so rounding never rules out a pair the tests would pass.
  const forJaccard = (EDITED_PAIRS * (pairsA + pairsB)) / (1 + EDITED_PAIRS)
  const forContainment = smaller >= MIN_CONTAINED_SHINGLES ? MIN_CONTAINMENT * smaller : Infinity
  const { values, pairStart, pairEnd, wordStart, wordEnd } = sets
  const shared = overlap(values, pairStart[a] ?? 0, pairEnd[a] ?? 0, pairStart[b] ?? 0, pairEnd[b] ?? 0, Math.min(forJaccard, forContainment) - 0.01)
  if (shared < 0) return false
  const pairs = jaccard(pairsA, pairsB, shared)
  if (pairs >= MIN_JACCARD) return true
  if (pairs >= EDITED_PAIRS) {
    const sharedWords = overlap(values, wordStart[a] ?? 0, wordEnd[a] ?? 0, wordStart[b] ?? 0, wordEnd[b] ?? 0)
    if (jaccard(sets.wordCount(a), sets.wordCount(b), sharedWords) >= EDITED_WORDS) return true
  }
  return smaller >= MIN_CONTAINED_SHINGLES && shared / smaller >= MIN_CONTAINMENT
}

/** Band key bits kept (as before: a collision only adds a candidate, checked exactly). */
const KEY_BITS = 0x3fffffff

/**
 * Reviews sharing a band key, as linked lists in typed arrays: a 10,000-review set has about
 * 250,000 buckets, nearly all of one review, and a map of arrays per band spent more time
 * allocating than comparing. Each bucket lists its reviews in order, like the map did.
 */
class BandBuckets {
  private readonly mask: number
  private readonly slotKey: Int32Array
  private readonly head: Int32Array
  private readonly next: Int32Array
  private readonly used: Int32Array
  private usedCount = 0
  readonly members: Int32Array

  constructor(size: number) {
    let capacity = 16
    while (capacity < size * 2) capacity *= 2
    this.mask = capacity - 1
    this.slotKey = new Int32Array(capacity)
    this.head = new Int32Array(capacity).fill(-1)
    this.next = new Int32Array(size)
    this.used = new Int32Array(size)
    this.members = new Int32Array(size)
  }

  /** Fills the buckets from one key per position; earlier contents are dropped. */
  fill(keys: Int32Array): void {
    for (let u = 0; u < this.usedCount; u++) this.head[this.used[u] ?? 0] = -1
    this.usedCount = 0
    // Last position first, so each list comes out in ascending order.
    for (let position = keys.length - 1; position >= 0; position--) {
      const key = keys[position] ?? 0
      let slot = key & this.mask
      while (this.head[slot] !== -1 && this.slotKey[slot] !== key) slot = (slot + 1) & this.mask
      if (this.head[slot] === -1) {
        this.slotKey[slot] = key
        this.used[this.usedCount++] = slot
      }
      this.next[position] = this.head[slot] ?? -1
      this.head[slot] = position
    }
  }

  get buckets(): number {
    return this.usedCount
  }

  /**
   * Bucket `u`'s positions into `members` (ascending); returns how many. Read in a loop by the
   * caller rather than handed to a callback: a closure per bucket showed in profiles.
   */
  collect(u: number): number {
    let count = 0
    for (let position = this.head[this.used[u] ?? 0] ?? -1; position !== -1; position = this.next[position] ?? -1) {
      this.members[count++] = position
    }
    return count
  }
}

/** Joins `a` and `b` when they are near-duplicates and not yet in one group. */
function compare(groups: UnionFind, sets: ShingleSets, a: number, b: number): void {
  if (groups.find(a) !== groups.find(b) && similar(sets, a, b)) groups.union(a, b)
}

/** Groups of near-identical reviews (indices into `reviews`), each sorted, largest first. */
export function duplicateGroups(reviews: readonly PreparedReview[]): number[][] {
  const eligible = reviews.flatMap((review, index) => (wordCount(review.words, review.vocabulary) >= MIN_WORDS ? [index] : []))
  // Word hashes depend on the word alone: reviews prepared apart still compare.
  const sets = new ShingleSets(eligible.length)
  eligible.forEach((index, position) => {
    const review = reviews[index] as PreparedReview
    sets.add(position, review.words, review.vocabulary)
  })
  // One array for all signatures: a typed array per review cost more to allocate than to fill.
  const signatures = new Uint32Array(eligible.length * HASHES)
  for (let position = 0; position < eligible.length; position++) {
    signature(sets.values, sets.pairStart[position] ?? 0, sets.pairEnd[position] ?? 0, signatures, position * HASHES)
  }
  const groups = new UnionFind(eligible.length)
  const keys = new Int32Array(eligible.length)
  const buckets = new BandBuckets(eligible.length)
  const bucket = buckets.members
  for (let band = 0; band < BANDS; band++) {
    for (let position = 0; position < eligible.length; position++) keys[position] = bandKey(signatures, band, position * HASHES) & KEY_BITS
    buckets.fill(keys)
    for (let u = 0; u < buckets.buckets; u++) {
      const size = buckets.collect(u)
      if (size < 2) continue
      if (size <= SMALL_BUCKET) {
        for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) compare(groups, sets, bucket[i] ?? 0, bucket[j] ?? 0)
      } else {
        // Larger buckets are chained rather than compared all-against-all.
        for (let i = 1; i < size; i++) {
          compare(groups, sets, bucket[0] ?? 0, bucket[i] ?? 0)
          compare(groups, sets, bucket[i - 1] ?? 0, bucket[i] ?? 0)
        }
      }
    }
  }
  const byRoot = new Map<number, number[]>()
  eligible.forEach((index, position) => {
    const root = groups.find(position)
    const group = byRoot.get(root)
    if (group) group.push(index)
    else byRoot.set(root, [index])
  })
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
