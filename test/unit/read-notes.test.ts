import { readFileSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { validatePageResult } from "~src/messages/validate"
import { readNotes } from "~src/ui/read-notes"

import { productMessage } from "../helpers/messages"

describe("why a page was read only in part, as the popup says it", () => {
  it("words each kind of reason the extraction gives for a shopper", () => {
    expect(
      readNotes([
        "JSON-LD block 2 skipped: not valid JSON",
        "JSON-LD block 3 skipped: too large (2100000 characters)",
        "layout could not be read: Cannot read properties of null (reading 'closest')",
        "adapter ebay could not be read: x is not a function"
      ]).notes
    ).toEqual([
      "Skipped a block of product data that is broken (not valid JSON).",
      "Skipped a block of product data too large to read safely.",
      "Could not read the page's layout (title, price and buy box); used the rest.",
      "Could not read the page's shop-specific layout; used the rest."
    ])
    expect(readNotes(["products could not be read: x", "lists could not be read: y"]).notes).toEqual([
      "Could not read the page's structured product data; used the rest.",
      "Could not read the page's images, specifications and variants; used the rest."
    ])
    expect(readNotes(["Something new could not be read: boom", "?"]).notes).toEqual([
      "Could not read the page's markup; used the rest.",
      "Part of the page could not be read."
    ])
  })

  it("words every step the extraction names in its warnings, none as mere 'markup'", () => {
    const source = readFileSync("src/extract/index.ts", "utf8")
    const labels = [...source.matchAll(/guarded\(\s*["`]([^"`$]+)/g)].map((m) => m[1]!.trim())
    expect(labels.length).toBeGreaterThan(10)
    for (const label of labels) expect(readNotes([`${label} could not be read: boom`]).notes[0], label).not.toMatch(/markup/)
  })

  it("says which value the background left out, from the validator's own reasons", () => {
    // A price past the contract's 15 digits, as a page could send it before the content script's
    // own bound: the validator keeps the product and leaves the price out.
    const message = productMessage({
      price: "1".repeat(40),
      images: ["https://shop.example/a.jpg", "javascript:alert(1)"],
      variants: [{ name: "Blue", sku: "B-1", price: "49", availability: "Maybe" as never, url: null }]
    })
    const checked = validatePageResult(message)
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("expected a product")
    expect(checked.value.result.product.price).toBeNull()
    expect(readNotes(checked.value.result.warnings).notes).toEqual([
      "Left out a price that cannot be right (too long or malformed).",
      "Left out an image that cannot be right (too long or malformed).",
      "Left out a variant that cannot be right (too long or malformed)."
    ])
  })

  it("says a long list was kept in part, not that its items were wrong", () => {
    const variants = Array.from({ length: 120 }, (_, i) => ({ name: `Size ${i}`, sku: `S-${i}`, price: "9.99", availability: "InStock" as const, url: null }))
    const checked = validatePageResult(productMessage({ variants }))
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("expected a product")
    expect(readNotes(checked.value.result.warnings).notes).toEqual(["Kept the first 100 options of a longer list."])
  })

  it("says each reason once, lists four and counts the rest, and says nothing when all was read", () => {
    const same = ["JSON-LD block 1 skipped: not valid JSON", "JSON-LD block 4 skipped: not valid JSON"]
    expect(readNotes(same)).toEqual({ notes: ["Skipped a block of product data that is broken (not valid JSON)."], more: 0 })
    const many = ["image", "breadcrumbs", "reader", "canonical", "checks", "specs"].map(
      (step) => `${step} could not be read: boom`
    )
    const { notes, more } = readNotes(many)
    expect(notes).toEqual([
      "Could not read the page's main image; used the rest.",
      "Could not read the page's category path; used the rest.",
      "Could not read the page's reviews; used the rest.",
      "Could not read the page's canonical address; used the rest."
    ])
    expect(more).toBe(2)
    expect(readNotes([])).toEqual({ notes: [], more: 0 })
  })
})
