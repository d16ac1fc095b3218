// Product-specific things reviewers keep naming ("the lid", "carrying case", 拉杆): frequent one-
// and two-word phrases that are neither function words nor lexicon words, counted once per review.

import type { PreparedReview } from "../prepare"
import { reviewMatcher } from "./sentence"
import { PhraseIndex } from "../text/phrase-index"
import { HAN_STOP, isStopword } from "../text/stopwords"
import { BREAK, isHan } from "../text/tokens"

/** Phrases shown at most; the lexicon aspects come first in the popup anyway. */
const MAX_PHRASES = 8
/** A phrase must recur: in 3 reviews, or 3% of them for large sets. */
const MIN_REVIEWS = 3
const MIN_SHARE = 0.03

function usable(token: string): boolean {
  if (token === BREAK || isStopword(token) || /^\p{N}+$/u.test(token)) return false
  if (isHan(token)) return !HAN_STOP.has(token)
  return token.length >= 3
}

function candidates(review: PreparedReview): Set<string> {
  const found = new Set<string>()
  const matcher = reviewMatcher(review)
  for (const { tokens } of review.sentences) {
    // Words the lexicon already knows are aspects or judgements, not product-specific things.
    const known = new Array<boolean>(tokens.length).fill(false)
    for (let i = 0; i < tokens.length; ) {
      const hit = matcher.match(tokens, i)
      if (hit) for (let k = i; k < i + hit.length; k++) known[k] = true
      i += hit ? hit.length : 1
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? BREAK
      if (known[i] || !usable(token)) continue
      if (!isHan(token)) found.add(token)
      const next = tokens[i + 1]
      if (next !== undefined && !known[i + 1] && usable(next) && isHan(token) === isHan(next)) {
        found.add(isHan(token) ? token + next : `${token} ${next}`)
      }
    }
  }
  return found
}

/** Frequent phrases as an index over tokens (value: the phrase as shown). */
export function frequentPhrases(reviews: readonly PreparedReview[]): PhraseIndex<string> | null {
  const counts = new Map<string, number>()
  for (const review of reviews) {
    for (const phrase of candidates(review)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1)
  }
  const threshold = Math.max(MIN_REVIEWS, Math.ceil(reviews.length * MIN_SHARE))
  const frequent = [...counts].filter(([, count]) => count >= threshold)
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
