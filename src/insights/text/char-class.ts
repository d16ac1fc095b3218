// What the tokeniser needs to know about a character: letter, mark, number (the Unicode classes
// \p{L}, \p{M}, \p{N}) and whether it is Han. Asked once per distinct character and remembered,
// so the tokeniser walks char codes instead of running a Unicode regular expression per review.

export const LETTER = 1
export const MARK = 2
export const NUMBER = 4
export const HAN = 8
const KNOWN = 0x80

const IS_LETTER = /\p{L}/u
const IS_MARK = /\p{M}/u
const IS_NUMBER = /\p{N}/u
const IS_HAN = /\p{Script=Han}/u

function classify(char: string): number {
  return (
    (IS_LETTER.test(char) ? LETTER : 0) |
    (IS_MARK.test(char) ? MARK : 0) |
    (IS_NUMBER.test(char) ? NUMBER : 0) |
    (IS_HAN.test(char) ? HAN : 0)
  )
}

/** Per UTF-16 unit outside the surrogates: its class bits | KNOWN once asked. */
const bmp = new Uint8Array(0x10000)
const astral = new Map<number, number>()

/** The class bits of a code point (not of half a surrogate pair: pass the whole code point). */
export function classOf(codePoint: number): number {
  if (codePoint < 0x80) {
    // ASCII: letters and digits only; no regular expression needed.
    if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a)) return LETTER
    return codePoint >= 0x30 && codePoint <= 0x39 ? NUMBER : 0
  }
  if (codePoint < 0x10000) {
    const known = bmp[codePoint] ?? 0
    if (known !== 0) return known & ~KNOWN
    // A lone surrogate is no letter, as in a `u` regular expression.
    const bits = codePoint >= 0xd800 && codePoint <= 0xdfff ? 0 : classify(String.fromCharCode(codePoint))
    bmp[codePoint] = bits | KNOWN
    return bits
  }
  let bits = astral.get(codePoint)
  if (bits === undefined) {
    bits = classify(String.fromCodePoint(codePoint))
    astral.set(codePoint, bits)
  }
  return bits
}
