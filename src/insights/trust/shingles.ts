// The shingle sets near-duplicate search compares, for every review of a set in one array: two
// typed arrays per review (and a view of each) cost more to allocate and collect than to fill.

import type { Vocabulary } from "../text/vocabulary"
import { mix } from "./minhash"

/** Runs this long are sorted by insertion: no view object, and no call into the engine's sort. */
const SHORT_RUN = 64

/** Sorts values[start, end) in place and keeps each value once; returns the new end. */
function distinctSorted(values: Uint32Array, start: number, end: number): number {
  if (end - start > SHORT_RUN) values.subarray(start, end).sort()
  else {
    for (let i = start + 1; i < end; i++) {
      const value = values[i] ?? 0
      let j = i - 1
      while (j >= start && (values[j] ?? 0) > value) {
        values[j + 1] = values[j] ?? 0
        j--
      }
      values[j + 1] = value
    }
  }
  let distinct = start
  for (let i = start; i < end; i++) if (i === start || values[i] !== values[i - 1]) values[distinct++] = values[i] ?? 0
  return distinct
}

export class ShingleSets {
  values = new Uint32Array(1 << 14)
  private used = 0
  /**
   * Per text: where its sorted distinct hashes of adjacent word pairs start and end. Pairs rather
   * than triples: reviews are short, and one edited word then changes two shingles, not three.
   * Han text counts characters as words.
   */
  readonly pairStart: Int32Array
  readonly pairEnd: Int32Array
  /** Per text: its sorted distinct word hashes (edits move word pairs more than words). */
  readonly wordStart: Int32Array
  readonly wordEnd: Int32Array

  constructor(texts: number) {
    this.pairStart = new Int32Array(texts)
    this.pairEnd = new Int32Array(texts)
    this.wordStart = new Int32Array(texts)
    this.wordEnd = new Int32Array(texts)
  }

  /** Both shingle sets of text `position`, from its words' hashes (worked out once per word). */
  add(position: number, words: Int32Array, vocabulary: Vocabulary): void {
    const n = words.length
    if (this.used + 2 * n > this.values.length) {
      const grown = new Uint32Array(Math.max(2 * this.values.length, this.used + 2 * n))
      grown.set(this.values.subarray(0, this.used))
      this.values = grown
    }
    const values = this.values
    const wordStart = this.used
    const pairStart = wordStart + n
    for (let i = 0; i < n; i++) values[wordStart + i] = vocabulary.hash[words[i] ?? 0] ?? 0
    for (let i = 1; i < n; i++) {
      values[pairStart + i - 1] = mix(Math.imul(values[wordStart + i - 1] ?? 0, 0x9e3779b1) ^ (values[wordStart + i] ?? 0))
    }
    const pairEnd = distinctSorted(values, pairStart, pairStart + Math.max(0, n - 1))
    const wordEnd = distinctSorted(values, wordStart, pairStart)
    // Word set first, pairs right after it: closing the gap keeps the array dense.
    values.copyWithin(wordEnd, pairStart, pairEnd)
    this.wordStart[position] = wordStart
    this.wordEnd[position] = wordEnd
    this.pairStart[position] = wordEnd
    this.pairEnd[position] = wordEnd + pairEnd - pairStart
    this.used = wordEnd + pairEnd - pairStart
  }

  pairCount(position: number): number {
    return (this.pairEnd[position] ?? 0) - (this.pairStart[position] ?? 0)
  }

  wordCount(position: number): number {
    return (this.wordEnd[position] ?? 0) - (this.wordStart[position] ?? 0)
  }
}
