// The lexicon phrases of one sentence, looked up once. Counting frequent phrases and reading
// sentiment both walk the sentence left to right taking the longest lexicon match; a 10,000-review
// set has some 40,000 sentences, and walking each twice was a fifth of the insights' time. The
// walks are handed from one to the other (see insights.ts): a cache keyed by the sentence in a
// WeakMap cost lookups and slowed every garbage collection.

import type { Entry, Matcher } from "../lexicon/entry"
import type { PhraseMatch } from "../text/phrase-index"

export interface LexiconHits {
  matcher: Matcher
  /**
   * Per token: -1 where the walk never stopped, 0 for no match there, else the match's length. A
   * plain array: one typed array per sentence cost more to allocate than the walk itself.
   */
  lengths: number[]
  /** Per token where the walk stopped: the match found there, handed out as is (no copy per read). */
  matches: (PhraseMatch<Entry> | null)[]
}

/** The walk over `tokens`. */
export function lexiconHits(tokens: Int32Array, matcher: Matcher): LexiconHits {
  const lengths = new Array<number>(tokens.length).fill(-1)
  const matches = new Array<PhraseMatch<Entry> | null>(tokens.length)
  for (let i = 0; i < tokens.length; ) {
    const found = matcher.match(tokens, i)
    lengths[i] = found ? found.length : 0
    matches[i] = found
    i += found ? found.length : 1
  }
  return { matcher, lengths, matches }
}

/** Every sentence's walk, in order: sentences of the first review first. */
export function sentenceWalks(reviews: readonly { matcher: Matcher; sentences: readonly { tokens: Int32Array }[] }[]): LexiconHits[] {
  const walks: LexiconHits[] = []
  for (const review of reviews) for (const sentence of review.sentences) walks.push(lexiconHits(sentence.tokens, review.matcher))
  return walks
}

/** The longest lexicon match at `start`: from the walk where it stopped there, else looked up. */
export function hitAt(hits: LexiconHits, tokens: Int32Array, start: number): PhraseMatch<Entry> | null {
  const length = hits.lengths[start] ?? -1
  if (length === -1) return hits.matcher.match(tokens, start)
  return hits.matches[start] ?? null
}
