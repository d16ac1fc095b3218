// One longest-match index per review language, built on first use. Each Latin-script language
// keeps its own words (German "mal" is not Spanish "mal"); Chinese entries are added to every
// index, since Han characters never collide with Latin words and reviews mix scripts.

import { PhraseIndex } from "../text/phrase-index"
import { CS } from "./cs"
import { DE } from "./de"
import { EN } from "./en"
import { addLexicon, type Entry, type LexiconSource, type Matcher } from "./entry"
import { ES } from "./es"
import { FR } from "./fr"
import { IT } from "./it"
import { NL } from "./nl"
import { PL } from "./pl"
import { PT } from "./pt"
import { SK } from "./sk"
import { ZH } from "./zh"

const SOURCES: Record<string, LexiconSource> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL, pl: PL, cs: CS, sk: SK }

/**
 * The Latin-script languages with a word list of their own, English first: a review of unknown
 * language is read with whichever knows most of its words, English on a tie.
 */
export const WORD_LIST_LANGUAGES: readonly string[] = Object.keys(SOURCES)

/** Languages with their own word lists; any other review is read with the English ones. */
export const LEXICON_LANGUAGES: readonly string[] = [...WORD_LIST_LANGUAGES, "zh"]

const cache = new Map<string, Matcher>()
/** By the language as passed: every review asks, and lower-casing and splitting each time showed. */
const byLanguage = new Map<string | null, Matcher>()

function lexiconKey(language: string | null): string {
  const primary = (language ?? "").toLowerCase().split("-")[0] ?? ""
  return primary in SOURCES ? primary : "en"
}

/**
 * Every lexicon, built before the first review is read: their words take the fixed ids of the
 * built-in vocabulary (see vocabulary.ts), which cannot grow once a review set has forked it.
 */
export function loadLexicons(): void {
  for (const key of Object.keys(SOURCES)) matcherFor(key)
}

export function matcherFor(language: string | null): Matcher {
  const known = byLanguage.get(language)
  if (known) return known
  const key = lexiconKey(language)
  let matcher = cache.get(key)
  if (!matcher) {
    matcher = new PhraseIndex<Entry>()
    const source = SOURCES[key]
    if (source) addLexicon(matcher, source)
    addLexicon(matcher, ZH)
    cache.set(key, matcher)
  }
  byLanguage.set(language, matcher)
  return matcher
}
