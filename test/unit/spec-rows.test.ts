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

  it("takes no rows from cookie notices, comparison widgets or menus: those are not this product's specs", () => {
    // As real pages have them: Cookiebot's table of cookies (laendleanzeiger.at, k-rauta.ee), a
    // "compare with similar items" table of other products (1k.by), a mega-menu of category lists.
    const page = `<!doctype html><html><body>
      <nav class="mega-menu"><div class="menu-column"><dl><dt>Brands</dt><dd>Samsung</dd></dl></div></nav>
      <div class="category-menu"><dl><dt>Kitchen</dt><dd>All kettles</dd></dl></div>
      <h1>Eglo Fueva-C remote</h1>
      <table class="product-attributes"><tr><th>Brand</th><td>Eglo</td></tr><tr><th>Length</th><td>140 mm</td></tr></table>
      <section class="similar-products"><table><tr><th>Price</th><td>from 352,00</td></tr><tr><th>Weight</th><td>12 kg</td></tr></table></section>
      <div id="CybotCookiebotDialog"><div><div><div><table><tr><td>_ga</td><td>Google</td></tr><tr><td>Expiry</td><td>2 years</td></tr></table></div></div></div></div>
    </body></html>`
    const doc = documentFrom(page, "https://shop.example/p/3")
    expect(readSpecs([doc.body])).toEqual([
      { name: "Brand", value: "Eglo" },
      { name: "Length", value: "140 mm" }
    ])
  })

  it("keeps the product's own tables whatever its wrappers are named after", () => {
    // WooCommerce names the product's wrapper after its categories and tags; a shop selling
    // cookie jars, a spec list in the product's header, details in an accordion menu.
    const page = `<!doctype html><html><body>
      <div class="product type-product product_cat-cookies product_tag-gift-bundles product_cat-accessories"><div class="summary"><div><div>
        <table class="woocommerce-product-attributes"><tr><th>Weight</th><td>0.4 kg</td></tr></table></div></div></div></div>
      <section class="product-cookie-jar"><table><tr><th>Capacity</th><td>2 l</td></tr></table></section>
      <div class="product-header"><ul class="specs"><li>Material: Stoneware</li></ul></div>
      <div class="details-accordion-menu"><table><tr><th>Dishwasher safe</th><td>Yes</td></tr></table></div>
    </body></html>`
    const doc = documentFrom(page, "https://shop.example/p/4")
    expect(readSpecs([doc.body]).map((s) => s.name)).toEqual(["Weight", "Capacity", "Material", "Dishwasher safe"])
  })
})

