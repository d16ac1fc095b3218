// Longest-match lookup of multi-word phrases over tokens. One index holds every lexicon entry of a
// language, so "customer service" wins over "service" and 不错 (good) over 不 (not) + 错.

interface Node<T> {
  next: Map<string, Node<T>>
  value?: T
}

export interface PhraseMatch<T> {
  /** Tokens covered. */
  length: number
  value: T
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() }
  private longestPhrase = 0

  add(tokens: readonly string[], value: T, merge: (old: T, added: T) => T): void {
    if (tokens.length === 0) return
    let node = this.root
    for (const token of tokens) {
      let child = node.next.get(token)
      if (!child) {
        child = { next: new Map() }
        node.next.set(token, child)
      }
      node = child
    }
    node.value = node.value === undefined ? value : merge(node.value, value)
    this.longestPhrase = Math.max(this.longestPhrase, tokens.length)
  }

  /** The longest phrase starting at `start`, or null. */
  match(tokens: readonly string[], start: number): PhraseMatch<T> | null {
    // Only the longest match becomes an object: this runs for every token of every review.
    let node: Node<T> | undefined = this.root
    let bestLength = 0
    let bestValue: T | undefined
    const end = Math.min(tokens.length, start + this.longestPhrase)
    for (let i = start; i < end; i++) {
      const token = tokens[i]
      node = token === undefined ? undefined : node.next.get(token)
      if (!node) break
      if (node.value !== undefined) {
        bestLength = i - start + 1
        bestValue = node.value
      }
    }
    return bestValue === undefined ? null : { length: bestLength, value: bestValue }
  }
}
