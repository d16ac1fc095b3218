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
    // The struck price is shown as "was".
    expect(p.listPrice).toBe("219.99")
    expect(p.sources.listPrice?.source).toBe("heuristic")
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

  // Modelled on bookshops that mark up the regular price in a hidden, text-less offer (with the
  // page's own URL, so it reads as the selected one) and print the online price in a second offer,
  // the regular price struck in a "full-price" box beside a discount.
  const twoOffers = (related = "") => `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">La storia perduta</h1>
    <div itemprop="offers" itemscope itemtype="http://schema.org/Offer" class="price" style="diplay: none;">
      <meta itemprop="price" content="18.00"><meta itemprop="pricecurrency" content="EUR">
      <meta itemprop="url" content="https://shop.example/lv/dress-175004.html"></div>
    <span>Prezzo solo online:</span>
    <div itemprop="offers" itemscope itemtype="http://schema.org/Offer" class="price clearfix"><div class="left">
      <meta itemprop="pricecurrency" content="EUR"><meta itemprop="price" content="17.10">
      <h3><strong> € <span class="gtmActualPrice">17,10</span></strong></h3>
      <div class="full-price"><span class="barred"> € 18,00 </span> <span class="sconto">-5%</span></div>
    </div></div>
    <button>Aggiungi al carrello</button></div>${related}`

  it("reads the sale price from a second offer of the product when the first is the hidden regular price", () => {
    // The shop writes "pricecurrency" in lower case, which names no schema.org property: the
    // currency is the one the price box prints.
    expect(product(twoOffers())).toMatchObject({ price: "17.1", currency: "EUR", currencyText: "€" })
  })

  it("keeps the regular price when the struck and sale prices are a related product's offer", () => {
    const related = `<div itemscope itemtype="http://schema.org/Product"><a itemprop="name" href="/libri/2">Un anno al villaggio</a>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="17.10">
      <span class="old-price">€ 18,00</span> <span class="price">€ 17,10</span></div></div>`
    const html = twoOffers().replace(/<div class="full-price">.*?<\/div>/s, "").replace("17,10", "18,00").replace('content="17.10"', 'content="18.00"')
    expect(product(`${html}${related}`).price).toBe("18")
  })

  const item = (offers: string, nested = "") => `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Kettle 1.7 l</h1>
    ${offers}${nested}<button>Add to basket</button></div>`
  const offerOf = (price: string, inside: string, currency = '<meta itemprop="priceCurrency" content="EUR">') =>
    `<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${price}">${currency}${inside}</div>`

  it("keeps the price when a colour nested in the product strikes it beside its own sale price", () => {
    const nested = `<div itemprop="isSimilarTo" itemscope itemtype="http://schema.org/Product"><span itemprop="name">Kettle, red</span>
      ${offerOf("19.99", '<span class="old-price">29,99 €</span><span class="price">19,99 €</span>')}</div>`
    expect(product(item(offerOf("29.99", ""), nested)).price).toBe("29.99")
  })

  it("keeps the new price when a used offer strikes it beside its own", () => {
    const html = item(offerOf("100.00", '<span class="price">100,00 €</span>') + offerOf("85.00", '<span class="list-price">100,00 €</span> <span class="price">85,00 €</span>'))
    expect(product(html).price).toBe("100")
  })

  it("takes the sale price from the offer that strikes the markup's price, not another size's", () => {
    const html = item(offerOf("50.00", '<s class="price">50,00 €</s> <span class="price">40,00 €</span>') + offerOf("60.00", '<s class="price">60,00 €</s> <span class="price">45,00 €</span>'))
    expect(product(html).price).toBe("40")
  })

  it("reads a printed currency sign the way the shop's country does", () => {
    const url = "https://kettles.example.com.au/p/kettle-17"
    const html = item(offerOf("219.99", '<span class="old-price">$219.99</span> <span class="price">$110.00</span>', ""))
    const result = extractProduct(documentFrom(`<html><body>${html}</body></html>`, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "110", currency: "AUD" })
  })

  it("keeps the price when its box prints it first and strikes an older one after it", () => {
    // "20,00 € <del>30,00 €</del>": the box shows 20 unstruck; the unit price is no sale price.
    const html = item(offerOf("20.00", '<div class="product-price">20,00 € <del>30,00 €</del></div><span class="unit-price">9,99 € / kg</span>'))
    expect(product(html).price).toBe("20")
  })

  it("reads the offers an AggregateOffer holds as the product's own", () => {
    const html = item(`<div itemprop="offers" itemscope itemtype="http://schema.org/AggregateOffer"><meta itemprop="lowPrice" content="219.99">
      ${offerOf("219.99", '<del><span class="price">219,99 €</span></del> <span class="price">179,99 €</span>')}</div>`)
    expect(product(html).price).toBe("179.99")
  })

  it("does not take a 'sidebarRed' container for a struck price", () => {
    const html = item(offerOf("219.99", '<div id="sidebarRed"><div><span class="price">219,99 €</span></div></div><span class="price">179,99 €</span>'))
    expect(product(html).price).toBe("219.99")
  })
})
