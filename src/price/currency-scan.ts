// Finds currency texts in a string without one giant regular expression. A 200-alternative,
// case-insensitive Unicode regex with lookarounds costs V8 about half a second to compile on its
// first use — on every page the content script runs in. This scanner does the same matching
// (same alternatives, same order, same word edges) with map look-ups, and builds nothing at
// start-up, not even the map (see letters.ts for why that matters).

import { currencyTables } from "./currency"
import { charAt, charBefore, CURRENCY_SIGN, isLetter, toLower } from "./letters"

export interface Span {
  text: string
  index: number
  end: number
}

const LETTERS_AND_DOTS = /^[\p{L}.]+$/u

// Every currency text, lower-cased, by its first character; longest first, so "us$" beats "$". A
// single Latin letter ("R" for the rand) is left to matchAt, which takes it only glued to a number.
// Built when a price is first read (see currency.ts).
let byFirst: Map<string, string[]> | undefined
function startingWith(first: string): string[] {
  if (!byFirst) {
    byFirst = new Map()
    for (const table of currencyTables()) {
      for (const text in table) {
        if (/^[a-z]$/i.test(text)) continue
        const lower = toLower(text)
        const texts = byFirst.get(charAt(lower, 0))
        if (texts) texts.push(lower)
        else byFirst.set(charAt(lower, 0), [lower])
      }
    }
    for (const texts of byFirst.values()) texts.sort((a, b) => b.length - a.length)
  }
  return byFirst.get(first) ?? []
}

/** The match the alternatives would give at `i`, or null: known texts, then a three-letter code, then R + digit, then any currency sign. */
function matchAt(text: string, lower: string, i: number): string | null {
  const before = charBefore(text, i)
  const letterBefore = isLetter(before)
  const first = charAt(lower, i)
  // A text that starts with a letter must not follow one; one that ends in a letter, or is
  // letters and dots ("rs."), must not be followed by one ("kr" in "krone").
  for (const known of letterBefore && isLetter(first) ? [] : startingWith(first)) {
    if (!lower.startsWith(known, i)) continue
    const end = i + known.length
    const last = charBefore(known, known.length)
    if ((isLetter(last) || (last === "." && LETTERS_AND_DOTS.test(known))) && isLetter(charAt(text, end))) continue
    return text.slice(i, end)
  }
  if (!letterBefore && /^[a-z]{3}/i.test(text.slice(i, i + 3)) && !isLetter(charAt(text, i + 3))) {
    return text.slice(i, i + 3)
  }
  if ((text[i] === "R" || text[i] === "r") && !isLetter(before, true) && /\d/.test(text[i + 1] ?? "")) {
    return text.slice(i, i + 1)
  }
  const ch = charAt(text, i)
  return CURRENCY_SIGN.test(ch) ? ch : null
}

/**
 * Every match, left to right. `keep` decides whether a match counts; one that does not is retried
 * one character later (so "USDX" can still yield a sign inside it), one that does is skipped whole.
 */
export function scanCurrencies(text: string, keep: (match: string) => boolean, limit = 20): Span[] {
  const found: Span[] = []
  const lower = toLower(text)
  // toLowerCase can change lengths (rare letters); fall back to comparing the text itself then.
  const folded = lower.length === text.length ? lower : text
  for (let i = 0; i < text.length && found.length < limit; ) {
    const match = matchAt(text, folded, i)
    if (match === null) {
      i += charAt(text, i).length || 1
    } else if (keep(match)) {
      found.push({ text: match, index: i, end: i + match.length })
      i += match.length
    } else {
      i += 1
    }
  }
  return found
}

/** The text with every currency-like match removed (what `text.replace(currencyRegex, "")` did). */
export function withoutCurrencies(text: string): string {
  let out = ""
  let at = 0
  for (const span of scanCurrencies(text, () => true, Infinity)) {
    out += text.slice(at, span.index)
    at = span.end
  }
  return out + text.slice(at)
}
