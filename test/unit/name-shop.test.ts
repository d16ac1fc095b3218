// Shops put their own name, or the ad's price, into the product's title parts: og:title
// "i3Fresh 愛上新鮮 - 西莎小羊肉餐盒", a brand "果陀劇場(台北場) | GOMAJI夠麻吉", a classified ad's
// "$15 · Casio FX-991ES". The shopper sees the product's name and brand without them; any other
// part of a title (a colour, a size, a model) stays.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

interface Page {
  url?: string
  ogTitle: string
  siteName?: string
  brand?: string
  price?: string
  currency?: string
}

function read({ url = "https://shop.example/p/1", ogTitle, siteName, brand, price = "15", currency = "USD" }: Page) {
  const meta = (property: string, content: string | undefined) => (content === undefined ? "" : `<meta property="${property}" content="${content}">`)
  const head = meta("og:type", "product") + meta("og:title", ogTitle) + meta("og:site_name", siteName) + meta("product:brand", brand) + meta("product:price:amount", price) + meta("product:price:currency", currency)
  const result = extractProduct(documentFrom(`<!doctype html><html><head>${head}</head><body></body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

describe("the shop's own name in a product's name or brand", () => {
  it("leaves out the shop named by og:site_name before the name", () => {
    expect(read({ ogTitle: "i3Fresh 愛上新鮮 - 西莎小羊肉餐盒", siteName: "i3Fresh 愛上新鮮" }).name).toBe("西莎小羊肉餐盒")
  })

  it("leaves out a last part that spells the shop's address, from the name and the brand", () => {
    const product = read({ url: "https://www.gomaji.com/store/36064", ogTitle: "最後14堂星期二的課 | GOMAJI夠麻吉", brand: "果陀劇場(台北場) | GOMAJI夠麻吉" })
    expect(product.name).toBe("最後14堂星期二的課")
    expect(product.brand).toBe("果陀劇場(台北場)")
    expect(read({ url: "https://www.nay.sk/p/1", ogTitle: "Garni 570 Easy II čierna - Nay.sk" }).name).toBe("Garni 570 Easy II čierna")
  })

  it("leaves out the product's own price before the name (a classified ad's title)", () => {
    expect(read({ ogTitle: "$15 · Casio FX-991ES PLUS C Scientific Calculator", price: "15" }).name).toBe("Casio FX-991ES PLUS C Scientific Calculator")
  })

  it("keeps every other part: a size, a colour, another price, a shop's name without a separator", () => {
    expect(read({ ogTitle: "Samsung Galaxy S23 - 256GB" }).name).toBe("Samsung Galaxy S23 - 256GB")
    expect(read({ ogTitle: "T-Shirt - Black", siteName: "Shop" }).name).toBe("T-Shirt - Black")
    expect(read({ ogTitle: "$20 · Casio FX-991ES", price: "15" }).name).toBe("$20 · Casio FX-991ES")
    expect(read({ url: "https://www.argos.co.uk/p/1", ogTitle: "Argos Home Table Lamp" }).name).toBe("Argos Home Table Lamp")
    expect(read({ ogTitle: "Nike Air Max 90 - Nike", siteName: "Sneaker Shop" }).name).toBe("Nike Air Max 90 - Nike")
    expect(read({ ogTitle: "Nike Air Max 90", brand: "Nike" }).brand).toBe("Nike")
  })

  it("keeps a price that is part of the name: a gift card's, another currency's, one after the name (found by review)", () => {
    expect(read({ url: "https://www.game.co.uk/p/1", ogTitle: "PlayStation Store £20 Gift Card | GAME", price: "20", currency: "GBP" }).name).toBe("PlayStation Store £20 Gift Card")
    expect(read({ ogTitle: "Xbox Gift Card £15 - Digital Code", price: "15", currency: "GBP" }).name).toBe("Xbox Gift Card £15 - Digital Code")
    expect(read({ url: "https://www.elkjop.no/p/1", ogTitle: "Gavekort 500 kr - Elkjøp", price: "500", currency: "NOK" }).name).toBe("Gavekort 500 kr - Elkjøp")
    expect(read({ ogTitle: "Xbox Gift Card - £15", price: "15", currency: "GBP" }).name).toBe("Xbox Gift Card - £15")
    expect(read({ ogTitle: "$15 · US iTunes Card", price: "15", currency: "EUR" }).name).toBe("$15 · US iTunes Card")
    // Numbers without a currency are counts, years and pack sizes.
    expect(read({ ogTitle: "Eggs - 12", price: "12" }).name).toBe("Eggs - 12")
    expect(read({ ogTitle: "2024 - Wall Calendar", price: "2024" }).name).toBe("2024 - Wall Calendar")
  })

  it("takes the shop's name from the address's own label, not a subdomain, a suffix or an IP address (found by review)", () => {
    expect(read({ url: "http://10.0.0.100/p/1", ogTitle: "Cable Ties - 100" }).name).toBe("Cable Ties - 100")
    expect(read({ url: "https://kids.example.com/p/1", ogTitle: "Trainers - Kids" }).name).toBe("Trainers - Kids")
    expect(read({ url: "https://www.example.pink/p/1", ogTitle: "Summer Dress - Pink" }).name).toBe("Summer Dress - Pink")
    expect(read({ url: "https://www.example.pro/p/1", ogTitle: "Wireless Earbuds | Pro" }).name).toBe("Wireless Earbuds | Pro")
    expect(read({ url: "https://shop.example.co.uk/p/1", ogTitle: "Wireless Earbuds | Example" }).name).toBe("Wireless Earbuds")
    expect(read({ url: "https://www.ikea.com/gb/p/1", ogTitle: "BILLY Bookcase", brand: "IKEA", siteName: "IKEA" }).brand).toBe("IKEA")
  })

  it("keeps a name that is nothing but the shop's parts", () => {
    expect(read({ url: "https://www.argos.co.uk/p/1", ogTitle: "Argos | Argos" }).name).not.toBe("")
  })
})

describe("microdata: the item that says it is the page's subject", () => {
  it("reads the product marked mainEntityOfPage among related product cards, with no h1", () => {
    const card = (name: string) => `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${name}</span></div>`
    const html = `<!doctype html><html><head><title>Buy Tikkers Watch Set | Kids watches | Argos</title></head><body>
      <div itemprop="mainEntityOfPage" itemscope itemtype="https://schema.org/Product">
        <h2><span itemprop="name">Tikkers Girls' Pink Butterfly Watch Set</span></h2>
        <ul itemprop="offers" itemscope itemtype="https://schema.org/Offer"><li itemprop="price" content="9.99">£9.99</li><meta itemprop="priceCurrency" content="GBP"></ul>
        ${card("Casio Watch")}${card("Sekonda Watch")}${card("Lorus Watch")}
      </div>
      ${card("Tikkers Boys' Watch")}${card("Disney Watch")}</body></html>`
    const url = "https://www.argos.co.uk/product/9249556"
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.name).toBe("Tikkers Girls' Pink Butterfly Watch Set")
    expect(result.product.price).toBe("9.99")
    expect(result.product.sources.name?.source).toBe("microdata")
  })

  it("does not take a listing's card marked so by mistake for the page's product (found by review)", () => {
    const card = (name: string, extra = "") =>
      `<div ${extra} itemscope itemtype="https://schema.org/Product"><span itemprop="name">${name}</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="10"><meta itemprop="priceCurrency" content="USD"></div></div>`
    const url = "https://www.example.com/c/watches"
    const html = `<!doctype html><html><head><title>Watches | Example</title></head><body><h1>Watches</h1>${card("Featured Watch", 'itemprop="mainEntityOfPage"')}${card("A")}${card("B")}${card("C")}</body></html>`
    expect(extractProduct(documentFrom(html, url), url).kind).toBe("not-product")
  })
})
