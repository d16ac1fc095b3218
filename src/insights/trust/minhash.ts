// MinHash signatures over word-pair shingles, and LSH banding so only reviews that share a band
// are compared: near-duplicate search stays about linear in the number of reviews.

import type { Vocabulary } from "../text/vocabulary"

/** 32 bands of 3 rows: a pair with Jaccard 0.5 shares a band with probability 0.986, 0.2 with 0.23. */
export const BANDS = 32
export const ROWS = 3
/** A multiple of eight: signature() works out eight hash functions per pass. */
export const HASHES = BANDS * ROWS

/** Murmur3's finaliser: spreads a 32-bit value over all bits. */
export function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab))

/** The top bit, as an int32. */
const SIGN = 0x80000000 | 0

/** h(x) for one hash function: multiply by an odd constant after the seed, fold the high bits down. */
function permute(shingle: number, seed: number): number {
  const h = Math.imul(shingle ^ seed, 0x9e3779b1)
  // Flipping the top bit maps unsigned order onto signed order: minimums are then taken over
  // int32 values, which the engine keeps in integer registers (unsigned ones above 2^31 are not).
  return h ^ (h >>> 15) ^ SIGN
}

/**
 * Per hash function, the least h(x) over the shingles (already mixed, so one multiply is enough),
 * written into `out` from `at`: one array holds every review's signature.
 * Eight functions per pass over the shingles: each shingle is loaded once for eight minimums kept
 * in locals. Four per pass took a third off one per pass; eight took off about a tenth more.
 */
export function signature(shingles: Uint32Array, start: number, end: number, out = new Uint32Array(HASHES), at = 0): Uint32Array {
  for (let i = at; i < at + HASHES; i += 8) {
    const seed = i - at
    const s0 = SEEDS[seed] ?? 0
    const s1 = SEEDS[seed + 1] ?? 0
    const s2 = SEEDS[seed + 2] ?? 0
    const s3 = SEEDS[seed + 3] ?? 0
    const s4 = SEEDS[seed + 4] ?? 0
    const s5 = SEEDS[seed + 5] ?? 0
    const s6 = SEEDS[seed + 6] ?? 0
    const s7 = SEEDS[seed + 7] ?? 0
    let m0 = 0x7fffffff
    let m1 = 0x7fffffff
    let m2 = 0x7fffffff
    let m3 = 0x7fffffff
    let m4 = 0x7fffffff
    let m5 = 0x7fffffff
    let m6 = 0x7fffffff
    let m7 = 0x7fffffff
    for (let j = start; j < end; j++) {
      const shingle = shingles[j] ?? 0
      m0 = Math.min(m0, permute(shingle, s0))
      m1 = Math.min(m1, permute(shingle, s1))
      m2 = Math.min(m2, permute(shingle, s2))
      m3 = Math.min(m3, permute(shingle, s3))
      m4 = Math.min(m4, permute(shingle, s4))
      m5 = Math.min(m5, permute(shingle, s5))
      m6 = Math.min(m6, permute(shingle, s6))
      m7 = Math.min(m7, permute(shingle, s7))
    }
    out[i] = m0 ^ SIGN
    out[i + 1] = m1 ^ SIGN
    out[i + 2] = m2 ^ SIGN
    out[i + 3] = m3 ^ SIGN
    out[i + 4] = m4 ^ SIGN
    out[i + 5] = m5 ^ SIGN
    out[i + 6] = m6 ^ SIGN
    out[i + 7] = m7 ^ SIGN
  }
  return out
}

/** One key per band; reviews sharing any key become candidate pairs. `at`: where `sig` starts. */
export function bandKey(sig: Uint32Array, band: number, at = 0): number {
  let h = band
  for (let row = 0; row < ROWS; row++) h = mix(h ^ Math.imul(sig[at + band * ROWS + row] ?? 0, 0x27d4eb2d))
  return h
}

/**
 * |A ∩ B| for two sorted runs of `values`, [a, aEnd) and [b, bEnd), or -1 as soon as it can no
 * longer reach `atLeast`: each value passed over without a match lowers the most the two can still
 * share. Most candidate pairs share one sentence and nothing else, and are ruled out well before
 * the end.
 */
export function overlap(values: Uint32Array, a: number, aEnd: number, b: number, bEnd: number, atLeast = 0): number {
  let i = a
  let j = b
  let shared = 0
  let reachA = aEnd - a
  let reachB = bEnd - b
  while (i < aEnd && j < bEnd) {
    const x = values[i] ?? 0
    const y = values[j] ?? 0
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) {
      i++
      if (--reachA < atLeast) return -1
    } else {
      j++
      if (--reachB < atLeast) return -1
    }
  }
  return shared
}

export function wordCount(words: Int32Array, vocabulary: Vocabulary): number {
  // Han characters are single tokens; three make about one word's worth of evidence.
  let count = 0
  for (let i = 0; i < words.length; i++) count += vocabulary.isHan(words[i] ?? 0) ? 1 / 3 : 1
  return count
}
