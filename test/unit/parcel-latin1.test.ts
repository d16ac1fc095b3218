import { createRequire } from "node:module"

import { describe, expect, it } from "vitest"

// The build step that writes SWC's \xNN escapes of Latin-1 letters as the letters themselves.
const { unescapeLatin1 } = createRequire(import.meta.url)("../../scripts/parcel/optimizer-latin1.cjs") as {
  unescapeLatin1: (code: string) => string
}

describe("Latin-1 escapes in the minified bundles", () => {
  it("writes the letters themselves, with the same meaning in strings and regular expressions", () => {
    const code = String.raw`const a="caf\xe9 \xa3",b=/r\xe9duction|m\xe1s/i;`
    const out = unescapeLatin1(code)
    expect(out).toBe('const a="café £",b=/réduction|más/i;')
    const run = (source: string) => (0, eval)(`(()=>{${source}return[a,b.test("RÉDUCTION")]})()`)
    expect(run(out)).toEqual(run(code))
  })

  it("leaves an escaped backslash before x, ASCII and C1 escapes, and \\u escapes as they are", () => {
    const code = String.raw`"\\xe9","\\\xe9","\x41","\x85","\u00e9"`
    expect(unescapeLatin1(code)).toBe(String.raw`"\\xe9","\\é","\x41","\x85","\u00e9"`)
  })
})
