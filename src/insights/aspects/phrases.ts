// Product-specific things reviewers keep naming ("the lid", "carrying case", 拉杆): frequent one-
// and two-word phrases that are neither function words nor lexicon words, counted once per review.

import type { PreparedReview } from "../prepare"
import type { SentenceWalks } from "./lexicon-hits"
import { PhraseIndex } from "../text/phrase-index"
import type { NounCase } from "../text/noun-case"
import { HAN_STOP, isStopword } from "../text/stopwords"
import { BREAK, isHan, WIDE } from "../text/tokens"
import type { Vocabulary } from "../text/vocabulary"

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
 * which the engine keeps as a separate heap object in every set and map it enters. Phrase ids
 * are given in the order phrases are first met, which is the order ties keep when sorted.
 */
class PhraseCounts {
  /** Per word id of the vocabulary: 0 not yet seen, 1 never part of a phrase, 2 may be, 3 Han. */
  readonly kind: Uint8Array
  /** Per word id of the vocabulary: its phrase id, or -1. */
  private readonly wordPhrase: Int32Array
  /** Per first word's phrase id: second word's phrase id → the pair's id. */
  private readonly pairIds: (Map<number, number> | undefined)[] = []
  /** Per phrase id: its word ids in the vocabulary (second: -1 for a single word). */
  readonly first: number[] = []
  readonly second: number[] = []
  readonly counts: number[] = []
  /** Per id: how many of those reviews are German (its case is shown German's way only if most). */
  private readonly germanCounts: number[] = []
  /** Per id: the last review counted, so a phrase counts once per review. */
  private readonly countedIn: number[] = []
  private review = 0
  private german = false

  /** `nouns`: how the set's German reviewers write each word, where it has German reviews. */
  constructor(
    readonly vocabulary: Vocabulary,
    private readonly nouns: NounCase | null
  ) {
    this.kind = new Uint8Array(vocabulary.size)
    this.wordPhrase = new Int32Array(vocabulary.size).fill(-1)
  }

  private add(first: number, second: number): number {
    const id = this.counts.length
    this.first.push(first)
    this.second.push(second)
    this.counts.push(0)
    this.germanCounts.push(0)
    this.countedIn.push(-1)
    return id
  }

  /** Whether a word may be part of a phrase (3: a Han character), worked out once per word. */
  kindOf(word: number): number {
    let kind = this.kind[word] ?? 0
    if (kind === 0) {
      const text = this.vocabulary.word(word)
      kind = usable(text) ? (isHan(text) ? 3 : 2) : 1
      this.kind[word] = kind
    }
    return kind
  }

  wordId(word: number): number {
    let id = this.wordPhrase[word] ?? -1
    if (id === -1) {
      id = this.add(word, -1)
      this.wordPhrase[word] = id
    }
    return id
  }

  pairId(first: number, second: number): number {
    const a = this.wordId(first)
    let pairs = this.pairIds[a]
    if (!pairs) {
      pairs = new Map()
      this.pairIds[a] = pairs
    }
    const b = this.wordId(second)
    let id = pairs.get(b)
    if (id === undefined) {
      id = this.add(first, second)
      pairs.set(b, id)
    }
    return id
  }

  nextReview(german: boolean): void {
    this.review++
    this.german = german
  }

  count(id: number): void {
    if (this.countedIn[id] === this.review) return
    this.countedIn[id] = this.review
    this.counts[id] = (this.counts[id] ?? 0) + 1
    if (this.german) this.germanCounts[id] = (this.germanCounts[id] ?? 0) + 1
  }

  /** A word as shown: a German noun with its capital ("Haut"), where German reviews name it. */
  private shown(word: number, german: boolean): string {
    const text = this.vocabulary.word(word)
    return this.nouns && german ? this.nouns.shown(word, text) : text
  }

  /**
   * The phrase an id stands for, as shown: Han characters join without a space. German's
   * capitals only where most of the reviews naming it are German: "cover" in English reviews of
   * a set whose German reviewers write "das Cover" stays as English writes it.
   */
  phrase(id: number): string {
    const german = 2 * (this.germanCounts[id] ?? 0) > (this.counts[id] ?? 0)
    const head = this.shown(this.first[id] ?? -1, german)
    const second = this.second[id] ?? -1
    if (second === -1) return head
    const tail = this.shown(second, german)
    return isHan(head) ? head + tail : `${head} ${tail}`
  }

  /** The word ids of a phrase, as the index over tokens needs them. */
  wordsOf(id: number): number[] {
    const second = this.second[id] ?? -1
    return second === -1 ? [this.first[id] ?? -1] : [this.first[id] ?? -1, second]
  }
}

/** Per token of the sentence being read: its word's id if it may be part of a phrase, else -1. */
let open = new Int32Array(64)

/** `walks`: the lexicon walk of each sentence, from `walk` on. */
function candidates(review: PreparedReview, phrases: PhraseCounts, walks: SentenceWalks, walk: number): void {
  phrases.nextReview(review.nouns !== null)
  // In German only nouns name things ("Haut"); the verbs around them ("zieht ein") do not.
  const { nouns } = review
  for (const { tokens } of review.sentences) {
    // Words the lexicon already knows are aspects or judgements, not product-specific things.
    const { lengths } = walks
    const start = walks.start(walk++)
    if (open.length <= tokens.length) open = new Int32Array(2 * tokens.length + 1)
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i] ?? -1
      open[i] = phrases.kindOf(word) > 1 && (nouns === null || nouns.isNoun(word)) ? word : -1
      // Every usable word gets its id here, as the sentence is read, before pairs get theirs.
      if (open[i] !== -1) phrases.wordId(word)
    }
    open[tokens.length] = -1
    for (let i = 0; i < tokens.length; i++) for (let k = i; k < i + (lengths[start + i] ?? 0); k++) open[k] = -1
    for (let i = 0; i < tokens.length; i++) {
      const word = open[i] ?? -1
      if (word === -1) continue
      const han = phrases.kindOf(word) === 3
      if (!han) phrases.count(phrases.wordId(word))
      const next = open[i + 1] ?? -1
      if (next !== -1 && han === (phrases.kindOf(next) === 3)) phrases.count(phrases.pairId(word, next))
    }
  }
}

/** Letters only, lower case: "De'Longhi" and "DeLonghi" are one name. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")

/** The words of a name ("Housse de chaise coton" → housse, chaise, coton) and the whole name squashed. */
function wordsOf(text: string | null | undefined): Set<string> {
  const words = new Set((text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))
  const whole = squash(text ?? "")
  if (whole.length >= 3) words.add(whole)
  return words
}

/** A phrase word is a listing's word when it is one, or its plural ("chaises" for "chaise"). */
const isOwn = (word: string, own: Set<string>) => own.has(word) || own.has(word.replace(/s$/, "")) || own.has(word.replace(/es$/, ""))

/**
 * Frequent phrases as an index over tokens (value: the phrase as shown). `walks`: every
 * sentence's lexicon walk, in order (see SentenceWalks). Phrases come from the reviews in the
 * set's `main` language only (all, when null): a German page's French reviews made "car" (French
 * "because") a topic.
 * Nor is the listing itself a topic: a phrase with a word of the brand ("DeLonghi", "Samsung
 * tablet"), or made only of the product name's words ("housse", "chaises" on "Housse de chaise").
 */
export function frequentPhrases(
  reviews: readonly PreparedReview[],
  walks: SentenceWalks,
  product?: { name?: string | null; brand?: string | null },
  main: string | null = null
): PhraseIndex<string> | null {
  const [first] = reviews
  if (!first) return null
  const phrases = new PhraseCounts(first.vocabulary, reviews.find((review) => review.nouns)?.nouns ?? null)
  let walk = 0
  for (const review of reviews) {
    if (review.vocabulary !== first.vocabulary) throw new Error("Reviews counted together must be prepared together")
    if (main === null || review.language === null || review.language === main) candidates(review, phrases, walks, walk)
    walk += review.sentences.length
  }
  const threshold = Math.max(MIN_REVIEWS, Math.ceil(reviews.length * MIN_SHARE))
  const brand = wordsOf(product?.brand)
  const name = wordsOf(product?.name)
  const frequent: [string, number, number][] = []
  phrases.counts.forEach((count, id) => {
    if (count < threshold) return
    const phrase = phrases.phrase(id)
    const words = phrase.toLowerCase().split(" ")
    if (isOwn(squash(phrase), brand) || words.some((w) => isOwn(w, brand)) || words.every((w) => isOwn(w, name))) return
    frequent.push([phrase, count, id])
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
  for (const [phrase, , id] of kept) index.add(phrases.wordsOf(id), phrase, (old) => old)
  return index
}
