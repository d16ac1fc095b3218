import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { readSpecs } from "~src/extract/specs"

import { documentFrom } from "../helpers/dom"

// readSpecs finds list rows through their spec/attribute boxes, not with `[class*=spec] li`:
// the rows must still come once each, in page order, whatever the nesting.
const PAGE = `<!doctype html><html><body>
  <div class="specs"><ul><li>Brand: Acme</li><li>Model number: X-1</li></ul><div class="Spec-sheet"><ul><li>nested</li></ul></div></div>
  <table><tr><th>EAN</th><td>4006381333931</td></tr></table>
  <ul class="product-attributes"><li><b>Colour</b> Red</li></ul>
  <ul class="Specs"><li>Weight: 2 kg</li></ul>
  <div id="detailBullets_feature_div"><ul><li>Item model number : KX-9</li></ul></div>
  <div class="spec-list"><ul class="attribute-list"><li>Size: M</li></ul></div>
</body></html>`

describe("specification rows", () => {
  it("reads rows inside spec boxes once each, in page order, with the table rows", () => {
    const doc = documentFrom(PAGE, "https://shop.example/p/1")
    expect(readSpecs([doc]).map((s) => s.name)).toEqual(["Brand", "Model number", "EAN", "Colour", "Item model number", "Size"])
  })

  it("takes no page for a spec box because its html or body element's class says so", () => {
    // Zara's <html class="… specialShipping-ss18">, a shop's <body class="special-offers">.
    const ld = JSON.stringify({ "@type": "Product", name: "Walnut Desk Organiser", offers: { price: "39.90", priceCurrency: "EUR" } })
    const page = `<!doctype html><html class="SPECIAL_SHIPPING_MSG specialShipping-ss18"><body class="special-offers">
      <script type="application/ld+json">${ld}</script><nav><ul><li>Women: new in</li><li>Men: sale</li></ul></nav>
      <h1>Walnut Desk Organiser</h1><table><tr><th>Brand</th><td>Holzwerk</td></tr></table></body></html>`
    const result = extractProduct(documentFrom(page, "https://shop.example/p/2"), "https://shop.example/p/2")
    expect(result.kind === "product" && result.product.specs.map((s) => s.name)).toEqual(["Brand"])
  })
})
