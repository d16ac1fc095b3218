// A sentence as the sentiment rules see it: the lexicon phrases it contains, in order, each with
// its clause and the modifiers around it (negation, "too", "enough", intensity).

import type { Entry, Matcher } from "../lexicon/entry"
import type { PhraseIndex } from "../text/phrase-index"
import { BREAK_ID } from "../text/vocabulary"
import { SentenceWalks } from "./lexicon-hits"

export interface Item {
  pos: number
  len: number
  entry: Entry
  /** A product-specific phrase standing in for an aspect ("phrase:lid"). */
  phrase?: string
  clause: number
  /** Clauses joined by commas share a group; "but" and "although" start a new one. */
  group: number
  /** How much the clause counts: more after "but", less inside "although". */
  weight: number
  negated: boolean
  excess: boolean
  runs: boolean
  enough: boolean
  /** Right before "than my", "than the": compared with another thing ("larger than my old bag"). */
  compared: boolean
  intensity: number
  /** A negator that flipped a judging word; an unused one may still deny an aspect ("no padding"). */
  negates: boolean
}

export const AFTER_CONTRAST = 1.5
export const IN_CONCESSION = 0.6
/** Words a negator reaches: "not once have I run out" is still negated. */
const NEGATION_REACH = 3
const RUNS_REACH = 4

export function isSentiment(entry: Entry): boolean {
  return (entry.score !== undefined && entry.score !== 0) || entry.byAspect !== undefined || entry.dim === true
}

/** `walks`, `sentence`: the walk that holds this sentence's lexicon matches. */
function scan(tokens: Int32Array, walks: SentenceWalks, sentence: number, phrases?: PhraseIndex<string>): Item[] {
  const items: Item[] = []
  let clause = 0
  let group = 0
  let weight = 1
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i] === BREAK_ID) {
      clause++
      if (weight === IN_CONCESSION) {
        group++
        weight = 1
      }
      i++
      continue
    }
    const foundLength = walks.longestAt(sentence, tokens, i)
    const found = foundLength > 0 ? walks.found : undefined
    const phraseLength = found || !phrases ? 0 : phrases.longestAt(tokens, i)
    if (!found && phraseLength === 0) {
      i++
      continue
    }
    const role = found?.role
    if (role === "contrast" || role === "concession") {
      clause++
      group++
      weight = role === "contrast" ? AFTER_CONTRAST : IN_CONCESSION
    }
    const entry: Entry = found ?? {}
    const len = found ? foundLength : phraseLength
    items.push({
      pos: i,
      len,
      entry,
      phrase: found ? undefined : phrases?.found,
      clause,
      group,
      weight,
      negated: false,
      excess: false,
      runs: false,
      enough: false,
      compared: false,
      intensity: 1,
      negates: false
    })
    i += len
  }
  return items
}

/** "pretty", "super", 好: an intensifier before a judging word, a judging word otherwise. */
function resolveIntensifiers(items: Item[]): void {
  // Loops rather than forEach in this file: they run for every sentence, and a callback per call
  // showed in profiles.
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item
    // Checked before copying the entry: nearly every item is no intensifier.
    if (item.entry.role !== "intensifier") continue
    const next = items[index + 1]
    const { role, ...rest } = item.entry
    if (!(rest.aspect || isSentiment(rest))) continue
    const adjacent = next !== undefined && next.pos === item.pos + item.len && isSentiment(next.entry)
    item.entry = adjacent ? { role } : rest
  }
}

function markAround(items: Item[], item: Item, index: number): void {
  const previous = items[index - 1]
  const next = items[index + 1]
  const adjacentBefore = previous !== undefined && previous.pos + previous.len === item.pos && previous.clause === item.clause
  if (adjacentBefore && previous.entry.role === "intensifier") item.intensity = 1.5
  const before = adjacentBefore && previous.entry.role === "intensifier" ? items[index - 2] : previous
  if (before && before.pos + before.len >= item.pos - 1 && before.clause === item.clause) {
    if (before.entry.role === "excess" || (before.entry.role === "excess-dim" && item.entry.dim)) item.excess = true
  }
  if (next?.pos === item.pos + item.len) {
    if (next.entry.role === "enough") item.enough = true
    if (next.entry.role === "another") item.compared = true
  }
  for (let j = index - 1; j >= 0; j--) {
    const other = items[j]
    if (!other || other.clause !== item.clause) break
    if (other.entry.role === "runs" && item.pos - (other.pos + other.len) <= RUNS_REACH) item.runs = true
  }
  for (let j = index + 1; j < items.length && j <= index + 2; j++) {
    const other = items[j]
    if (other?.clause === item.clause && other.entry.post && other.pos - (item.pos + item.len) <= 1) {
      item.negated = true
      other.negates = true
    }
  }
}

/**
 * A negator reaches the first judging word within three words, and the words chained right after
 * it ("no weird chemical smell"), not a later one ("never solved the issue": the issue stays bad).
 * "too low to be comfortable" negates what follows "to".
 */
function markNegation(items: Item[]): void {
  for (let index = 0; index < items.length; index++) {
    const negator = items[index] as Item
    const role = negator.entry.role
    const tooTo = role === "result" && items[index - 1]?.excess === true
    if (role !== "negator" && !tooTo) continue
    let reachEnd = negator.pos + negator.len + NEGATION_REACH
    for (let j = index + 1; j < items.length; j++) {
      const item = items[j]
      if (!item || item.clause !== negator.clause || item.pos > reachEnd) break
      if (!isSentiment(item.entry)) continue
      item.negated = !item.negated
      negator.negates = true
      reachEnd = item.pos + item.len
    }
  }
}

function markModifiers(items: Item[]): void {
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item
    if (isSentiment(item.entry)) markAround(items, item, index)
  }
  markNegation(items)
}

/** `walks`, `sentence`: the walk that holds this sentence, where the caller has it already. */
export function readItems(tokens: Int32Array, matcher: Matcher, phrases?: PhraseIndex<string>, walks?: SentenceWalks, sentence = 0): Item[] {
  const own = walks?.matcherOf(sentence) === matcher
  const items = own && walks ? scan(tokens, walks, sentence, phrases) : scan(tokens, SentenceWalks.of(tokens, matcher), 0, phrases)
  resolveIntensifiers(items)
  markModifiers(items)
  return items
}
