// Aspect mentions of one sentence, read with the lexicon of the review's language.

import { LEXICON_LANGUAGES, WORD_LIST_LANGUAGES, matcherFor } from "../lexicon"
import type { Matcher } from "../lexicon/entry"
import type { PhraseIndex } from "../text/phrase-index"
import { attribute, type Mention } from "./attribute"
import { readItems } from "./items"
import type { SentenceWalks } from "./lexicon-hits"

export type { Mention }

/** Words of the review a lexicon knows, phrases counted by their words ("poco rumoroso": 2). */
function hits(tokens: Int32Array, matcher: Matcher): number {
  let count = 0
  for (let i = 0; i < tokens.length; ) {
    const length = matcher.longestAt(tokens, i)
    count += length
    i += length || 1
  }
  return count
}

/**
 * The lexicon for a review: its language's when we have one; otherwise the one that recognises
 * most of its words (a three-word French review carries no function word to detect it by).
 */
export function matcherForReview(tokens: Int32Array, language: string | null): Matcher {
  // Cut at the dash without split(): this runs once per review.
  const dash = language?.indexOf("-") ?? -1
  const primary = language && dash !== -1 ? language.slice(0, dash) : (language ?? null)
  if (primary && LEXICON_LANGUAGES.includes(primary)) return matcherFor(primary)
  let best = matcherFor("en")
  let bestHits = hits(tokens, best)
  for (const candidate of WORD_LIST_LANGUAGES.slice(1)) {
    const matcher = matcherFor(candidate)
    const count = hits(tokens, matcher)
    if (count > bestHits) {
      best = matcher
      bestHits = count
    }
  }
  return best
}

/** matcherForReview, as worked out when the review was prepared. */
export function reviewMatcher(review: { matcher: Matcher }): Matcher {
  return review.matcher
}

/** `walks`, `sentence`: the walk that holds this sentence, where the caller has it already. */
export function sentenceMentions(tokens: Int32Array, matcher: Matcher, phrases?: PhraseIndex<string>, walks?: SentenceWalks, sentence = 0): Mention[] {
  return attribute(readItems(tokens, matcher, phrases, walks, sentence))
}
