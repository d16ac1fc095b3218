// Longest-match lookup of multi-word phrases over token ids (see vocabulary.ts). One index holds
// every lexicon entry of a language, so "customer service" wins over "service" and 不错 (good) over
// 不 (not) + 错.

interface Node<T> {
  next: Map<number, Node<T>> | null
  value?: T
}

export class PhraseIndex<T> {
  /**
   * First words by id, in an array: every token of every review is looked up here, and most
   * match nothing, so the first step is an index rather than a hash lookup.
   */
  private readonly roots: (Node<T> | undefined)[] = []
  private longestPhrase = 0

  add(ids: readonly number[], value: T, merge: (old: T, added: T) => T): void {
    const [first] = ids
    if (first === undefined) return
    let node = this.roots[first]
    if (!node) {
      while (this.roots.length < first) this.roots.push(undefined)
      node = { next: null }
      this.roots[first] = node
    }
    for (let i = 1; i < ids.length; i++) {
      const id = ids[i] ?? -1
      node.next ??= new Map()
      let child = node.next.get(id)
      if (!child) {
        child = { next: null }
        node.next.set(id, child)
      }
      node = child
    }
    node.value = node.value === undefined ? value : merge(node.value, value)
    this.longestPhrase = Math.max(this.longestPhrase, ids.length)
  }

  /** The value of the last phrase `longestAt` found. */
  found: T | undefined

  /**
   * The length of the longest phrase starting at `start` (0 for none), its value in `found`. No
   * object per match: this runs for every token of every review.
   */
  longestAt(tokens: ArrayLike<number>, start: number): number {
    let node = this.roots[tokens[start] ?? -1]
    if (!node) return 0
    let bestLength = 0
    let bestValue = node.value
    if (bestValue !== undefined) bestLength = 1
    const end = Math.min(tokens.length, start + this.longestPhrase)
    for (let i = start + 1; i < end && node.next; i++) {
      node = node.next.get(tokens[i] ?? -1)
      if (!node) break
      if (node.value !== undefined) {
        bestLength = i - start + 1
        bestValue = node.value
      }
    }
    this.found = bestValue
    return bestValue === undefined ? 0 : bestLength
  }
}
