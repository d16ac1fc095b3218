// Finds currency texts in a string without one giant regular expression. A 200-alternative,
// case-insensitive Unicode regex with lookarounds costs V8 about half a second to compile on its
// first use — on every page the content script runs in. This scanner does the same matching
// (same alternatives, same order, same word edges) with map look-ups.

import { CURRENCY_TEXTS } from "./currency"

export interface Span {
  text: string
  index: number
  end: number
}

const IS_LETTER = /^[\p{L}\p{M}]$/u
const IS_LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u
const IS_CURRENCY_SIGN = /^\p{Sc}$/u
const ASCII_LETTER = /^[a-z]$/i

interface Entry {
  text: string
  lower: string
  leftEdge: boolean
  rightEdge: boolean
}

// Candidates by their first character, lower-cased, in CURRENCY_TEXTS order (longest first).
const BY_FIRST = new Map<string, Entry[]>()
for (const text of CURRENCY_TEXTS) {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0)
  const last = String.fromCodePoint(text.codePointAt(text.length - 1) ?? 0)
  const entry: Entry = {
    text,
    lower: text.toLowerCase(),
    leftEdge: IS_LETTER.test(first),
    rightEdge: IS_LETTER.test(last) || /^[\p{L}.]+$/u.test(text)
  }
  const key = first.toLowerCase()
  const list = BY_FIRST.get(key) ?? []
  list.push(entry)
  BY_FIRST.set(key, list)
}

function charBefore(text: string, i: number): string {
  if (i <= 0) return ""
  const code = text.charCodeAt(i - 1)
  return code >= 0xdc00 && code <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i)
}

function charAt(text: string, i: number): string {
  const code = text.codePointAt(i)
  return code === undefined ? "" : String.fromCodePoint(code)
}

/** The match the alternatives would give at `i`, or null: known texts, then a three-letter code, then R + digit, then any currency sign. */
function matchAt(text: string, lower: string, i: number): string | null {
  const before = charBefore(text, i)
  const letterBefore = before !== "" && IS_LETTER.test(before)
  for (const entry of BY_FIRST.get(charAt(lower, i)) ?? []) {
    if (entry.leftEdge && letterBefore) continue
    if (!lower.startsWith(entry.lower, i)) continue
    const end = i + entry.lower.length
    if (entry.rightEdge && IS_LETTER.test(charAt(text, end))) continue
    return text.slice(i, end)
  }
  if (!letterBefore && [0, 1, 2].every((k) => ASCII_LETTER.test(text[i + k] ?? "")) && !IS_LETTER.test(charAt(text, i + 3))) {
    return text.slice(i, i + 3)
  }
  if ((text[i] === "R" || text[i] === "r") && !(before !== "" && IS_LETTER_OR_DIGIT.test(before)) && /\d/.test(text[i + 1] ?? "")) {
    return text.slice(i, i + 1)
  }
  const ch = charAt(text, i)
  return IS_CURRENCY_SIGN.test(ch) ? ch : null
}

/**
 * Every match, left to right. `keep` decides whether a match counts; one that does not is retried
 * one character later (so "USDX" can still yield a sign inside it), one that does is skipped whole.
 */
export function scanCurrencies(text: string, keep: (match: string) => boolean, limit = 20): Span[] {
  const found: Span[] = []
  const lower = text.toLowerCase()
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
