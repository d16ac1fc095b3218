// Token ids of a review set, copied into shared blocks: a typed array of its own per review or
// sentence cost more to allocate (and later to collect) than filling it did.

/** Ids per block: 256 KB, some 6,000 sentences. */
const BLOCK = 1 << 16

export class TokenStore {
  private block: Int32Array
  private used = 0

  /** `expected`: about how many ids the set will hold, so one review gets a small first block. */
  constructor(expected = BLOCK) {
    this.block = new Int32Array(Math.min(BLOCK, expected))
  }

  /** The first `length` ids of `ids`, as a view of the store that keeps them for good. */
  copy(ids: Int32Array, length: number): Int32Array {
    if (this.used + length > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK, length))
      this.used = 0
    }
    const start = this.used
    // A loop rather than set(ids.subarray()): no view object per copy.
    for (let i = 0; i < length; i++) this.block[start + i] = ids[i] ?? 0
    this.used += length
    return this.block.subarray(start, this.used)
  }
}
