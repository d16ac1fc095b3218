// A Korean shop's og:title starts with the shop's own tag in brackets, which its <title> leaves
// out: the product's name is without it. A bracket the <title> keeps is part of the name.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { validatePageResult } from "~src/messages/validate"

import { documentFrom } from "../helpers/dom"

const URL_ = "http://www.tmon.example/deal/3454863898"

function nameOf(ogTitle: string, title: string): string | null {
  const head = `<title>${title}</title><meta property="og:type" content="product"><meta property="og:title" content="${ogTitle}"><meta property="og:price" content="2,900원">`
  const result = extractProduct(documentFrom(`<!doctype html><html><head>${head}</head><body></body></html>`, URL_), URL_)
  // As the background keeps it: the content script sends the title beside a bracketed name, and
  // the background settles the name by it (settle-product.ts).
  const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url: URL_, result })
  if (!checked.ok || checked.value.result.kind !== "product") throw new Error("not a product")
  expect(checked.value.result.product.pageTitle).toBeUndefined()
  return checked.value.result.product.name
}

describe("a shop's tag before the name", () => {
  it("is sent with the page's title only for a name that starts with a bracket", () => {
    const read = (ogTitle: string) => {
      const head = `<title>Shop title</title><meta property="og:type" content="product"><meta property="og:title" content="${ogTitle}"><meta property="og:price" content="2,900원">`
      const result = extractProduct(documentFrom(`<!doctype html><html><head>${head}</head><body></body></html>`, URL_), URL_)
      if (result.kind !== "product") throw new Error(result.reason)
      return result.product.pageTitle
    }
    expect(read("[티몬] 브라")).toBe("Shop title")
    expect(read("브라")).toBeUndefined()
  })

  it("leaves out a bracketed tag that the page's title does not carry", () => {
    expect(nameOf("[타임커머스 티몬] 빅사이즈 브라 팬티  75~120까지", "빅사이즈 브라 팬티  75~120까지 - 티몬")).toBe("빅사이즈 브라 팬티 75~120까지")
  })

  it("keeps a bracket the title keeps (often the brand), and a name whose title is another text", () => {
    expect(nameOf("[비비안] 빅사이즈 브라", "[비비안] 빅사이즈 브라 - 티몬")).toBe("[비비안] 빅사이즈 브라")
    expect(nameOf("[Refurbished] Pixel 8", "Google Store")).toBe("[Refurbished] Pixel 8")
  })

  it("keeps a bracket that does not name the shop the title ends with (found by review)", () => {
    // A condition the title moves to the end, a pack size, a title that only starts with the same letters.
    expect(nameOf("[Refurbished] Pixel 8", "Pixel 8 (Refurbished) - Google Store")).toBe("[Refurbished] Pixel 8")
    expect(nameOf("[Pack of 2] Duracell AA", "Duracell AA Batteries | Shop")).toBe("[Pack of 2] Duracell AA")
    expect(nameOf("[Set of 6] Cup", "Cupboard organiser - Shop")).toBe("[Set of 6] Cup")
    expect(nameOf("[Sale] Linen Duvet", "Linen Duvet - Homeware Shop")).toBe("[Sale] Linen Duvet")
  })
})
