// Character tests for the price parser. A Unicode property class such as [\p{L}\p{M}] costs V8
// a fraction of a millisecond to compile and again to tier up, and several times that inside a
// case-insensitive pattern (it folds the case of every letter), on the first use in every page the
// content script runs in. Here each class is compiled once, outside any case-insensitive pattern,
// and the letter classes only when a character outside ASCII needs them: shops' prices are mostly
// ASCII around the digits.

const LETTER = /^[\p{L}\p{M}]$/u
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u
/** Exactly one Unicode currency sign ("$", "€", "₹"). */
export const CURRENCY_SIGN = /^\p{Sc}$/u

// Whether a UTF-16 code (NaN past the end of a string) is an ASCII letter.
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a

// Each takes one character, or "" (whose code is NaN, and which no pattern matches).

/** Whether `ch` is a letter or a combining mark, or with `orDigit` also a digit, of any script. */
export function isLetter(ch: string, orDigit = false): boolean {
  const code = ch.charCodeAt(0)
  return code < 0x80 ? isAsciiLetter(code) || (orDigit && code >= 0x30 && code <= 0x39) : (orDigit ? LETTER_OR_DIGIT : LETTER).test(ch)
}

/** The character (code point) of `text` ending at `i`, or "". */
export function charBefore(text: string, i: number): string {
  const code = text.charCodeAt(i - 1)
  // At 0 the slice is empty.
  return text.slice(code >= 0xdc00 && code <= 0xdfff && i >= 2 ? i - 2 : i - 1, i)
}

/** The character (code point) of `text` starting at `i`, or "". */
export function charAt(text: string, i: number): string {
  const code = text.codePointAt(i)
  return code === undefined ? "" : String.fromCodePoint(code)
}

/**
 * `text.toLowerCase()`, spelled once: at the twenty call sites in the content scripts (capped at
 * 60 KB, issue #3) a call of this is about ten bytes shorter each.
 */
export const toLower = (text: string): string => text.toLowerCase()

/** `typeof value === "string"`, spelled once for the content scripts' eleven tests (≈13 bytes each). */
export const isString = (value: unknown): value is string => typeof value === "string"

/** `Array.isArray`, spelled once for the content scripts' six tests (≈11 bytes each). */
export const isArray = Array.isArray

/** `text.trim()`, spelled once (about four bytes shorter at each of the content scripts' calls). */
export const trim = (text: string): string => text.trim()

/** Runs of white space as one space, and none at the ends, spelled once (bytes in the content scripts). */
export const squish = (text: string): string => trim(text.replace(/\s+/g, " "))
