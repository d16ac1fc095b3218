// Word tokens for every signal in insights: one pass of normalisation, so lexicons, shingles and
// language profiles all see the same words.

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

const PIECE = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*|[,;:()[\]—–"“”]/gu
const HAN = /\p{Script=Han}/u
const HAN_SPLIT = /(\p{Script=Han})/u
// French and Italian elisions (l'odeur, n'est, qu'il): the article or negation is a word of its own.
const ELISION = /^((?:qu|[ldjmnstc])')(\p{L}.*)$/u
const WORDLIKE = /[\p{L}\p{N}]/u

/** WORDLIKE, with ASCII answered from the char code (most one-letter pieces are "a", "i", ","). */
function wordlike(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code >= 0x80) return WORDLIKE.test(char)
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}
/** Below U+2E80 no script is written without spaces; a cheap test before the Han split. */
export const WIDE = 0x2e80

/**
 * Lower-cased words in order, with clause punctuation as BREAK. Han characters are one token each:
 * Chinese has no spaces, and lexicon entries such as 质量 are matched as character sequences.
 */
export function tokenize(text: string): string[] {
  const out: string[] = []
  // match() hands back plain strings; matchAll() would build a match object per word.
  for (const piece of text.toLowerCase().match(PIECE) ?? []) {
    if (piece.length === 1 && !wordlike(piece)) {
      if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK)
      continue
    }
    if ((piece.charCodeAt(0) >= WIDE || piece.charCodeAt(piece.length - 1) >= WIDE) && HAN.test(piece)) {
      for (const part of piece.split(HAN_SPLIT)) if (part) out.push(part)
      continue
    }
    const apostrophe = piece.indexOf("'")
    const elided = apostrophe === 1 || apostrophe === 2 ? ELISION.exec(piece) : null
    if (elided?.[1] && elided[2]) out.push(elided[1], elided[2])
    else out.push(piece)
  }
  if (out[out.length - 1] === BREAK) out.pop()
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
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  const keep = (sentence: string) => {
    const trimmed = sentence.trim()
    if (LETTER_OR_DIGIT.test(trimmed)) sentences.push(trimmed)
  }
  let start = 0
  for (let at = 0; at < text.length; at++) {
    const end = breakAt(text, at)
    // An empty break right where the last one ended is no break (as in String.split).
    if (end === -1 || end === start) continue
    keep(text.slice(start, at))
    start = end
    at = end - 1
  }
  keep(text.slice(start))
  return sentences
}

export function isHan(token: string): boolean {
  return token.length === 1 && token.charCodeAt(0) >= WIDE && HAN.test(token)
}
