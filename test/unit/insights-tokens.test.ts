import { describe, expect, it } from "vitest"

import { prepareReviews } from "~src/insights/prepare"
import { BREAK, tokenize } from "~src/insights/text/tokens"

import { review } from "../helpers/reviews"

// The tokeniser walks char codes; this is the regular-expression definition it replaced, kept
// here so any difference between the two shows up as a failing case.
const PIECE = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*|[,;:()[\]—–"“”]/gu
const HAN = /\p{Script=Han}/u
const ELISION = /^((?:qu|[ldjmnstc])')(\p{L}.*)$/u

function reference(text: string): string[] {
  const out: string[] = []
  for (const piece of text.toLowerCase().match(PIECE) ?? []) {
    if (piece.length === 1 && !/[\p{L}\p{N}]/u.test(piece)) {
      if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK)
      continue
    }
    if ((piece.charCodeAt(0) >= 0x2e80 || piece.charCodeAt(piece.length - 1) >= 0x2e80) && HAN.test(piece)) {
      for (const part of piece.split(/(\p{Script=Han})/u)) if (part) out.push(part)
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

const PARTS = [
  ..."abclmnqstuAÉQL' ,;:()[]—–\"“”.!?0159éçñß",
  "好", "评", "𠀀", "𝐀", "\u0301", "\uFE0F", "\uD800", "\uDC00", "İ", "Σ", "Ⅻ", "½", "٣", "ा", "カ", "한", "\n", "😀", "qu'", "l'", "c'", "''"
]

/** Seeded strings of tricky parts: marks, surrogates, apostrophes, Han, elisions, punctuation. */
function trickyTexts(count: number): string[] {
  let state = 7
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 4294967296
  }
  return Array.from({ length: count }, () => {
    let text = ""
    for (let n = 1 + Math.floor(next() * 12); n > 0; n--) text += PARTS[Math.floor(next() * PARTS.length)]
    return text
  })
}

describe("tokenize", () => {
  it("splits like the regular-expression definition, on ordinary and tricky text", () => {
    const texts = [
      "Très bien, l'odeur n'est pas forte. Qu'il est beau ! J'ai adoré aujourd'hui.",
      "这个充电器很好用，质量不错！电池也耐用。abc中def 中abc",
      "It's 2.5 hours (not bad) — really; the lid's \"fine\".",
      ...trickyTexts(5000)
    ]
    // One comparison of all: an expect per text took longer than the tokenising.
    expect(texts.map((text) => [text, ...tokenize(text)])).toEqual(texts.map((text) => [text, ...reference(text)]))
  })

  it("gives the same word the same id across the reviews of a set", () => {
    const [a, b] = prepareReviews([review({ body: "The lid broke." }), review({ body: "Lid, lid and LID." })])
    const words = (ids: Int32Array | undefined) => Array.from(ids ?? [], (id) => a?.vocabulary.word(id))
    expect(words(a?.words)).toEqual(["the", "lid", "broke"])
    expect(words(b?.words)).toEqual(["lid", "lid", "and", "lid"])
    expect(b?.words[0]).toBe(a?.words[1])
  })
})
