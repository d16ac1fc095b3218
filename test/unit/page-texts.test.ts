import { describe, expect, it } from "vitest"

import { pageTexts } from "~src/extract/page-texts"
import { textPrefix } from "~src/extract/text"

import { documentFrom } from "../helpers/dom"

describe("the body's text nodes, walked once", () => {
  it("gives them in document order, the same on a second pass, and null past the end", () => {
    const doc = documentFrom("<head><title>T</title></head><body><p>one <b>two</b></p><!-- c --><div>three</div></body>", "https://x.example/")
    const texts = pageTexts(doc)
    const first = [0, 1, 2, 3].map((i) => texts.at(i)?.data ?? null)
    expect(first).toEqual(["one ", "two", "three", null])
    expect(texts.at(1)?.data).toBe("two")
  })

  it("is empty without a body", () => {
    const doc = documentFrom("<p>x</p>", "https://x.example/")
    doc.documentElement.removeChild(doc.body)
    expect(pageTexts(doc).at(0)).toBeNull()
  })
})

describe("textPrefix on an element with one text node", () => {
  const doc = documentFrom("<span id=a>€ 12,99</span><span id=e></span><span id=c><!-- x --></span>", "https://x.example/")
  it("reads as textContent would", () => {
    expect(textPrefix(doc.getElementById("a"), 100)).toBe("€ 12,99")
    expect(textPrefix(doc.getElementById("a"), 3)).toBe("€ 1")
    expect(textPrefix(doc.getElementById("a"), 0)).toBe("")
    expect(textPrefix(doc.getElementById("e"), 10)).toBe("")
    expect(textPrefix(doc.getElementById("c"), 10)).toBe("")
  })
})
