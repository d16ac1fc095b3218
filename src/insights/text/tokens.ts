// Word tokens for every signal in insights: one pass of normalisation, so lexicons, shingles and
// language profiles all see the same words.

import { classOf, HAN, LETTER, MARK, NUMBER } from "./char-class"

/** Stands for a clause break (comma, semicolon, bracket, dash) inside a sentence. */
export const BREAK = ","

/**
 * Longest text read per review. A 50,000-character "review" is either pasted junk or a listing
 * scraped by mistake; reading more of it changes no count, only the time taken.
 */
export const MAX_TEXT = 8_000

/** NFKC folds full-width letters and punctuation (，！？) to their ASCII forms; quotes become '. */
export function normalise(text: string): string {
  return text.normalize("NFKC").replace(/[’‘`´]/g, "'")
}

/** Below U+2E80 no script is written without spaces; a cheap test before the Han split. */
export const WIDE = 0x2e80

const APOSTROPHE = 0x27
const LMN = LETTER | MARK | NUMBER
const LM = LETTER | MARK
/** Letters that elide before an apostrophe in French and Italian (l'odeur, n'est, c'est). */
const ELIDING = "ldjmnstc"

/** Clause punctuation , ; : ( ) [ ] — – " “ ”, each standing for a break. */
function isClausePunctuation(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d
  )
}

/** The code point at `at` (a surrogate pair read whole). */
function codePointAt(text: string, at: number): number {
  return text.codePointAt(at) ?? 0
}

/** Where each token of a text starts and ends; a start of -1 is a BREAK. Reused between calls. */
export class TokenSpans {
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  count = 0

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2)
      const ends = new Int32Array(this.count * 2)
      starts.set(this.starts)
      ends.set(this.ends)
      this.starts = starts
      this.ends = ends
    }
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.count++
  }

  pushBreak(): void {
    if (this.count > 0 && this.starts[this.count - 1] !== -1) this.push(-1, -1)
  }
}

/** Han characters one token each, the text between them one token per run. */
function splitHan(lower: string, start: number, end: number, out: TokenSpans): void {
  let run = start
  for (let at = start; at < end; ) {
    const codePoint = codePointAt(lower, at)
    const width = codePoint > 0xffff ? 2 : 1
    if (classOf(codePoint) & HAN) {
      if (run < at) out.push(run, at)
      out.push(at, at + width)
      run = at + width
    }
    at += width
  }
  if (run < end) out.push(run, end)
}

function hasHan(lower: string, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const codePoint = codePointAt(lower, at)
    if (classOf(codePoint) & HAN) return true
    at += codePoint > 0xffff ? 2 : 1
  }
  return false
}

/** One piece (letters and digits, with apostrophe parts) as its tokens. */
function addPiece(lower: string, start: number, end: number, out: TokenSpans): void {
  const first = lower.charCodeAt(start)
  // A lone mark is punctuation to the rules, as a lone comma is.
  if (end - start === 1 && !(classOf(first) & (LETTER | NUMBER))) return out.pushBreak()
  if ((first >= WIDE || lower.charCodeAt(end - 1) >= WIDE) && hasHan(lower, start, end)) return splitHan(lower, start, end, out)
  // French and Italian elisions (l'odeur, n'est, qu'il): the article or negation is a word of its own.
  let cut = -1
  if (lower.charCodeAt(start + 1) === APOSTROPHE) {
    if (ELIDING.includes(lower.charAt(start))) cut = start + 2
  } else if (lower.charCodeAt(start + 2) === APOSTROPHE && lower.startsWith("qu", start)) cut = start + 3
  if (cut !== -1 && cut < end && classOf(codePointAt(lower, cut)) & LETTER) {
    out.push(start, cut)
    out.push(cut, end)
  } else out.push(start, end)
}

/**
 * Token spans of a lower-cased text: runs of letters, marks and digits, each with any apostrophe
 * parts ("it's", "aujourd'hui"); clause punctuation as one BREAK between words. One walk over the
 * char codes, the same tokens as /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*|[,;:()[\]—–"“”]/gu did,
 * without a string per token: most words are looked up by their span (see vocabulary.ts).
 */
export function tokenSpans(lower: string, out: TokenSpans): void {
  out.count = 0
  const length = lower.length
  for (let at = 0; at < length; ) {
    const code = lower.charCodeAt(at)
    let codePoint = code >= 0xd800 && code <= 0xdbff ? codePointAt(lower, at) : code
    if (!(classOf(codePoint) & LMN)) {
      if (isClausePunctuation(code)) out.pushBreak()
      at += codePoint > 0xffff ? 2 : 1
      continue
    }
    const start = at
    do {
      at += codePoint > 0xffff ? 2 : 1
      codePoint = codePointAt(lower, at)
    } while (at < length && classOf(codePoint) & LMN)
    // Apostrophe parts: each needs a letter or mark right after the apostrophe.
    while (at < length && lower.charCodeAt(at) === APOSTROPHE && at + 1 < length && classOf(codePointAt(lower, at + 1)) & LM) {
      at++
      do {
        at += codePointAt(lower, at) > 0xffff ? 2 : 1
      } while (at < length && classOf(codePointAt(lower, at)) & LM)
    }
    addPiece(lower, start, at, out)
  }
  if (out.count > 0 && out.starts[out.count - 1] === -1) out.count--
}

const spans = new TokenSpans()

/**
 * Lower-cased words in order, with clause punctuation as BREAK. Han characters are one token each:
 * Chinese has no spaces, and lexicon entries such as 质量 are matched as character sequences.
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase()
  tokenSpans(lower, spans)
  const out: string[] = []
  for (let i = 0; i < spans.count; i++) {
    const start = spans.starts[i] ?? -1
    out.push(start === -1 ? BREAK : lower.slice(start, spans.ends[i]))
  }
  return out
}

/** Words only (no breaks): what shingles, n-grams and language profiles count. */
export function words(tokens: readonly string[]): string[] {
  return tokens.filter((token) => token !== BREAK)
}

/** What \s matches in a JavaScript regular expression, by char code. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const NEWLINE = 0x0a
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Where a sentence break that starts at `at` ends, or -1: spaces after . ! ? …, nothing after
 * ! ? 。 … (Chinese puts no space after them), or a run of newlines.
 */
function breakAt(text: string, at: number): number {
  const before = text.charCodeAt(at - 1)
  const code = text.charCodeAt(at)
  const exclaims = before === 0x21 || before === 0x3f || before === 0x2026 // ! ? …
  if ((exclaims || before === 0x2e) && isSpace(code)) {
    let end = at + 1
    while (end < text.length && isSpace(text.charCodeAt(end))) end++
    return end
  }
  if (exclaims || before === 0x3002) return at // 。
  if (code === NEWLINE) {
    let end = at + 1
    while (text.charCodeAt(end) === NEWLINE) end++
    return end
  }
  return -1
}

/**
 * Sentences of a normalised text; a decimal point ("2.5 hours") does not end one. Splits where
 * `text.split(/(?<=[.!?…])\s+|(?<=[!?。…])|\n+/u)` would, in one pass without lookbehind, which
 * was a tenth of the time spent preparing reviews.
 */
/** A sentence worth keeping has a letter or digit. */
function keep(sentences: string[], sentence: string): void {
  const trimmed = sentence.trim()
  if (LETTER_OR_DIGIT.test(trimmed)) sentences.push(trimmed)
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (let at = 0; at < text.length; at++) {
    const end = breakAt(text, at)
    // An empty break right where the last one ended is no break (as in String.split).
    if (end === -1 || end === start) continue
    keep(sentences, text.slice(start, at))
    start = end
    at = end - 1
  }
  keep(sentences, text.slice(start))
  return sentences
}

export function isHan(token: string): boolean {
  const code = token.charCodeAt(0)
  return token.length === 1 && code >= WIDE && (classOf(code) & HAN) !== 0
}
