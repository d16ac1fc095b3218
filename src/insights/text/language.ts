// Which language a review is written in, from its own text: the script first, then function-word
// profiles for Latin-script languages. Returns null rather than a guess when the text is too short.

import { KNOWN_WORDS, PROFILE_LANGUAGES, type Vocabulary } from "./vocabulary"

/** Letters read; the first few hundred say as much as the whole review. */
const SAMPLE = 600

/** Code-point ranges of the scripts told apart here; one pass over the sample counts them all. */
const SCRIPTS: [string, number, number][] = [
  ["latin", 0x41, 0x5a],
  ["latin", 0x61, 0x7a],
  ["latin", 0xc0, 0x24f],
  ["greek", 0x370, 0x3ff],
  ["cyrillic", 0x400, 0x4ff],
  ["hebrew", 0x590, 0x5ff],
  ["arabic", 0x600, 0x6ff],
  ["devanagari", 0x900, 0x97f],
  ["thai", 0xe00, 0xe7f],
  ["latin", 0x1e00, 0x1eff],
  ["kana", 0x3040, 0x30ff],
  ["han", 0x3400, 0x4dbf],
  ["han", 0x4e00, 0x9fff],
  ["hangul", 0xac00, 0xd7af],
  ["han", 0xf900, 0xfaff]
]

const SCRIPT_LANGUAGE: Record<string, string> = {
  hangul: "ko",
  hebrew: "he",
  greek: "el",
  thai: "th",
  devanagari: "hi"
}

// Letters that only some Latin languages use, worth one function word each to each language listed
// (at most two per group: a long German review should not win on umlauts alone).
const LETTER_HINTS: [string, string][] = [
  ["ß", "de"],
  ["äöü", "de"],
  ["ñ¿¡", "es"],
  ["ãõ", "pt"],
  // è, à and ù are as Italian as French ("è", "qualità", "più"): evidence for neither.
  ["œêëçâîû", "fr"],
  ["ìò", "it"],
  ["ąęłńśźż", "pl"],
  ["ěřů", "cs"],
  // Carons Czech and Slovak share (and Slovene, Croatian, which have no list): a point for each of
  // the two, told apart by ě ř ů, ľ ĺ ŕ ô and their words.
  ["čšžťďň", "cs sk"],
  // Not "ä": German writes it far more often.
  ["ľĺŕô", "sk"]
]
/**
 * Letter, and its capital, → its group in LETTER_HINTS, so one pass over the sample counts every
 * group whatever the case. "ß" capitalises to "SS"; its one-letter capital is "ẞ".
 */
const HINT_GROUP = new Map(
  LETTER_HINTS.flatMap(([letters], group) =>
    [...letters].flatMap((letter) => [[letter, group] as const, [letter === "ß" ? "ẞ" : letter.toUpperCase(), group] as const])
  )
)

/** Latin-script languages scored, as indexes into arrays; ties go to the first in this order. */
const LATIN = PROFILE_LANGUAGES
const LATIN_INDEX = new Map(LATIN.map((language, index) => [language, index]))
/** Per group of LETTER_HINTS, the indexes of the languages it counts for. */
const HINT_LANGUAGES = LETTER_HINTS.map(([, languages]) => languages.split(" ").map((language) => LATIN_INDEX.get(language) ?? -1))
const DUTCH = LATIN_INDEX.get("nl") ?? -1

/**
 * Hint letters per group of LETTER_HINTS, in either case, counted into `hits`; returns how many
 * times Dutch "ij" (or "IJ", "Ij") occurs. Read from the text as written: lower-casing every
 * review's sample for this was a string per review, and no capital lower-cases to "i" or "j"
 * but I and J themselves.
 */
function letterHints(text: string, hits: number[]): number {
  hits.fill(0)
  let ij = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code | 0x20) === 0x69 && (text.charCodeAt(i + 1) | 0x20) === 0x6a) {
      ij++
      i++
      continue
    }
    // Every hint letter and its capital are above U+00A0 (ẞ is U+1E9E); ASCII skips the lookup.
    if (code < 0xa1) continue
    const group = HINT_GROUP.get(text[i] ?? "")
    if (group !== undefined) hits[group] = (hits[group] ?? 0) + 1
  }
  return ij
}

const SCRIPT_NAMES = [...new Set(SCRIPTS.map(([name]) => name))]
/** Script index, lowest and highest code point of each range, three numbers per range. */
const SCRIPT_RANGES = Int32Array.from(SCRIPTS.flatMap(([name, low, high]) => [SCRIPT_NAMES.indexOf(name), low, high]))
const LATIN_SCRIPT = SCRIPT_NAMES.indexOf("latin")
const KANA = SCRIPT_NAMES.indexOf("kana")

/**
 * Letters per script, and the order each script was first seen in (the first wins a tie). Arrays
 * reused from call to call: every review is counted, and a map and a sort each showed.
 */
const scriptCount = SCRIPT_NAMES.map(() => 0)
const scriptSeen = SCRIPT_NAMES.map(() => -1)

/** The script with most letters in the sample (first seen on a tie), or -1 for none. */
function countScripts(sample: string): number {
  scriptCount.fill(0)
  scriptSeen.fill(-1)
  let seen = 0
  let ascii = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code < 0x41) continue
    // Most review text is ASCII: its letters are counted without walking the range table.
    if (code < 0x80) {
      if (code <= 0x5a || (code >= 0x61 && code <= 0x7a)) {
        // Claim latin's place in the order now: the first script seen wins a tie.
        if (ascii++ === 0 && scriptSeen[LATIN_SCRIPT] === -1) scriptSeen[LATIN_SCRIPT] = seen++
      }
      continue
    }
    // Indexes rather than destructured entries: this runs for every letter outside ASCII.
    for (let r = 0; r < SCRIPT_RANGES.length; r += 3) {
      if (code >= (SCRIPT_RANGES[r + 1] ?? 0) && code <= (SCRIPT_RANGES[r + 2] ?? 0)) {
        const script = SCRIPT_RANGES[r] ?? 0
        if (scriptSeen[script] === -1) scriptSeen[script] = seen++
        scriptCount[script] = (scriptCount[script] ?? 0) + 1
        break
      }
    }
  }
  scriptCount[LATIN_SCRIPT] = (scriptCount[LATIN_SCRIPT] ?? 0) + ascii
  let top = -1
  for (let script = 0; script < SCRIPT_NAMES.length; script++) {
    if ((scriptSeen[script] ?? -1) === -1) continue
    const count = scriptCount[script] ?? 0
    const best = top === -1 ? -1 : (scriptCount[top] ?? 0)
    if (count > best || (count === best && (scriptSeen[script] ?? 0) < (scriptSeen[top] ?? 0))) top = script
  }
  return top
}

/** Words of a text read for function words; the first 150 say as much as the whole review. */
const WORDS_READ = 150

/** A text's word ids and the vocabulary they come from. */
export interface WordIds {
  ids: ArrayLike<number>
  vocabulary: Vocabulary
}

const scores = LATIN.map(() => 0)
const hintHits = LETTER_HINTS.map(() => 0)

/** One point per word to each language whose profile lists it (`languages`: per id, a bit each). */
function scoreWords(ids: ArrayLike<number>, count: number, languages: Uint16Array): void {
  scores.fill(0)
  for (let i = 0; i < count; i++) {
    const mask = languages[ids[i] ?? 0] ?? 0
    if (mask === 0) continue
    for (let language = 0; language < LATIN.length; language++) {
      if (mask & (1 << language)) scores[language] = (scores[language] ?? 0) + 1
    }
  }
}

/** `words`: the sample's word ids and what they mean, when the caller has them; else read here. */
function latinLanguage(sample: string, words?: WordIds): string | null {
  let count: number
  if (words) {
    count = Math.min(words.ids.length, WORDS_READ)
    scoreWords(words.ids, count, words.vocabulary.languages)
  } else {
    const ids = (sample.toLowerCase().match(/[\p{L}']+/gu) ?? []).map((token) => KNOWN_WORDS.find(token))
    count = ids.length
    scoreWords(ids, count, KNOWN_WORDS.languages)
  }
  const ij = letterHints(sample, hintHits)
  hintHits.forEach((hits, group) => {
    for (const language of HINT_LANGUAGES[group] ?? []) {
      if (hits && language !== -1) scores[language] = (scores[language] ?? 0) + Math.min(2, hits)
    }
  })
  if (ij && DUTCH !== -1) scores[DUTCH] = (scores[DUTCH] ?? 0) + Math.min(2, ij)
  // The best score (the first language in LATIN on a tie) and the best of the rest.
  let best = -1
  let bestScore = 0
  let secondScore = 0
  scores.forEach((score, language) => {
    if (score > bestScore) {
      secondScore = bestScore
      best = language
      bestScore = score
    } else if (score > secondScore) secondScore = score
  })
  if (best === -1) return null
  // A long text must show at least two clues; the winner must clearly beat the runner-up.
  const needed = count >= 6 ? 2 : 1
  if (bestScore < needed || bestScore < secondScore * 1.5) return null
  return LATIN[best] ?? null
}

/** BCP 47 primary language ("en", "zh", "de"…) or null when the text does not say. */
/** `words`: the text's words when the caller already has them (saves a second tokenisation). */
export function detectLanguage(text: string, words?: WordIds): string | null {
  const sample = text.slice(0, SAMPLE)
  const top = countScripts(sample)
  if (top === -1 || (scriptCount[top] ?? 0) < 2) return null
  const script = SCRIPT_NAMES[top] ?? ""
  const kana = scriptCount[KANA] ?? 0
  if (script === "han" || script === "kana") return kana >= 2 ? "ja" : "zh"
  if (script === "cyrillic") return /[іїєґ]/iu.test(sample) ? "uk" : "ru"
  if (script === "arabic") return /[پچژگ]/u.test(sample) ? "fa" : "ar"
  if (script === "latin") return latinLanguage(sample, words)
  return SCRIPT_LANGUAGE[script] ?? null
}
