// MinHash signatures over word-pair shingles, and LSH banding so only reviews that share a band
// are compared: near-duplicate search stays about linear in the number of reviews.

import { isHan } from "../text/tokens"

/** 32 bands of 3 rows: a pair with Jaccard 0.5 shares a band with probability 0.986, 0.2 with 0.23. */
export const BANDS = 32
export const ROWS = 3
const HASHES = BANDS * ROWS

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Murmur3's finaliser: spreads a 32-bit value over all bits. */
function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab))

/**
 * Sorted distinct hashes of adjacent word pairs. Pairs rather than triples: reviews are short, and
 * one edited word then changes two shingles, not three. Han text counts characters as words.
 */
export function shingles(words: readonly string[]): Uint32Array {
  if (words.length < 2) return new Uint32Array(0)
  const pairs = new Uint32Array(words.length - 1)
  let previous = fnv1a(words[0] ?? "")
  for (let i = 1; i < words.length; i++) {
    const current = fnv1a(words[i] ?? "")
    pairs[i - 1] = mix(Math.imul(previous, 0x9e3779b1) ^ current)
    previous = current
  }
  pairs.sort()
  let distinct = 0
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) pairs[distinct++] = pairs[i] ?? 0
  return pairs.subarray(0, distinct)
}

/** Per hash function: multiply by an odd seed and fold the high bits down (shingles are mixed). */
/** Sorted distinct hashes of the words themselves: edits move word pairs more than words. */
export function wordSet(words: readonly string[]): Uint32Array {
  const hashes = Uint32Array.from(words, (word) => fnv1a(word)).sort()
  let distinct = 0
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i] ?? 0
  return hashes.subarray(0, distinct)
}

export function signature(shingleSet: Uint32Array): Uint32Array {
  const out = new Uint32Array(HASHES).fill(0xffffffff)
  for (const shingle of shingleSet) {
    for (let i = 0; i < HASHES; i++) {
      let h = Math.imul(shingle ^ SEEDS[i]!, 0x9e3779b1)
      h = (h ^ (h >>> 15)) >>> 0
      if (h < out[i]!) out[i] = h
    }
  }
  return out
}

/** One key per band; reviews sharing any key become candidate pairs. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = []
  for (let band = 0; band < BANDS; band++) {
    let h = band
    for (let row = 0; row < ROWS; row++) h = mix(h ^ Math.imul(sig[band * ROWS + row] ?? 0, 0x27d4eb2d))
    keys.push(h)
  }
  return keys
}

/** |A ∩ B| for two sorted arrays. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

export function wordCount(words: readonly string[]): number {
  // Han characters are single tokens; three make about one word's worth of evidence.
  let count = 0
  for (const word of words) count += isHan(word) ? 1 / 3 : 1
  return count
}
