import { createRequire } from "node:module"

import { describe, expect, it } from "vitest"

// The build step that writes escaped letters and spaces in the content scripts as themselves.
const { unescapeLetters } = createRequire(import.meta.url)("../../scripts/parcel/optimizer-unescape.cjs") as {
  unescapeLetters: (code: string) => string
}

describe("escapes in the minified content scripts", () => {
  it("writes the letters themselves, with the same meaning in strings and regular expressions", () => {
    const code = String.raw`const a="caf\xe9 \xa3",b=/r\xe9duction|m\xe1s/i;`
    const out = unescapeLetters(code)
    expect(out).toBe('const a="café £",b=/réduction|más/i;')
    const run = (source: string) => (0, eval)(`(()=>{${source}return[a,b.test("RÉDUCTION")]})()`)
    expect(run(out)).toEqual(run(code))
  })

  it("writes \\u escapes of spaces and letters as themselves, with the same meaning", () => {
    const code = String.raw`const a=/[\d.,'\u0020\u00a0\u202f\u2009]/,b="\u00e9\u4e2d";`
    const out = unescapeLetters(code)
    expect(out).toBe('const a=/[\\d.,\'\\u0020\u00a0\u202f\u2009]/,b="é中";')
    const run = (source: string) => (0, eval)(`(()=>{${source}return[a.source.length>0,a.test("\u202f"),a.test("x"),b]})()`)
    expect(run(out)).toEqual(run(code))
  })

  it("leaves escaped backslashes, ASCII, C1, surrogates, line separators, BOMs and \\X, \\U as they are", () => {
    const code = String.raw`"\\xe9","\\\xe9","\x41","\x85","\u0041","\ud83d\ude00","\u2028","\ufeff","\\u00e9",/\XE9\U00E9/`
    expect(unescapeLetters(code)).toBe(String.raw`"\\xe9","\\é","\x41","\x85","\u0041","\ud83d\ude00","\u2028","\ufeff","\\u00e9",/\XE9\U00E9/`)
  })
})
