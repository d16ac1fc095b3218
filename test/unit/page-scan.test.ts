import { readdirSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { readBreadcrumbs } from "~src/extract/collections"
import { scanPage } from "~src/extract/page-scan"
import { readSpecs } from "~src/extract/specs"

import { documentFrom, fixtureDocument } from "../helpers/dom"

// The selectors the page scan stands in for: its lists must be exactly what they select.
const SELECTORS = {
  price: "[class*=price i], [id*=price i], [class*=preis i], [class*=prix i], [class*=precio i], [class*=prezzo i], [class*=cena i], [class*=amount i]",
  stock: "[class*=stock i], [id*=stock i], [class*=availab i], [id*=availab i], [class*=lager i], [class*=dispon i], [class*=delivery i]",
  buy: "button, input[type=submit], input[type=button], a[role=button], a[class*=cart i], a[id*=cart i], a[class*=buy i]",
  specBoxes: "#detailBullets_feature_div, [class*='spec'], [class*='attribute']"
}

const TRICKY = `<!doctype html><html><body>
  <nav class="top"><a class="Mini-CART" href="/cart">Cart</a><a id="CartLink">Bag</a><a role="button">Menu</a></nav>
  <div class="PRICE-box"><span id="ourPrice">€ 12,99</span><s class="old-Preis">€ 15</s><span itemprop="price" content="12.99">12,99</span></div>
  <div class="specs"><ul><li>Brand: Acme</li><li>Model number: X-1</li></ul><div class="Spec-sheet"><ul><li>nested</li></ul></div></div>
  <table><tr><th>EAN</th><td>4006381333931</td></tr></table>
  <ul class="product-attributes"><li><b>Colour</b> Red</li></ul>
  <div id="detailBullets_feature_div"><ul><li>Item model number : KX-9</li></ul></div>
  <p class="Stock-Info">In stock</p><p id="availability">Available</p><p class="lieferung delivery-note">Delivery</p>
  <form id="stock-form" class="price-form"><input name="id" value="x"><input name="className"><input type="SUBMIT" value="Add to cart"><input type="Button" value="Buy now"><input type="text"><button>Add</button></form>
  <a class="buy-now">Buy</a><span class="cart">not a link</span>
  <svg><a class="cart"><text class="Price">svg link</text></a></svg>
  <nav aria-label="BreadCrumb"><ol><li>Home</li><li>Lamps</li></ol></nav>
  <ol class="breadcrumb"><li>Other</li></ol>
</body></html>`

const fixtures = readdirSync(new URL("../fixtures/pages", import.meta.url)).filter((f) => f.endsWith(".html"))
const pages: [string, Document][] = [
  ["tricky", documentFrom(TRICKY, "https://shop.example/p/1")],
  ...fixtures.map((f): [string, Document] => [f, fixtureDocument(f, "https://shop.example/p/1")])
]

describe("the page scan", () => {
  it.each(pages)("selects what the selectors select, in document order (%s)", (_name, doc) => {
    const scan = scanPage(doc)
    for (const [list, selector] of Object.entries(SELECTORS)) {
      expect(scan[list as keyof typeof SELECTORS], list).toEqual(Array.from(doc.querySelectorAll(selector)))
    }
    expect(scan.breadcrumb).toBe(doc.querySelector('nav[aria-label*="breadcrumb" i], [class*="breadcrumb" i]'))
  })

  it.each(pages)("finds the breadcrumb box the old selector found (%s)", (_name, doc) => {
    const box = doc.querySelector('nav[aria-label*="breadcrumb" i], [itemtype*="BreadcrumbList"], [class*="breadcrumb" i]')
    const expected = box ? Array.from(box.querySelectorAll("li")).map((li) => li.textContent?.trim()) : []
    expect(readBreadcrumbs([], doc).slice(0, expected.length)).toEqual(expected.slice(0, 12))
  })

  it("finds spec rows inside spec boxes, each once, in page order", () => {
    const doc = pages[0]![1]
    expect(readSpecs(doc).map((s) => s.name)).toEqual(["Brand", "Model number", "EAN", "Colour", "Item model number"])
  })
})
