import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

// Pages modelled on shops that print the regular price struck through beside today's price.
function product(body: string, offer: Record<string, unknown> = { price: "131990", priceCurrency: "KZT" }, url = "https://www.shop.kz/product/fridge-rc-310/") {
  const ld = JSON.stringify({ "@type": "Product", name: "Холодильник BEKO RC 310", offers: { "@type": "Offer", ...offer } })
  const result = extractProduct(documentFrom(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const BUY_BOX = `<h1>Холодильник BEKO RC 310</h1><div class="price-box"><s class="disc">144 990 тг.</s><br>
  <div class="flex"><span class="current">131 990 тг.</span></div></div><button>Купить</button>`

describe("a struck regular price beside today's price", () => {
  it("is the list price, with where it came from", () => {
    const p = product(BUY_BOX)
    expect(p).toMatchObject({ price: "131990", listPrice: "144990" })
    expect(p.sources.listPrice?.source).toBe("heuristic")
  })

  it("finds today's price in a box indented with long runs of white space", () => {
    const pad = " ".repeat(150)
    const p = product(`<h1>Fridge</h1><div class="w-100">${pad}<p class="old">${pad}<s>144 990 тг.</s>${pad}(-9%)${pad}</p>${pad}<p class="new">${pad}131 990 тг.${pad}</p></div>`)
    expect(p.listPrice).toBe("144990")
  })

  it("reads a name with \"Pro\" or \"per\" in it as a name, not a unit price", () => {
    const box = `<h1>Laptop</h1><div class="deal"><p>MacBook Pro 14, one per customer: <s>€1.999,00</s></p><p>€1.799,00</p></div>`
    expect(product(box, { price: "1799", priceCurrency: "EUR" }, "https://shop.example/p/mbp").listPrice).toBe("1999")
    const unit = `<h1>Tea</h1><div class="deal"><p>Loose tea, <s>€4,99</s> pro 100 g</p><p>€3,99</p></div>`
    expect(product(unit, { price: "3.99", priceCurrency: "EUR" }, "https://shop.example/p/tea").listPrice).toBeNull()
  })

  it("reads a European layout: <del>€ 1.899,00</del> over € 1.599,00", () => {
    const p = product(`<h1>Korg SV-2</h1><div class="offer"><div><del>€ 1.899,00</del></div><div class="discountPrice"><span>€ 1.599,00</span> -15%</div></div>`, { price: "1599.00", priceCurrency: "EUR" }, "https://www.strumenti.example/p/korg-sv-2")
    expect(p.listPrice).toBe("1899")
  })

  it("never takes a related product's struck price, nor one that is not beside this price", () => {
    // Headings without digits, so no number of theirs runs into the price.
    const related = `<h1>Холодильник BEKO</h1><span class="current">131 990 тг.</span><button>Купить</button>
      <div class="other"><a>Холодильник INDESIT</a><div><span>133 990 тг.</span> <s>150 990 тг.</s></div></div>`
    expect(product(related).listPrice).toBeNull()
    // Shallow markup: the climb stops at <body>.
    expect(product(`<h1>Холодильник BEKO</h1><span>131 990 тг.</span><s>150 990 тг.</s>`).listPrice).toBeNull()
  })

  it("never takes a variant's, a shipping fee's or a unit price's struck price", () => {
    const eur = { price: "25", priceCurrency: "EUR" }
    const variants = `<h1>Vase</h1><ul class="sizes"><li>Small <span>€25</span></li><li>Large <s>€50</s> <span>€40</span></li></ul>`
    expect(product(variants, eur).listPrice).toBeNull()
    const usd = { price: "5.99", priceCurrency: "USD" }
    const shipping = `<h1>Cable</h1><div class="buybox"><span class="price">$5.99</span><div class="ship"><span>Shipping: <s>$7.99</s> FREE</span></div></div>`
    expect(product(shipping, usd).listPrice).toBeNull()
    const unit = `<h1>Coffee</h1><div class="price-box"><span class="price">€3,99</span> <span class="unit">(<del>€9,98</del> €7,98/kg)</span></div>`
    expect(product(unit, { price: "3.99", priceCurrency: "EUR" }).listPrice).toBeNull()
  })

  it("never takes another product's card at the same price, nor a related section's", () => {
    const eur = { price: "29.99", priceCurrency: "EUR" }
    const main = `<h1>Polo</h1><div class="product__info"><span class="price-item">€29,99 EUR</span><button>Add to cart</button></div>`
    // Shopify Dawn's featured collection: a linked card title, no "related" class.
    const dawn = `<div class="grid"><div class="card"><h3 class="card__heading"><a href="/products/shirt">Shirt</a></h3>
      <div class="price__sale"><span><s class="price-item">€49,99 EUR</s></span><span class="price-item">€29,99 EUR</span></div></div></div>`
    expect(product(main + dawn, eur, "https://shop.example/products/polo").listPrice).toBeNull()
    // WooCommerce's product loop: the card is one link.
    const woo = `<ul class="products"><li class="product"><a href="/p/y"><h2>Shirt</h2><span class="price"><del>49,99 €</del> <ins>29,99 €</ins></span></a></li></ul>`
    expect(product(main + woo, eur, "https://shop.example/products/polo").listPrice).toBeNull()
    const related = `<section class="related"><div><span>€29,99</span> <s>€49,99</s></div></section>`
    expect(product(main + related, eur, "https://shop.example/products/polo").listPrice).toBeNull()
    // The product's own struck price beside its <h1> still counts.
    const own = `<div class="product"><h1>Polo</h1><h3><a href="/brand/acme">Acme</a></h3><p><s>€49,99 EUR</s> <span>€29,99 EUR</span></p></div>`
    expect(product(own, eur, "https://shop.example/products/polo").listPrice).toBe("49.99")
  })

  it("never takes a struck fee one wrapper deep, nor a free service's", () => {
    const shipping = `<h1>Cable</h1><div class="buybox"><span class="price">$5.99</span><div class="ship"><span class="label">Shipping:</span>
      <span class="value"><s>$7.99</s> FREE</span></div></div>`
    expect(product(shipping, { price: "5.99", priceCurrency: "USD" }, "https://shop.example/p/cable").listPrice).toBeNull()
    const fitting = `<h1>Herd</h1><div class="box"><span>39,00 €</span><p>Montage: <span><s>49,00 €</s> gratis</span></p></div>`
    expect(product(fitting, { price: "39", priceCurrency: "EUR" }, "https://shop.example/p/herd").listPrice).toBeNull()
  })

  it("never takes a struck price in another currency, below the price, or far above it", () => {
    expect(product(BUY_BOX.replace("144 990 тг.", "$ 140 000")).listPrice).toBeNull()
    expect(product(BUY_BOX.replace("144 990 тг.", "121 990 тг.")).listPrice).toBeNull()
    expect(product(BUY_BOX.replace("144 990 тг.", "1 449 900 тг.")).listPrice).toBeNull()
  })

  it("keeps the markup's own list price, and gives an auction's bid none", () => {
    const marked = { price: "131990", priceCurrency: "KZT", priceSpecification: { "@type": "UnitPriceSpecification", priceType: "https://schema.org/ListPrice", price: "139990" } }
    expect(product(BUY_BOX, marked).listPrice).toBe("139990")
    const auction = `<h1>Vintage bag</h1><div class="biddingBox"><span class="price">$400</span> <s>$900</s> <span class="count">5 bids</span></div>`
    const bid = product(auction, { price: "90", priceCurrency: "USD" }, "https://auctions.example/lot/1")
    expect(bid).toMatchObject({ price: "400", listPrice: null })
  })
  it("reads prices struck by a line-through class or Magento's oldPrice, not ones merely named \"old\"", () => {
    const twd = { price: "960", priceCurrency: "TWD" }
    // A Bootstrap/Tailwind utility class strikes the regular price (a Taiwanese deals site on .com:
    // its "$" is read in the offer's currency).
    const utility = `<h1>果陀劇場</h1><div class="priceBox"><div class="price d-flex"><div class="original line-through"> $1200 </div><div class="current"> $960 <span>起</span></div></div></div>`
    expect(product(utility, twd, "https://www.deals.example.com/store/1").listPrice).toBe("1200")
    // Magento 2: the regular price is data-price-type="oldPrice", styled struck by the theme.
    const magento = `<div class="product-info-main"><h1>The One Device</h1><div class="price-box price-final_price" data-product-id="78916">
      <span class="special-price"><span class="price-container"><span data-price-type="finalPrice" class="price-wrapper"><span class="price">10,75 €</span></span></span></span>
      <span class="old-price"><span class="price-container"><span data-price-type="oldPrice" class="price-wrapper"><span class="price">11,95 €</span></span></span></span></div></div>`
    expect(product(magento, { price: "10.75", priceCurrency: "EUR" }, "https://books.example.pt/the-one-device.html").listPrice).toBe("11.95")
    // Yandex Market names its parts for its tests, not with classes (those are hashes). Its
    // discount badge's "41" sits in the price's wrapper, its "−…%" drawn by CSS: "899 ₽41" read
    // as one text is 41 ₽.
    const yandex = `<h1>Смесь Nutrilon 3</h1><div class="b_38dq _withAbsoluteDiscount"><div><div data-auto="old-price"><span class="b_2deo" data-auto="old-price"><span>1 529</span> <span data-auto="currency">₽</span></span></div><div class="b_2r89"><div data-auto="price"><span class="b_1pTV"><span>899</span>&nbsp;<span data-auto="currency">₽</span></span></div><div data-zone-name="discountBadge"><div><div><span>41</span></div></div></div></div></div></div>`
    expect(product(yandex, { price: "899", priceCurrency: "RUB" }, "https://pokupki.market.yandex.ru/product/1747680089").listPrice).toBe("1529")
    // An OpenCart theme prints today's price in "price-old-live"; a class named "old" proves nothing.
    const opencart = `<h1>Maska</h1><ul class="price-list"><li class="price"><span class="price-old-live">120.00€</span></li><li>100.00€</li></ul>`
    expect(product(opencart, { price: "100", priceCurrency: "EUR" }, "https://shop.example.si/maska").listPrice).toBeNull()
  })

  it("reads a struck amount whose currency is printed just beside it", () => {
    const eur = { price: "99.99", priceCurrency: "EUR" }
    expect(product(`<h1>Lamp</h1><div class="prices"><p><s>129,99</s> €</p><p>99,99 €</p></div>`, eur, "https://shop.example.de/lamp").listPrice).toBe("129.99")
    const pln = { price: "99.99", priceCurrency: "PLN" }
    expect(product(`<h1>Lampa</h1><div class="prices"><p><del>129,99</del> zł</p><p>99,99 zł</p></div>`, pln, "https://shop.example.pl/lampa").listPrice).toBe("129.99")
  })

  it("never takes a struck size or variant without a currency, nor a Magento widget's old price", () => {
    const eur = { price: "39.95", priceCurrency: "EUR" }
    // Tailwind shops strike sold-out sizes.
    const sizes = `<h1>Sneaker</h1><form><p>39,95 €</p><fieldset><label class="border line-through opacity-50">42</label><label class="border">43</label></fieldset><button>In winkelwagen</button></form>`
    expect(product(sizes, eur, "https://shop.example.nl/sneaker").listPrice).toBeNull()
    const usd = { price: "40", priceCurrency: "USD" }
    // A struck variant "50" beside the price: no currency of its own or beside it.
    const variants = `<h1>Vase</h1><div class="price"><span>$40.00</span><ul><li><s>Large</s></li><li class="line-through">50</li><li>Small</li></ul></div>`
    expect(product(variants, usd, "https://shop.example.com/vase").listPrice).toBeNull()
    // Magento's "recently viewed" widget: another book at the same price, with its own oldPrice.
    const main = `<div class="product-info-main"><h1>The One Device</h1><div class="price-box"><span data-price-type="finalPrice"><span class="price">10,75 €</span></span></div></div>`
    const widget = `<div class="block widget block-products-list"><ol><li class="product-item"><strong class="product-item-name"><a href="/other.html">Other book</a></strong>
      <div class="price-box"><span class="special-price"><span data-price-type="finalPrice"><span class="price">10,75 €</span></span></span>
      <span class="old-price"><span data-price-type="oldPrice"><span class="price">14,95 €</span></span></span></div></li></ol></div>`
    expect(product(main + widget, { price: "10.75", priceCurrency: "EUR" }, "https://books.example.pt/the-one-device.html").listPrice).toBeNull()
  })
})
