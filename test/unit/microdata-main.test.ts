// A microdata product marked itemprop="mainEntityOfPage" is the page's own product among related
// product cards when the page has no h1 to tell (Argos); a listing's card marked so by mistake is not.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

describe("microdata: the item that says it is the page's subject", () => {
  it("reads the product marked mainEntityOfPage that holds the related products' cards, with no h1", () => {
    const card = (name: string) => `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${name}</span></div>`
    const html = `<!doctype html><html><head><title>Buy Tikkers Watch Set | Kids watches | Argos</title></head><body>
      <div itemprop="mainEntityOfPage" itemscope itemtype="https://schema.org/Product">
        <h2><span itemprop="name">Tikkers Girls' Pink Butterfly Watch Set</span></h2>
        <ul itemprop="offers" itemscope itemtype="https://schema.org/Offer"><li itemprop="price" content="9.99">£9.99</li><meta itemprop="priceCurrency" content="GBP"></ul>
        ${card("Casio Watch")}${card("Sekonda Watch")}${card("Lorus Watch")}
      </div></body></html>`
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
    // Without an h1, a featured card marked so sits beside the listing's other cards.
    const noH1 = `<!doctype html><html><body><div class="page-title">Watches</div>${card("Featured Watch", 'itemprop="mainEntityOfPage"')}${card("A")}${card("B")}${card("C")}</body></html>`
    expect(extractProduct(documentFrom(noH1, url), url).kind).toBe("not-product")
  })
})
