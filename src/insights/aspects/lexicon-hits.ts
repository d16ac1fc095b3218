// The lexicon phrases of every sentence of a review set, looked up once. Counting frequent phrases
// and reading sentiment both walk each sentence left to right taking the longest lexicon match; a
// 10,000-review set has some 40,000 sentences, and walking each twice was a fifth of the insights'
// time. The walks are kept in arrays shared by the whole set: two arrays per sentence and an object
// per match were a tenth of everything the analysis allocated.

import type { Entry, Matcher } from "../lexicon/entry"

export class SentenceWalks {
  /** Per sentence: where its tokens start in `lengths` and `entryAt`. */
  private readonly starts: Int32Array
  private readonly matchers: Matcher[]
  /** Per token: -1 where the walk never stopped, 0 for no match there, else the match's length. */
  readonly lengths: Int32Array
  /** Per token where a match was found: its entry's place in `entries`. */
  private readonly entryAt: Int32Array
  private readonly entries: Entry[] = []
  /** The entry of the last match `longestAt` found. */
  found: Entry | undefined

  /** Every sentence of `reviews`, in order: sentences of the first review first. */
  constructor(reviews: readonly { matcher: Matcher; sentences: readonly { tokens: Int32Array }[] }[]) {
    let sentences = 0
    let tokens = 0
    for (const review of reviews) {
      sentences += review.sentences.length
      for (const sentence of review.sentences) tokens += sentence.tokens.length
    }
    this.starts = new Int32Array(sentences)
    this.matchers = new Array<Matcher>(sentences)
    this.lengths = new Int32Array(tokens).fill(-1)
    this.entryAt = new Int32Array(tokens)
    let index = 0
    let at = 0
    for (const review of reviews) {
      const { matcher } = review
      for (const { tokens: ids } of review.sentences) {
        this.starts[index] = at
        this.matchers[index++] = matcher
        for (let i = 0; i < ids.length; ) {
          const length = matcher.longestAt(ids, i)
          this.lengths[at + i] = length
          if (length > 0) {
            this.entryAt[at + i] = this.entries.length
            this.entries.push(matcher.found as Entry)
          }
          i += length || 1
        }
        at += ids.length
      }
    }
  }

  /** The walk of one sentence on its own (a sentence read outside a set). */
  static of(tokens: Int32Array, matcher: Matcher): SentenceWalks {
    return new SentenceWalks([{ matcher, sentences: [{ tokens }] }])
  }

  /** Where sentence `sentence`'s tokens start in `lengths`. */
  start(sentence: number): number {
    return this.starts[sentence] ?? 0
  }

  matcherOf(sentence: number): Matcher | undefined {
    return this.matchers[sentence]
  }

  /**
   * The length of the longest lexicon match at token `at` of sentence `sentence` (`tokens`), 0 for
   * none, its entry in `found`: from the walk where it stopped there, else looked up.
   */
  longestAt(sentence: number, tokens: Int32Array, at: number): number {
    const k = (this.starts[sentence] ?? 0) + at
    const length = this.lengths[k] ?? 0
    if (length === -1) {
      const matcher = this.matchers[sentence] as Matcher
      const found = matcher.longestAt(tokens, at)
      this.found = matcher.found
      return found
    }
    this.found = length > 0 ? this.entries[this.entryAt[k] ?? 0] : undefined
    return length
  }
}
