// Every site adapter proves its selectors on the fixture pages it names (house rule: evidence
// with every selector). A row in the registry without evidence, or a fixture that no longer
// gives what a shopper sees, fails here.
import { existsSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { ADAPTERS, adapterFor } from "~src/sites/registry"

import { documentFrom, fixtureHtml } from "../helpers/dom"

const siteFixture = (name: string) => fixtureHtml(`../sites/${name}`)

describe.each(ADAPTERS.map((a) => [a.id, a] as const))("site adapter %s", (_id, adapter) => {
  it("names at least one fixture as evidence, and each exists", () => {
    expect(adapter.evidence.length).toBeGreaterThan(0)
    for (const e of adapter.evidence) expect(existsSync(new URL(`../fixtures/sites/${e.fixture}`, import.meta.url)), e.fixture).toBe(true)
  })

  it.each(adapter.evidence.map((e) => [e.fixture, e] as const))("reads %s as a shopper sees it", (_f, evidence) => {
    const doc = documentFrom(siteFixture(evidence.fixture), evidence.url)
    expect(adapterFor(new URL(evidence.url).hostname, doc)?.id).toBe(adapter.id)
    const result = extractProduct(doc, evidence.url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject(evidence.expect)
    if (evidence.reviews) {
      expect(result.product.reviews).toHaveLength(evidence.reviews.count)
      expect(result.product.reviews[0]).toMatchObject(evidence.reviews.first)
    }
  })
})

describe("adapter choice", () => {
  it("matches shop hosts in every locale and nothing else", () => {
    const doc = documentFrom("<html></html>", "https://example.com/")
    expect(adapterFor("www.amazon.co.jp", doc)?.id).toBe("amazon")
    expect(adapterFor("smile.amazon.de", doc)?.id).toBe("amazon")
    expect(adapterFor("www.ebay.com.au", doc)?.id).toBe("ebay")
    expect(adapterFor("notamazon.com", doc)).toBeNull()
    expect(adapterFor("amazon.com.evil.example", doc)).toBeNull()
  })
})
