// Each review read once: normalised text, sentences, token ids, language. Every signal works from
// this, so a 10,000-review product is tokenised once, and each word looked up once.

import type { Review } from "../product"
import { matcherForReview } from "./aspects/sentence"
import { loadLexicons, matcherFor } from "./lexicon"
import type { Matcher } from "./lexicon/entry"
import { detectLanguage } from "./text/language"
import { NAME, NO_CASE, NounCase, writtenCase } from "./text/noun-case"
import { MAX_TEXT, normalise, splitSentences, tokenSpans, TokenSpans } from "./text/tokens"
import { BREAK_ID, KNOWN_WORDS, Vocabulary } from "./text/vocabulary"
import { TokenStore } from "./text/token-store"

export interface PreparedSentence {
  text: string
  /** Word ids (see vocabulary.ts), with BREAK_ID for clause punctuation. */
  tokens: Int32Array
}

export interface PreparedReview {
  review: Review
  /** Title and body, normalised and capped at MAX_TEXT. */
  text: string
  sentences: PreparedSentence[]
  /** Ids of all words of title and body, no clause breaks. */
  words: Int32Array
  /** What the ids stand for; shared by every review of a set prepared together. */
  vocabulary: Vocabulary
  language: string | null
  /** The lexicon the review is read with (its language's, or the one that knows most words). */
  matcher: Matcher
  /** German reviews: how the set's German reviewers capitalise each word (shared); else null. */
  nouns: NounCase | null
  rating: number | null
}

/** Ratings outside 0–5 or not numbers are treated as missing rather than clamped into a star. */
function validRating(rating: number | null): number | null {
  return typeof rating === "number" && Number.isFinite(rating) && rating >= 0 && rating <= 5 ? rating : null
}

function declaredLanguage(review: Review): string | null {
  const primary = review.language?.trim().toLowerCase().split(/[-_]/)[0]
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null
}

/** Token spans and word ids of the review being read, before they are copied into the store. */
const spans = new TokenSpans()
let tokenIds = new Int32Array(256)
let wordIds = new Int32Array(256)
/** Per word of wordIds: how it is written, for NounCase once the review turns out to be German. */
let wordCases = new Uint8Array(256)
/** The review's names ("USB", "iPhone") as written, with their word ids, for NounCase. */
const names: [number, string][] = []

/**
 * The product's name as it would sit inside a review title, or null when too short to tell a
 * shop's template from a reviewer's words ("Great pan" on a product called "Pan").
 */
function nameInTitles(productName: string | null | undefined): string | null {
  const name = productName?.replace(/\s+/g, " ").trim().toLowerCase() ?? ""
  return name.length >= 12 ? name : null
}

/** Reviews detected as German, and those too short to detect that the German lexicon reads best. */
function readsGerman(language: string | null, matcher: Matcher): boolean {
  return language === "de" || (language === null && matcher === matcherFor("de"))
}

/** `nouns`: the set's, filled from its German reviews as they are prepared. */
function prepareOne(review: Review, vocabulary: Vocabulary, store: TokenStore, productName: string | null, nouns: NounCase): PreparedReview {
  names.length = 0
  const given = typeof review.title === "string" ? review.title.trim() : ""
  // Shops that title every review after the product ("<product name> - opinia od asatka") write the
  // title, not the reviewer: its words would be counted as what every buyer mentions.
  const title = productName && given.replace(/\s+/g, " ").toLowerCase().includes(productName) ? "" : given
  const body = typeof review.body === "string" ? review.body.trim() : ""
  const joined = title && body && !body.startsWith(title) ? `${title}\n${body}` : body || title
  const text = normalise(joined.slice(0, MAX_TEXT))
  const sentences: PreparedSentence[] = []
  let wordCount = 0
  for (const sentence of splitSentences(text)) {
    const lower = sentence.toLowerCase()
    tokenSpans(lower, spans)
    const count = spans.count
    if (tokenIds.length < count) tokenIds = new Int32Array(2 * count)
    if (wordIds.length < wordCount + count) {
      const grown = new Int32Array(2 * (wordCount + count))
      grown.set(wordIds.subarray(0, wordCount))
      wordIds = grown
      const cases = new Uint8Array(grown.length)
      cases.set(wordCases.subarray(0, wordCount))
      wordCases = cases
    }
    // Read in this pass, not again once the language is known: German sets took a tenth longer.
    // The first word of a sentence, and the first after a clause break ("Fazit: Verwende ich …",
    // a quote, a dash), may have a capital whatever it is; where lower-casing changed the length
    // (Turkish İ), the spans of `lower` miss the sentence's letters.
    const aligned = lower.length === sentence.length
    let opening = true
    let speaking: boolean | undefined
    for (let i = 0; i < count; i++) {
      const start = spans.starts[i] ?? -1
      const end = spans.ends[i] ?? start
      const id = start === -1 ? BREAK_ID : vocabulary.idOf(lower, start, end)
      tokenIds[i] = id
      if (id === BREAK_ID) {
        opening = true
        continue
      }
      let written = aligned && !opening ? writtenCase(sentence, lower, start, end) : NO_CASE
      // Capitals in a sentence without a lower-case letter are shouting ("ES ZIEHT SCHNELL EIN!"),
      // not names: asked only of the few sentences that hold a name.
      if (written === NAME && !(speaking ??= /\p{Ll}/u.test(sentence))) written = NO_CASE
      if (written === NAME) names.push([id, sentence.slice(start, end)])
      wordCases[wordCount] = written
      opening = false
      wordIds[wordCount++] = id
    }
    sentences.push({ text: sentence, tokens: store.copy(tokenIds, count) })
  }
  const words = store.copy(wordIds, wordCount)
  // The text says more than a page-wide lang attribute, which shops set once for all reviews.
  const language = detectLanguage(text, { ids: words, vocabulary }) ?? declaredLanguage(review)
  const matcher = matcherForReview(words, language)
  const german = readsGerman(language, matcher)
  if (german) nouns.record(words, wordCases, names)
  return { review, text, sentences, words, vocabulary, language, matcher, nouns: german ? nouns : null, rating: validRating(review.rating) }
}

/** A set of reviews analysed together: one vocabulary for all, so their word ids compare. */
/** `productName`: the listing's name, to leave out review titles that are only the shop's template. */
export function prepareReviews(reviews: readonly Review[], productName?: string | null): PreparedReview[] {
  loadLexicons()
  const vocabulary = new Vocabulary(KNOWN_WORDS)
  // A first block sized to the set: one review should not take 256 KB.
  const store = new TokenStore(64 * reviews.length)
  const name = nameInTitles(productName)
  const nouns = new NounCase()
  return reviews.map((review) => prepareOne(review, vocabulary, store, name, nouns))
}

/** One review on its own (tests, one-sentence benchmarks). */
export function prepareReview(review: Review): PreparedReview {
  return prepareReviews([review])[0] as PreparedReview
}
