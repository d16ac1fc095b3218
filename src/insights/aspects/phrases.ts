// Product-specific things reviewers keep naming ("the lid", "carrying case", 拉杆): frequent one-
// and two-word phrases that are neither function words nor lexicon words, counted once per review.

import type { PreparedReview } from "../prepare"
import { lexiconHits } from "./lexicon-hits"
import { reviewMatcher } from "./sentence"
import { PhraseIndex } from "../text/phrase-index"
import { HAN_STOP, isStopword } from "../text/stopwords"
import { BREAK, isHan, WIDE } from "../text/tokens"

/** Phrases shown at most; the lexicon aspects come first in the popup anyway. */
const MAX_PHRASES = 8
/** A phrase must recur: in 3 reviews, or 3% of them for large sets. */
const MIN_REVIEWS = 3
const MIN_SHARE = 0.03

const NUMBER = /^\p{N}+$/u

/** Most tokens are plain English words; they cannot be numbers, and skip the Unicode regex. */
function startsLowerAscii(token: string): boolean {
  const code = token.charCodeAt(0)
  return code >= 0x61 && code <= 0x7a
}

function usable(token: string): boolean {
  // One or two letters are never a phrase word unless a Han character: most tokens ("a", "is",
  // "it") stop here, before the stopword lookup.
  if (token.length < 3 && !(token.length === 1 && token.charCodeAt(0) >= WIDE)) return false
  if (token === BREAK || isStopword(token) || (!startsLowerAscii(token) && NUMBER.test(token))) return false
  if (isHan(token)) return !HAN_STOP.has(token)
  return token.length >= 3
}

/**
 * Candidate phrases (words and word pairs) as small integers, counted once per review in arrays:
 * building a string for every word pair of every review (most of them made-up model names that
 * never recur) cost more than counting them, and so did keying pairs by a number above 2^31,
 * which the engine keeps as a separate heap object in every set and map it enters.
 */
class PhraseCounts {
  private readonly wordIds = new Map<string, number>()
  /** Per first word's id: second word's id → the pair's id. */
  private readonly pairIds: (Map<number, number> | undefined)[] = []
  /** Per id: the word, or for a pair the ids of its two words. */
  private readonly word: string[] = []
  private readonly first: number[] = []
  private readonly second: number[] = []
  readonly counts: number[] = []
  /**
   * Per word id: 1 if the word may be part of a phrase, 2 if it is also a Han character. Worked
   * out once per distinct word: the stopword, Han and number tests were per token before.
   */
  readonly kind: number[] = []
  /** Per id: the last review counted, so a phrase counts once per review. */
  private readonly countedIn: number[] = []
  private review = 0

  private add(word: string, first: number, second: number): number {
    const id = this.counts.length
    this.kind.push(0)
    this.word.push(word)
    this.first.push(first)
    this.second.push(second)
    this.counts.push(0)
    this.countedIn.push(-1)
    return id
  }

  /** Every token gets an id, usable or not, so one map lookup answers both questions. */
  wordId(word: string): number {
    let id = this.wordIds.get(word)
    if (id === undefined) {
      id = this.add(word, -1, -1)
      this.wordIds.set(word, id)
      this.kind[id] = usable(word) ? (isHan(word) ? 2 : 1) : 0
    }
    return id
  }

  pairId(first: number, second: number): number {
    let pairs = this.pairIds[first]
    if (!pairs) {
      pairs = new Map()
      this.pairIds[first] = pairs
    }
    let id = pairs.get(second)
    if (id === undefined) {
      id = this.add("", first, second)
      pairs.set(second, id)
    }
    return id
  }

  nextReview(): void {
    this.review++
  }

  count(id: number): void {
    if (this.countedIn[id] === this.review) return
    this.countedIn[id] = this.review
    this.counts[id] = (this.counts[id] ?? 0) + 1
  }

  /** The phrase an id stands for, as shown: Han characters join without a space. */
  phrase(id: number): string {
    const first = this.first[id] ?? -1
    if (first === -1) return this.word[id] ?? ""
    const head = this.word[first] ?? ""
    const tail = this.word[this.second[id] ?? 0] ?? ""
    return isHan(head) ? head + tail : `${head} ${tail}`
  }
}

/** Per token of the sentence being read: its word id if it may be part of a phrase, else -1. */
let open = new Int32Array(64)

function candidates(review: PreparedReview, phrases: PhraseCounts): void {
  phrases.nextReview()
  const matcher = reviewMatcher(review)
  const { kind } = phrases
  for (const { tokens } of review.sentences) {
    // Words the lexicon already knows are aspects or judgements, not product-specific things.
    const { lengths } = lexiconHits(tokens, matcher)
    if (open.length <= tokens.length) open = new Int32Array(2 * tokens.length + 1)
    for (let i = 0; i < tokens.length; i++) {
      const id = phrases.wordId(tokens[i] ?? BREAK)
      open[i] = kind[id] ? id : -1
    }
    open[tokens.length] = -1
    for (let i = 0; i < tokens.length; i++) for (let k = i; k < i + (lengths[i] ?? 0); k++) open[k] = -1
    for (let i = 0; i < tokens.length; i++) {
      const id = open[i] ?? -1
      if (id === -1) continue
      const han = kind[id] === 2
      if (!han) phrases.count(id)
      const nextId = open[i + 1] ?? -1
      if (nextId !== -1 && han === (kind[nextId] === 2)) phrases.count(phrases.pairId(id, nextId))
    }
  }
}

/** Frequent phrases as an index over tokens (value: the phrase as shown). */
export function frequentPhrases(reviews: readonly PreparedReview[]): PhraseIndex<string> | null {
  const phrases = new PhraseCounts()
  for (const review of reviews) candidates(review, phrases)
  const threshold = Math.max(MIN_REVIEWS, Math.ceil(reviews.length * MIN_SHARE))
  const frequent: [string, number][] = []
  phrases.counts.forEach((count, id) => {
    if (count >= threshold) frequent.push([phrases.phrase(id), count])
  })
  // A word that mostly occurs inside a kept two-word phrase is that phrase ("carrying case").
  const pairs = frequent.filter(([phrase]) => phrase.includes(" ") || [...phrase].length === 2)
  const kept = frequent
    .filter(([phrase, count]) => {
      if (phrase.includes(" ")) return true
      return !pairs.some(([pair, pairCount]) => pair !== phrase && pair.split(" ").includes(phrase) && pairCount >= 0.6 * count)
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_PHRASES)
  if (kept.length === 0) return null
  const index = new PhraseIndex<string>()
  for (const [phrase] of kept) {
    const tokens = phrase.includes(" ") ? phrase.split(" ") : isHan([...phrase][0] ?? "") ? [...phrase] : [phrase]
    index.add(tokens, phrase, (old) => old)
  }
  return index
}
