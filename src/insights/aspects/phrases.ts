// Product-specific things reviewers keep naming ("the lid", "carrying case", 拉杆): frequent one-
// and two-word phrases that are neither function words nor lexicon words, counted once per review.

import type { PreparedReview } from "../prepare"
import { lexiconHits } from "./lexicon-hits"
import { reviewMatcher } from "./sentence"
import { PhraseIndex } from "../text/phrase-index"
import { HAN_STOP, isStopword } from "../text/stopwords"
import { BREAK, isHan } from "../text/tokens"

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
  if (token === BREAK || isStopword(token) || (!startsLowerAscii(token) && NUMBER.test(token))) return false
  if (isHan(token)) return !HAN_STOP.has(token)
  return token.length >= 3
}

/**
 * Words as small integers, so a review's candidate phrases are numbers: building a string for
 * every word pair of every review (most of them made-up model names that never recur) cost more
 * than counting them.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>()
  readonly words: string[] = []

  id(word: string): number {
    let id = this.ids.get(word)
    if (id === undefined) {
      id = this.words.length
      this.ids.set(word, id)
      this.words.push(word)
    }
    return id
  }
}

/** Keys at or above this are word pairs; below, single words. 2^26 words, exact in a double. */
const PAIR = 2 ** 26

function pairKey(first: number, second: number): number {
  return (first + 1) * PAIR + second
}

/** The phrase a key stands for, as shown: Han characters join without a space. */
function phraseOf(key: number, vocabulary: Vocabulary): string {
  if (key < PAIR) return vocabulary.words[key] ?? ""
  const first = vocabulary.words[Math.floor(key / PAIR) - 1] ?? ""
  const second = vocabulary.words[key % PAIR] ?? ""
  return isHan(first) ? first + second : `${first} ${second}`
}

function candidates(review: PreparedReview, vocabulary: Vocabulary, found: Set<number>): void {
  found.clear()
  const matcher = reviewMatcher(review)
  for (const { tokens } of review.sentences) {
    // Words the lexicon already knows are aspects or judgements, not product-specific things.
    const { lengths } = lexiconHits(tokens, matcher)
    const open = new Array<boolean>(tokens.length).fill(true)
    for (let i = 0; i < tokens.length; i++) for (let k = i; k < i + (lengths[i] ?? 0); k++) open[k] = false
    for (let i = 0; i < tokens.length; i++) open[i] = (open[i] ?? false) && usable(tokens[i] ?? BREAK)
    for (let i = 0; i < tokens.length; i++) {
      if (!open[i]) continue
      const token = tokens[i] ?? BREAK
      const id = vocabulary.id(token)
      const han = isHan(token)
      if (!han) found.add(id)
      const next = tokens[i + 1]
      if (next !== undefined && open[i + 1] && han === isHan(next)) found.add(pairKey(id, vocabulary.id(next)))
    }
  }
}

/** Frequent phrases as an index over tokens (value: the phrase as shown). */
export function frequentPhrases(reviews: readonly PreparedReview[]): PhraseIndex<string> | null {
  const vocabulary = new Vocabulary()
  const counted = new Map<number, number>()
  const found = new Set<number>()
  for (const review of reviews) {
    candidates(review, vocabulary, found)
    for (const key of found) counted.set(key, (counted.get(key) ?? 0) + 1)
  }
  const threshold = Math.max(MIN_REVIEWS, Math.ceil(reviews.length * MIN_SHARE))
  const frequent: [string, number][] = []
  for (const [key, count] of counted) if (count >= threshold) frequent.push([phraseOf(key, vocabulary), count])
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
