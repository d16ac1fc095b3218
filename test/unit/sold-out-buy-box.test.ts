import { describe, expect, it } from "vitest"

import { availabilityFromText } from "~src/extract/availability-text"
import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

// Shops whose JSON-LD template always says InStock while the buy box says the product cannot be
// bought, modelled on nay.sk: a disabled "Do košíka" button and a stock line in the same box.
function product(body: string, url = "https://shop.example/garni-570") {
  const result = extractProduct(documentFrom(`<html><body>${body}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Garni 570 Easy II","sku":"GARNI 570","offers":{"@type":"Offer","price":54.5,"priceCurrency":"EUR","availability":"http://schema.org/InStock"}}</script>`

const page = (stockLine: string, button: string) => `${jsonLd}
  <div id="compare258685" class="product-top"><h1>Garni 570 Easy II</h1>
    <div class="product-top__info">
      <ul class="product-top__availability-box"><li>${stockLine}</li></ul>
      <form class="buy-form"><div class="product-cta"><p>${button}</p></div></form>
    </div>
  </div>
  <section class="related-products"><div class="availability">Vypredané</div><button disabled>Do košíka</button></section>`

describe("a buy box that says sold out over structured data that says in stock", () => {
  it("reports out of stock when the buy button is disabled and its stock line says it cannot be bought", () => {
    const p = product(page("Momentálne nie je možné produkt kúpiť, ale je možné ho rezervovať", `<button type="submit" disabled>Do košíka</button>`))
    expect(p.availability).toBe("OutOfStock")
    expect(p.sources.availability?.source).toBe("heuristic")
  })

  it("finds the stock line by a stock word in its id as well as its class", () => {
    const body = `${jsonLd}<h1>Garni 570 Easy II</h1><div class="buy"><p id="lagerstatus">Ausverkauft</p>
      <form><button type="submit" disabled>In den Warenkorb</button></form></div>`
    expect(product(body).availability).toBe("OutOfStock")
  })

  it("keeps the structured InStock when only the button is disabled (shops disable it until a size is chosen)", () => {
    const p = product(page("Vyberte veľkosť", `<button type="submit" disabled>Do košíka</button>`))
    expect(p.availability).toBe("InStock")
    expect(p.sources.availability?.source).toBe("json-ld")
  })

  it("keeps the structured InStock when the stock line says sold out but the button can still be pressed", () => {
    expect(product(page("Vypredané", `<button type="submit">Do košíka</button>`)).availability).toBe("InStock")
  })

  it("ignores a disabled button and sold-out words in related products", () => {
    expect(product(page("Doprava zdarma", `<button type="submit">Do košíka</button>`)).availability).toBe("InStock")
  })

  it("keeps the structured InStock when the disabled button's stock line says in stock", () => {
    expect(product(page("Skladom > 5 ks", `<button type="submit" disabled>Do košíka</button>`)).availability).toBe("InStock")
  })

  it("reads the buy box's stock line after hundreds of stock notices elsewhere on the page", () => {
    // A store-finder menu printing each store's stock comes first; the bounded read of stock
    // lines must still reach the buy box's own.
    const stores = Array.from({ length: 250 }, (_, i) => `<li class="store-stock">Store ${i}: available</li>`).join("")
    const buyBox = page("Momentálne nie je možné produkt kúpiť", `<button type="submit" disabled>Do košíka</button>`)
    const p = product(`<div class="stores"><ul>${stores}</ul></div><div class="page"><div class="main"><div class="col">${buyBox}</div></div></div>`)
    expect(p.availability).toBe("OutOfStock")
  })

  it("is not fooled by sold-out items of a strip below the main buy box", () => {
    const strip = `<div class="complete-the-look"><div class="card"><span class="stock">Sold out</span><button disabled>Add to cart</button></div></div>`
    const p = product(`${jsonLd}<h1>Garni 570 Easy II</h1><div class="buy"><span class="price">€54.50</span><button>Add to cart</button></div>${strip}`)
    expect(p.availability).toBe("InStock")
  })

  it.each([
    [`<label class="swatch">S <span class="visually-hidden label-unavailable">Sold out</span><input type="radio" name="size"></label>`],
    [`<div class="size-stock"><select name="size"><option>S - Out of stock</option><option>M</option></select></div>`]
  ])("keeps the structured InStock while a size is still to choose: %s", (picker) => {
    const form = `<form class="product-form">${picker}<button type="submit" disabled>Add to cart</button></form>`
    const p = product(`${jsonLd}<h1>Garni 570 Easy II</h1><div class="buy"><span class="price">€54.50</span>${form}</div>`)
    expect(p.availability).toBe("InStock")
  })

  it("works with aria-disabled links and English words too", () => {
    const p = product(page("Sold out online", `<a role="button" aria-disabled="true" class="add-to-cart">Add to cart</a>`))
    expect(p.availability).toBe("OutOfStock")
  })
})

describe("Slovak and Czech stock words", () => {
  it.each([
    ["Momentálne nedostupné", "OutOfStock"],
    ["Vypredané", "OutOfStock"],
    ["Vyprodáno", "OutOfStock"],
    ["Není skladem", "OutOfStock"],
    ["Produkt nie je na sklade", "OutOfStock"],
    ["Není na skladě", "OutOfStock"],
    ["Tovar nie je skladom", "OutOfStock"],
    ["Momentálne nie je možné produkt kúpiť", "OutOfStock"],
    ["Skladom > 5 ks", "InStock"],
    ["Skladem 3 ks", "InStock"],
    ["Na sklade", "InStock"],
    ["Na skladě", "InStock"],
    ["Nema na skladištu", null]
  ])("%s → %s", (text, expected) => {
    expect(availabilityFromText(text)).toBe(expected)
  })
})
