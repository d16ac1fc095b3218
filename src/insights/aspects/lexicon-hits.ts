// The lexicon phrases of one sentence, looked up once. Counting frequent phrases and reading
// sentiment both walk the sentence left to right taking the longest lexicon match; a 10,000-review
// set has some 40,000 sentences, and walking each twice was a fifth of the insights' time.

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

const cache = new WeakMap<Int32Array, LexiconHits>()

/** The walk over `tokens`, remembered for as long as the tokens live. */
export function lexiconHits(tokens: Int32Array, matcher: Matcher): LexiconHits {
  const cached = cache.get(tokens)
  if (cached?.matcher === matcher) return cached
  const lengths = new Array<number>(tokens.length).fill(-1)
  const matches = new Array<PhraseMatch<Entry> | null>(tokens.length)
  for (let i = 0; i < tokens.length; ) {
    const found = matcher.match(tokens, i)
    lengths[i] = found ? found.length : 0
    matches[i] = found
    i += found ? found.length : 1
  }
  const hits = { matcher, lengths, matches }
  cache.set(tokens, hits)
  return hits
}

/** The longest lexicon match at `start`: from the walk where it stopped there, else looked up. */
export function hitAt(hits: LexiconHits, tokens: Int32Array, start: number): PhraseMatch<Entry> | null {
  const length = hits.lengths[start] ?? -1
  if (length === -1) return hits.matcher.match(tokens, start)
  return hits.matches[start] ?? null
}
