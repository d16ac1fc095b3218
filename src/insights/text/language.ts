// Which language a review is written in, from its own text: the script first, then function-word
// profiles for Latin-script languages. Returns null rather than a guess when the text is too short.

import { LANGUAGE_PROFILES } from "./stopwords"

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

// Letters that only some Latin languages use, worth one function word each (at most two per
// group: a long German review should not win on umlauts alone).
const LETTER_HINTS: [string, string][] = [
  ["ß", "de"],
  ["äöü", "de"],
  ["ñ¿¡", "es"],
  ["ãõ", "pt"],
  ["œèêëçàâîûù", "fr"],
  ["ìò", "it"]
]
/** Letter → its group in LETTER_HINTS, so one pass over the sample counts every group. */
const HINT_GROUP = new Map(LETTER_HINTS.flatMap(([letters], group) => [...letters].map((letter) => [letter, group] as const)))
/** Dutch "ij" is two letters, counted apart. */
const DUTCH_IJ = "ij"

function letterHints(lower: string): number[] {
  const hits = LETTER_HINTS.map(() => 0)
  for (let i = 0; i < lower.length; i++) {
    // Every hint letter is above U+00A0; plain ASCII letters skip the lookup.
    if (lower.charCodeAt(i) < 0xa1) continue
    const group = HINT_GROUP.get(lower[i] ?? "")
    if (group !== undefined) hits[group] = (hits[group] ?? 0) + 1
  }
  return hits
}

function countOf(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++
  return count
}

function countScripts(sample: string): Map<string, number> {
  const counts = new Map<string, number>()
  let ascii = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code < 0x41) continue
    // Most review text is ASCII: its letters are counted without walking the range table.
    if (code < 0x80) {
      if (code <= 0x5a || (code >= 0x61 && code <= 0x7a)) {
        // Claim latin's place in the map order now: the first script seen wins a tie.
        if (ascii++ === 0 && !counts.has("latin")) counts.set("latin", 0)
      }
      continue
    }
    for (const [name, low, high] of SCRIPTS) {
      if (code >= low && code <= high) {
        counts.set(name, (counts.get(name) ?? 0) + 1)
        break
      }
    }
  }
  if (ascii > 0) counts.set("latin", (counts.get("latin") ?? 0) + ascii)
  return counts
}

const LANGUAGES_OF = new Map<string, string[]>()
for (const [language, words] of LANGUAGE_PROFILES) {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language])
}

function latinLanguage(sample: string, words?: readonly string[]): string | null {
  const lower = sample.toLowerCase()
  const tokens = words ?? lower.match(/[\p{L}']+/gu) ?? []
  const scores = new Map<string, number>()
  for (const token of tokens) {
    const languages = LANGUAGES_OF.get(token)
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1)
  }
  const hints: [number, string][] = letterHints(lower).map((hits, group) => [hits, LETTER_HINTS[group]?.[1] ?? ""])
  hints.push([countOf(lower, DUTCH_IJ), "nl"])
  for (const [hits, language] of hints) {
    if (hits) scores.set(language, (scores.get(language) ?? 0) + Math.min(2, hits))
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const [best, second] = ranked
  if (!best) return null
  // A long text must show at least two clues; the winner must clearly beat the runner-up.
  const needed = tokens.length >= 6 ? 2 : 1
  if (best[1] < needed || (second && best[1] < second[1] * 1.5)) return null
  return best[0]
}

/** BCP 47 primary language ("en", "zh", "de"…) or null when the text does not say. */
/** `words`: the text's tokens when the caller already has them (saves a second tokenisation). */
export function detectLanguage(text: string, words?: readonly string[]): string | null {
  const sample = text.slice(0, SAMPLE)
  const counts = countScripts(sample)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const top = ranked[0]
  if (!top || top[1] < 2) return null
  const [script] = top
  const kana = counts.get("kana") ?? 0
  if (script === "han" || script === "kana") return kana >= 2 ? "ja" : "zh"
  if (script === "cyrillic") return /[іїєґ]/iu.test(sample) ? "uk" : "ru"
  if (script === "arabic") return /[پچژگ]/u.test(sample) ? "fa" : "ar"
  if (script === "latin") return latinLanguage(sample, words?.slice(0, 150))
  return SCRIPT_LANGUAGE[script] ?? null
}
