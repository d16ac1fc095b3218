import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

// Modelled on shops whose microdata offer carries the regular price while the buy box inside that
// offer strikes it through beside the sale price.
function product(html: string, url = "https://shop.example/lv/dress-175004.html") {
  const result = extractProduct(documentFrom(`<html><body>${html}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const offer = (prices: string) => `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Dress Rosso</h1>
  <div class="add-to-cart" itemprop="offers" itemscope itemtype="http://schema.org/Offer">
    <meta itemprop="priceCurrency" content="EUR"><meta itemprop="price" content="219.99">
    <div class="price"><div class="price-block">${prices}</div></div>
    <button class="btn">Pievienot grozam</button>
  </div></div>`

describe("sale price beside the offer's struck price", () => {
  it("gives the unstruck sale price when the offer's price is shown struck through", () => {
    const p = product(
      offer(`<span class="original-price current-price">EUR219.99</span> <span class="discount-label">-50%</span>
        <span class="price-svg current-price">EUR110.00</span>`)
    )
    expect(p.price).toBe("110")
    expect(p.currency).toBe("EUR")
  })

  it("still infers stock from the shop's own offer when the page names none", () => {
    const p = product(offer(`<s class="price">EUR219.99</s> <span class="price">EUR110.00</span>`))
    expect(p.price).toBe("110")
    expect(p.availability).toBe("InStock")
    expect(p.sources.availability?.source).toBe("inferred")
  })

  it("also when the regular price is in a <del>", () => {
    expect(product(offer(`<del><span class="price">219,99 €</span></del> <span class="price">179,99 €</span>`)).price).toBe("179.99")
  })

  it("keeps the offer's price when it is shown unstruck", () => {
    const p = product(offer(`<span class="price">EUR219.99</span> <span class="price-net">EUR181.81 excl. VAT</span>`))
    expect(p.price).toBe("219.99")
  })

  it("keeps the offer's price when two different lower prices stand beside it", () => {
    const p = product(offer(`<s class="price">EUR219.99</s> <span class="price">EUR110.00</span> <span class="price">EUR99.00</span>`))
    expect(p.price).toBe("219.99")
  })

  it("keeps the offer's price when the struck price outside the offer is another product's", () => {
    const p = product(`${offer(`<span class="price">EUR219.99</span>`)}
      <div class="tile"><span class="old-price">EUR219.99</span><span class="price">EUR49.00</span></div>`)
    expect(p.price).toBe("219.99")
  })
})
