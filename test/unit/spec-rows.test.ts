import { describe, expect, it } from "vitest"

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
    expect(readSpecs(doc).map((s) => s.name)).toEqual(["Brand", "Model number", "EAN", "Colour", "Item model number", "Size"])
  })
})
