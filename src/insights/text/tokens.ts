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
/** Below U+2E80 no script is written without spaces; a cheap test before the Han split. */
const WIDE = 0x2e80

/**
 * Lower-cased words in order, with clause punctuation as BREAK. Han characters are one token each:
 * Chinese has no spaces, and lexicon entries such as 质量 are matched as character sequences.
 */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const match of text.toLowerCase().matchAll(PIECE)) {
    const piece = match[0]
    if (piece.length === 1 && !WORDLIKE.test(piece)) {
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

const SENTENCE_END = /(?<=[.!?…])\s+|(?<=[!?。…])|\n+/u

/** Sentences of a normalised text; a decimal point ("2.5 hours") does not end one. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
}

export function isHan(token: string): boolean {
  return token.length === 1 && HAN.test(token)
}
