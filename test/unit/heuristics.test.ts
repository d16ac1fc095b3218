import { describe, expect, it } from "vitest"

import { availabilityFromText } from "~src/extract/availability-text"
import { extractProduct } from "~src/extract"

import { documentFrom, fixtureDocument } from "../helpers/dom"

describe("layout heuristics on pages without markup", () => {
  it("reads the buy box: current price, not the struck, instalment, related or footer prices", () => {
    const url = "https://gartenwelt-huber.example.de/gartenschere-profi-200"
    const result = extractProduct(fixtureDocument("no-markup-buybox.html", url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({
      name: "Gartenschere Profi 200",
      price: "24.9",
      currency: "EUR",
      currencyText: "€",
      availability: "InStock",
      sku: "40417-22",
      brand: "Huber Garten",
      gtin: "4006381333931"
    })
    expect(result.product.sources.price).toEqual({ source: "heuristic", confidence: 0.5 })
  })

  it("reads the buy box inside a product wrapper named after its categories (WooCommerce)", () => {
    // "product_cat-cookies", "product_cat-accessories": the shop's category names, not a cookie
    // banner or an accessories carousel.
    const url = "https://biscuit-tins.example/product/shortbread-tin"
    const page = `<!doctype html><html><head><title>Shortbread tin</title></head><body>
      <div id="product-71" class="product type-product product_cat-cookies product_cat-accessories instock">
        <div class="summary entry-summary"><h1 class="product_title">Shortbread tin</h1>
          <p class="price"><span class="amount">£12.50</span></p><p class="stock in-stock">In stock</p>
          <form class="cart"><button type="submit" class="single_add_to_cart_button">Add to basket</button></form></div></div>
      <footer><span class="price">£3.99</span> delivery</footer></body></html>`
    const result = extractProduct(documentFrom(page, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ name: "Shortbread tin", price: "12.5", currency: "GBP", availability: "InStock" })
  })

  it("reads the buy box inside a product wrapper whose brand class holds a word that names other boxes (found by review)", () => {
    // Perfect Brands writes the brand as a class ("pwb-brand-satisfyer"); a seller's satisfaction
    // box is "customer_satisfaction", not any "satisf…".
    const url = "https://toys.example/product/satisfyer-pro-2"
    const page = `<!doctype html><html><head><title>Satisfyer Pro 2</title></head><body>
      <div id="product-71" class="product type-product product_cat-toys pwb-brand-satisfyer instock">
        <div class="summary entry-summary"><h1 class="product_title">Satisfyer Pro 2</h1>
          <p class="price"><span class="amount">£39.50</span></p><p class="stock in-stock">In stock</p>
          <form class="cart"><button type="submit" class="single_add_to_cart_button">Add to basket</button></form></div></div>
      <footer><span class="price">£3.99</span> delivery</footer></body></html>`
    const result = extractProduct(documentFrom(page, url), url)
    expect(result.kind === "product" ? result.product.price : result.reason).toBe("39.5")
    // A brand that is itself such a word: Bayer's Advantage, in a pet shop.
    const advantage = page.replace("pwb-brand-satisfyer", "pwb-brand-advantage pwb-brand-bundle")
    const again = extractProduct(documentFrom(advantage, url), url)
    expect(again.kind === "product" ? again.product.price : again.reason).toBe("39.5")
  })

  it("does not read a price box whose text starts with its struck list price as the price", () => {
    // The box (class "price") holds both prices; only the sticky bar names the current one alone.
    const url = "https://haushalt.example.kz/p/holodilnik-rc-310"
    const html = `<html><body><h1>Холодильник RC 310</h1>
      <div class="sticky-bar"><span class="std_price">131 990 тг.</span></div>
      <div class="buy"><div class="aa_e_price"><s>144 990 тг.</s> <span class="now">131 990 тг.</span></div>
      <button>Купить</button></div></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "131990", currency: "KZT" })
  })

  it.each([
    [`<div class="price">£15.00 <del>£20.00</del></div>`],
    [`<div class="product-price">£15.00 <s class="compare"></s></div>`],
    [`<div class="product__price"><span class="money">£15.00</span><del style="display:none">£20.00</del></div>`]
  ])("still reads a price box that starts with the current price: %s", (box) => {
    const url = "https://teashop.example.co.uk/p/kettle"
    const html = `<html><body><h1>Gooseneck kettle</h1><div class="buy">${box}<button>Add to basket</button></div></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "15", currency: "GBP" })
  })

  it("passes over a list price said in words before its amount, and keeps a box with today's price first", () => {
    const read = (prices: string, url = "https://shop.example.co.uk/kettle-2000") => {
      const page = `<html><body><h1>Kettle 2000</h1>${prices}<button>Add to basket</button></body></html>`
      const result = extractProduct(documentFrom(page, url), url)
      if (result.kind !== "product") throw new Error(result.reason)
      return result.product.price
    }
    expect(read('<span class="price">Was $99.99</span><span class="price">Now $69.99</span>', "https://shop.example/kettle")).toBe("69.99")
    expect(read('<span class="price">RRP £99.99</span><span class="price">£69.99</span>')).toBe("69.99")
    expect(read('<span class="price">UVP 99,99 €</span><span class="price">69,99 €</span>', "https://shop.example.de/kessel")).toBe("69.99")
    // Today's price first, the list price after it in the same box (found by review).
    expect(read('<div class="price">69,99 € <span class="uvp">UVP 99,99 €</span></div>', "https://shop.example.de/kessel")).toBe("69.99")
    expect(read('<p class="price">Now $69.99 <span>was $99.99</span></p>', "https://shop.example/kettle")).toBe("69.99")
    expect(read('<span class="price exclusive-price">£49.99</span>')).toBe("49.99")
    // A monthly price is still passed over as before.
    expect(read('<span class="price">£33.29/month</span><span class="price">£399.00</span>')).toBe("399")
  })

  it("reads a price box after the list price it starts with, struck by tag, class or style", () => {
    const read = (box: string, url = "https://shop.example/p/canvas-tote") => {
      const page = `<html><body><h1>Canvas Tote Bag</h1>${box}<form class="cart"><button type="submit" class="add-to-cart">Add to cart</button></form></body></html>`
      const result = extractProduct(documentFrom(page, url), url)
      if (result.kind !== "product") throw new Error(result.reason)
      return result.product.price
    }
    // Tailwind's utility class, a theme's old/new pair, a compare-at price, a style, a tag.
    expect(read('<div class="product-price"><span class="line-through text-gray-500">$59.99</span> <span class="text-red-600">$39.99</span></div>')).toBe("39.99")
    expect(read('<div class="product-price"><span class="price-old">$59.99</span> <span class="price-new">$39.99</span></div>')).toBe("39.99")
    expect(read('<div class="price"><span class="compare-at">$59.99</span> <span class="sale">$39.99</span></div>')).toBe("39.99")
    expect(read('<div class="price"><span style="text-decoration: line-through">$59.99</span> <span>$39.99</span></div>')).toBe("39.99")
    // A discount badge beside them is no reason to pass over the box.
    expect(read('<div class="product-price"><del>$59.99</del> $39.99 <span class="badge">-33%</span></div>')).toBe("39.99")
    // India's maximum retail price, struck or not, before the selling price.
    expect(read('<div class="product-price"><span class="mrp">MRP <del>₹1,999</del></span> <span>₹1,299</span> <span class="off">35% off</span></div>', "https://shop.example.in/p/kurta")).toBe("1299")
    expect(read('<div class="product-price"><span class="mrp">M.R.P.: ₹1,999</span> <span>₹1,299</span></div>', "https://shop.example.in/p/kurta")).toBe("1299")
    // The current price first: read whole.
    expect(read('<div class="product-price"><span>$39.99</span> <span class="line-through">$59.99</span></div>')).toBe("39.99")
    // Magento 1's price alone in its box, in a "regular-price" wrapper: the price it charges (found by review).
    expect(read('<div class="price-box"><span class="regular-price" id="product-price-410"><span class="price">$75.00</span></span></div>')).toBe("75")
  })

  it.each([
    ["sv", "1 999 kr", "Delbetala från 166 kr/mån", "1999"],
    ["nb", "1 999 kr", "Fra 166,- /mnd", "1999"],
    ["fi", "199,99 €", "alk. 16,67 €/kk", "199.99"],
    ["de", "199,99 €", "Finanzierung ab 16,67 € im Monat", "199.99"],
    ["nl", "€ 199,99", "Betaal in 3 termijnen van € 66,66", "199.99"],
    ["pl", "899 zł", "Rata już od 44,95 zł", "899"],
    ["tr", "4.999 TL", "Aylık 416,58 TL'den başlayan taksitlerle", "4999"],
    ["cs", "4 999 Kč", "Splátky od 417 Kč měsíčně", "4999"]
  ])("passes over an instalment beside the buy button (%s)", (_lang, full, instalment, price) => {
    // The instalment sits closer to the button than the price, in a box named for payment.
    const url = "https://shop.example/p/headphones-pro-x"
    const html = `<html><body><h1>Headphones Pro X</h1><div class="product-price">${full}</div>
      <form class="cart"><div class="payment-price"><span class="monthly">${instalment}</span></div><button type="submit" class="add-to-cart">Buy</button></form></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.price).toBe(price)
  })

  it("reads a pay-in-full price box as the price beside a monthly one", () => {
    // Phone shops call the one-off price "full price"; it is no struck list price.
    const url = "https://telefon.example.de/p/smartphone-x"
    const html = `<html><body><h1>Smartphone X 128 GB</h1><div class="buy"><div class="full-price">999,00 €</div>
      <div class="monthly-price">41,63 € / Monat</div><button>In den Warenkorb</button></div></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "999", currency: "EUR" })
  })

  // The price box is found by a price word in its class or id, in any case ("PreisBox",
  // "Produktpreis"), or by itemprop=price: no other attribute names it on these shops.
  it.each([
    [`<div id="Produktpreis">49,95 €</div>`],
    [`<div class="PreisBox">49,95 €</div>`],
    [`<div class="box"><b itemprop="price">49,95 €</b></div>`]
  ])("reads the buy box's price from %s", (box) => {
    const url = "https://werkzeug.example.de/p/akkuschrauber-18v"
    const html = `<html><body><h1>Akkuschrauber 18 V</h1><div class="buy">${box}<button>In den Warenkorb</button></div>
      <div class="teaser"><span>19,99 €</span></div></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "49.95", currency: "EUR" })
  })

  it.each([
    ["es-MX", "Agregar al carrito", "$1,299.00", "https://tienda.example.mx/p/x", "1299"],
    ["nl", "Toevoegen aan winkelwagen", "€ 89,95", "https://winkel.example.nl/p/x", "89.95"],
    ["nb", "Legg i handlekurv", "1 299 kr", "https://butikk.example.no/p/x", "1299"],
    ["pt-BR", "Comprar", "R$ 499,90", "https://loja.example.com.br/p/x", "499.9"],
    ["ro", "Adaugă în coș", "1.299,99 lei", "https://magazin.example.ro/p/x", "1299.99"],
    ["ro, no diacritics", "Adauga in cos", "1.299,99 lei", "https://magazin.example.ro/p/x", "1299.99"],
    ["el", "Προσθήκη στο καλάθι", "149,90 €", "https://katastima.example.gr/p/x", "149.9"],
    ["he", "הוספה לסל", "₪1,299.90", "https://chanut.example.co.il/p/x", "1299.9"],
    ["ar", "أضف إلى السلة", "1,299 ر.س", "https://matjar.example.sa/p/x", "1299"],
    ["uk", "Купити", "4 299 грн", "https://magazyn.example.ua/p/x", "4299"],
    ["vi", "Thêm vào giỏ hàng", "2.490.000₫", "https://cuahang.example.vn/p/x", "2490000"],
    ["ja", "カートに追加する", "¥29,800", "https://mise.example.jp/p/x", "29800"]
  ])("reads the buy box by its button in %s", (_lang, button, shown, url, price) => {
    // No markup and a button with no telling class: only its words say it buys.
    const html = `<html><body><h1>Product X</h1><div class="product-price">${shown}</div><button type="submit" class="btn">${button}</button></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.price).toBe(price)
  })

  it("does not take an affiliate's button for a buy button, nor a word that only starts like one", () => {
    const url = "https://blog.example.es/mejores-auriculares"
    const page = (button: string) =>
      `<html><body><article><h1>Los mejores auriculares de 2024</h1><p class="price">119,99 €</p><button class="btn">${button}</button></article></body></html>`
    expect(extractProduct(documentFrom(page("Comprar en Amazon"), url), url).kind).toBe("not-product")
    expect(extractProduct(documentFrom(page("Comprar na Amazon"), url), url).kind).toBe("not-product")
    expect(extractProduct(documentFrom(page("Comprar"), url), url).kind).toBe("product")
    // "לסלולר" (for mobile phones) holds the letters of "לסל" (to the basket).
    const he = "https://chanut.example.co.il/p/x"
    const hebrew = (button: string) => `<html><body><h1>כיסוי לטלפון</h1><div class="product-price">₪89.90</div><button class="btn">${button}</button></body></html>`
    expect(extractProduct(documentFrom(hebrew("לכל האביזרים לסלולר"), he), he).kind).toBe("not-product")
    expect(extractProduct(documentFrom(hebrew("הוספה לסל"), he), he).kind).toBe("product")
  })

  it("does not take a grid of products with a buy button each for one product", () => {
    const url = "https://greenhand.example.co.uk/shears"
    expect(extractProduct(fixtureDocument("no-markup-listing.html", url), url).kind).toBe("not-product")
  })

  // A small category or a search with one result: a card or two, each with its buy button, which
  // alone look like a product's buy box. The platform marks the page as a listing.
  const card = (name: string, price: string) =>
    `<li class="product type-product instock"><a href="/product/${name.toLowerCase().replace(/ /g, "-")}/"><h2 class="woocommerce-loop-product__title">${name}</h2>
      <span class="price"><span class="woocommerce-Price-amount amount">$${price}</span></span></a>
      <a href="?add-to-cart=41" class="button add_to_cart_button ajax_add_to_cart">Add to cart</a></li>`
  const listing = (body: string, cards: string) =>
    `<html><head><title>Hoodies Archives - Northwind Apparel</title></head><body ${body}><main><h1 class="page-title">Hoodies</h1><ul class="products">${cards}</ul></main></body></html>`
  const kind = (html: string, url = "https://northwind.example/product-category/hoodies/") => extractProduct(documentFrom(html, url), url)

  it.each([
    ["a WooCommerce category (WordPress's archive class)", 'class="archive tax-product_cat woocommerce"'],
    ["a WordPress search", 'class="search search-results woocommerce"'],
    ["a Magento category", 'class="page-products catalog-category-view"'],
    ["a Magento search", 'class="catalogsearch-result-index page-products"'],
    ["a PrestaShop category", 'id="category" class="lang-en"'],
    ["an older Shopify theme's collection", 'class="template-collection"']
  ])("takes %s with one or two products for a listing", (_label, body) => {
    expect(kind(listing(body, card("Zip Hoodie", "45.00")))).toMatchObject({ kind: "not-product", reason: "listing" })
    expect(kind(listing(body, card("Zip Hoodie", "45.00") + card("Pullover Hoodie", "39.00")))).toMatchObject({ kind: "not-product", reason: "listing" })
  })

  it("takes a Shopify collection's address for a listing, and not its products' addresses", () => {
    const page = listing('class="gradient"', card("Cedar Candle", "28.00") + card("Fig Candle", "32.00"))
    expect(kind(page, "https://candles.example/collections/candles")).toMatchObject({ kind: "not-product", reason: "listing" })
    expect(kind(page, "https://candles.example/collections/candles/")).toMatchObject({ kind: "not-product", reason: "listing" })
    const one = listing('class="gradient"', card("Cedar Candle", "28.00"))
    expect(kind(one, "https://candles.example/collections/candles/products/cedar-candle")).toMatchObject({ kind: "product", product: { price: "28" } })
  })

  it("takes a cart, a checkout or a wish list with one item for no product page, by its address", () => {
    const page = `<html><body><h1>My Wishlist</h1><div class="wishlist-item"><img src="/img/lamp.jpg" width="300" height="300" alt="Desk Lamp">
      <h3>Desk Lamp LED</h3><span class="price">$34.99</span><button class="add-to-cart">Add to cart</button></div></body></html>`
    for (const path of ["/wishlist", "/wishlist/", "/account/wish-list", "/cart", "/checkout/cart/", "/warenkorb/", "/panier", "/carrito", "/basket.html"]) {
      expect(kind(page, `https://shop.example${path}`), path).toMatchObject({ kind: "not-product", reason: "listing" })
    }
    // A product whose address only starts with one of those words is a product.
    // Nor one whose address has such a word as a folder: French and Italian "basket" is basketball,
    // Spanish "carrito" a pram, and golf carts have seats (found by review).
    for (const path of ["/products/cart-organizer", "/p/golf-cartridge", "/basketball-shoes", "/products/checkout-stand", "/basket/ballons/ballon-spalding.html", "/carrito/bugaboo-fox-5", "/cart/seats/club-car-seat", "/chien/panier/panier-ovale-80cm"]) {
      expect(kind(page, `https://shop.example${path}`), path).toMatchObject({ kind: "product", product: { price: "34.99" } })
    }
  })

  it("still reads a single product page of those platforms", () => {
    const page = (body: string) => `<html><body ${body}><main><h1 class="product_title">Zip Hoodie</h1><p class="price">$45.00</p>
      <form class="cart"><button type="submit" class="single_add_to_cart_button">Add to cart</button></form></main></body></html>`
    for (const body of ['class="product-template-default single single-product woocommerce"', 'class="catalog-product-view"', 'id="product"', 'class="template-product"']) {
      expect(kind(page(body), "https://northwind.example/product/zip-hoodie/")).toMatchObject({ kind: "product", product: { name: "Zip Hoodie", price: "45" } })
    }
  })
})

describe("pages that are no product", () => {
  // The content script reads every page a shopper opens, most of them no shop's, three times each.
  const article = (extra = "") => `<!doctype html><html><head><title>Choosing a desk lamp</title></head><body>
    <nav><a href="/">Home</a><a href="/guides">Guides</a></nav><h1>Choosing a desk lamp</h1>
    <p>Our pick costs <span class="price">€ 49,95</span>; the runner-up <span class="price">€ 29,99</span>.</p>
    <table class="specs"><tr><th>Brand</th><td>Acme</td></tr><tr><th>EAN</th><td>4006381333931</td></tr></table>
    <button>Share</button>${extra}</body></html>`
  const walksOf = (html: string, url: string) => {
    const doc = documentFrom(html, url)
    let walks = 0
    const walk = doc.createTreeWalker.bind(doc)
    doc.createTreeWalker = (...args: Parameters<Document["createTreeWalker"]>) => (walks++, walk(...args))
    return { result: extractProduct(doc, url), walks: () => walks }
  }

  it("stops at the missing buy button: prices and tables in an article make no product, and its text is not walked", () => {
    const url = "https://lamp-guides.example/choosing"
    const page = walksOf(article(), url)
    expect(page.result).toMatchObject({ kind: "not-product", reason: "none" })
    expect(page.walks()).toBe(0)
    // The same article with the shop's buy button is read as a product, walks and all.
    const shop = walksOf(article(`<button class="add-to-cart">Add to cart</button>`), url)
    if (shop.result.kind !== "product") throw new Error(shop.result.reason)
    expect(shop.result.product).toMatchObject({ name: "Choosing a desk lamp", price: "49.95", brand: "Acme", gtin: "4006381333931" })
    expect(shop.walks()).toBeGreaterThan(0)
  })

  it("still reads a page without a buy button whose analytics event views a product", () => {
    const url = "https://lamp-guides.example/choosing"
    const event = `<script>gtag('event', 'view_item', {currency: 'EUR', items: [{item_name: 'Desk lamp', price: 49.95}]})</script>`
    const result = extractProduct(documentFrom(article(event), url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "49.95", brand: "Acme" })
  })
})

describe("availability words", () => {
  it.each([
    ["In Stock.", "InStock"],
    ["Only 2 left in stock.", "InStock"],
    ["Auf Lager.", "InStock"],
    ["Derzeit nicht verfügbar.", "OutOfStock"],
    ["Rupture de stock", "OutOfStock"],
    ["Non disponibile", "OutOfStock"],
    ["Disponibilità immediata", "InStock"],
    ["нет в наличии", "OutOfStock"],
    ["在庫あり", "InStock"],
    ["품절", "OutOfStock"],
    ["Free returns", null],
    ["Notify me when back in stock", "OutOfStock"],
    ["Benachrichtigen, wenn wieder verfügbar", "OutOfStock"],
    ["Notify me when available", "OutOfStock"],
    ["Email me when it's back in stock", "OutOfStock"],
    ["Benachrichtigung bei Verfügbarkeit", "OutOfStock"],
    ["Notify me when the price drops", null],
    ["Benachrichtigen, wenn der Preis sinkt", null],
    ["Back in stock!", "InStock"]
  ])("%s → %s", (text, expected) => {
    expect(availabilityFromText(text)).toBe(expected)
  })
})
