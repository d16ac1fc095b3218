import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { availabilityLabel } from "~src/ui/format"

import { documentFrom } from "../helpers/dom"

// Pages modelled on shops that print a price and nothing about stock: classifieds, ticket sellers,
// book shops with a microdata offer and no availability.
function product(html: string, url = "https://shop.example/p/lamp-1") {
  const result = extractProduct(documentFrom(`<html><body>${html}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const jsonLd = (offer: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Metal garage 4x5","offers":{"@type":"Offer",${offer}}}</script><h1>Metal garage 4x5</h1>`

describe("stock inferred from a shown price and no sold-out notice", () => {
  it("says in stock, with its own source and a low confidence, when the shop's data has a price and the page no stock words", () => {
    const p = product(`${jsonLd(`"price":"1899","priceCurrency":"USD"`)}<p class="lead">Pick up in Birmingham.</p><a href="/reply">reply</a>`)
    expect(p.availability).toBe("InStock")
    expect(p.sources.availability).toEqual({ source: "inferred", confidence: 0.3 })
  })

  it("also from a microdata offer without availability", () => {
    const p = product(`<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Fairy Oak</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="18.00"><meta itemprop="priceCurrency" content="EUR"></div></div>`)
    expect(p.availability).toBe("InStock")
    expect(p.sources.availability?.source).toBe("inferred")
  })

  it("also from the price the shop's own analytics event names", () => {
    const p = product(`<h1>Kühlschrank RC 310</h1><div class="aa_buy">Купить</div>
      <script>dataLayer.push({'ecommerce': {'detail': {'products': [{'name': 'Kühlschrank RC 310', 'price': '131990'}]}}});</script>`)
    expect(p.price).toBe("131990")
    expect(p.sources.availability?.source).toBe("inferred")
  })

  it("infers nothing when a stock line or a button of the page says sold out", () => {
    expect(product(`${jsonLd(`"price":"1899"`)}<div class="stock-info">Sold out</div>`).availability).toBeNull()
    expect(product(`${jsonLd(`"price":"1899"`)}<button disabled>Ausverkauft</button>`).availability).toBeNull()
  })

  it("infers nothing where Magento's or WooCommerce's stock line says sold out by its class, in words it does not know", () => {
    // Magento 2's Luma theme in Turkish and Norwegian; WooCommerce's stock paragraph in Greek.
    expect(product(`${jsonLd(`"price":"3299"`)}<div class="stock unavailable" title="Availability"><span>Stokta yok</span></div>`).availability).toBeNull()
    expect(product(`${jsonLd(`"price":"3299"`)}<div class="stock unavailable"><span>Utsolgt</span></div>`).availability).toBeNull()
    expect(product(`${jsonLd(`"price":"3299"`)}<p class="stock out-of-stock">Εξαντλημένο</p>`).availability).toBeNull()
    // A sold-out size's swatch or a delivery option says nothing of the product (found by review).
    expect(product(`${jsonLd(`"price":"3299"`)}<span class="swatch-option unavailable">L</span>`).availability).toBe("InStock")
    expect(product(`${jsonLd(`"price":"3299"`)}<div class="express-delivery unavailable">Express</div>`).availability).toBe("InStock")
    // The same lines when the product can be bought.
    expect(product(`${jsonLd(`"price":"3299"`)}<div class="stock available"><span>Stokta var</span></div>`).availability).toBe("InStock")
    expect(product(`${jsonLd(`"price":"3299"`)}<p class="stock in-stock">Σε απόθεμα</p>`).availability).toBe("InStock")
  })

  it("does not let a sold-out notice in related products or the menu stop it", () => {
    const p = product(`${jsonLd(`"price":"1899"`)}<section class="related-products"><div class="stock">Out of stock</div></section>`)
    expect(p.availability).toBe("InStock")
  })

  it("infers nothing when the markup states an availability it cannot read", () => {
    const p = product(`<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Casio FX-991</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="15"></div>
      <span itemprop="availability">NOT SOLD</span></div>`)
    expect(p.availability).toBeNull()
  })

  it("infers nothing from a price the layout guessed, nor from a price of 0, which is never reported", () => {
    expect(product(`<h1>Lamb tray</h1><span class="price">NT$29</span><meta property="og:type" content="product"><meta property="og:title" content="Lamb tray">`).availability).toBeNull()
    const free = product(jsonLd(`"price":"0","priceCurrency":"ILS"`))
    expect(free.price).toBeNull()
    expect(free.availability).toBeNull()
  })

  it("keeps what the shop says over the inference", () => {
    expect(product(jsonLd(`"price":"1899","availability":"https://schema.org/OutOfStock"`)).sources.availability?.source).toBe("json-ld")
  })

  it("reads to the shopper as a conclusion, with the reason", () => {
    expect(availabilityLabel("InStock", true)).toMatchObject({ label: "Probably in stock", tone: "good" })
    expect(availabilityLabel("InStock", true).why).toMatch(/no sold-out notice/)
    expect(availabilityLabel("InStock")).toEqual({ label: "In stock", tone: "good" })
  })
})

describe("stock inferred on a classified ad whose action is contacting the seller", () => {
  const ad = (action: string, extra = "") => `<div class="box detail"><h1>Lattenrost Calypso 140 cm</h1>
    <div class="price has-type"><strong>€ <span>206,-</span></strong><div class="type">Festpreis</div></div>${extra}</div>
    <div class="box contact"><ul class="contacts"><li><a class="display-phone-number">TELEFONNUMMER ANZEIGEN</a></li></ul>${action}</div>`
  const url = "https://kleinanzeigen.example/boote/c5780a200532255/lattenrost.html"
  const og = `<meta property="og:type" content="product"><meta property="og:title" content="Lattenrost Calypso 140 cm">`

  it("says probably in stock when the seller is contacted by a button beside a price", () => {
    const p = product(`${og}${ad(`<button class="f-button contact-button"><strong>Kontaktieren</strong></button>`)}`, url)
    expect(p.price).toBe("206")
    expect(p.availability).toBe("InStock")
    expect(p.sources.availability?.source).toBe("inferred")
  })

  it("infers nothing from a layout price with no contact button, or when the ad says it is sold out", () => {
    expect(product(`${og}${ad(`<a href="/help">Hilfe</a>`)}`, url).availability).toBeNull()
    const sold = product(`${og}${ad(`<button>Contact seller</button>`, `<div class="availability">Sold out</div>`)}`, url)
    expect(sold.availability).toBeNull()
  })

  it("does not take a header's contact button for the seller's", () => {
    const p = product(`${og}<header class="site-header"><button>Contact seller</button></header>${ad("")}`, url)
    expect(p.availability).toBeNull()
  })
})
