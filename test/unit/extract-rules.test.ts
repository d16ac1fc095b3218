import { describe, expect, it } from "vitest"

import { availabilityFromText, saysOutOfStock } from "~src/extract/availability-text"
import { extractProduct } from "~src/extract"
import { settleProduct } from "~src/extract/settle-product"

import { documentFrom } from "../helpers/dom"

// Small pages modelled on what shops without schema.org print; each test is one general rule.
function product(html: string, url = "https://shop.example/p/lamp-1") {
  const result = extractProduct(documentFrom(`<html><body>${html}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

/** The product as the background keeps it (settle-product.ts): what the shopper sees. */
const kept = (html: string, url?: string) => settleProduct(product(html, url))

describe("general extraction rules", () => {
  it("reads GA's product detail event when the layout gives nothing to go on", () => {
    const p = product(`<h1>Kühlschrank RC 310</h1>
      <script>dataLayer.push({'event': 'productDetails', 'ecommerce': {'detail': {'products': [{
        'name': 'Kühlschrank RC 310', 'id': '526798', 'price': '131990', 'brand': 'Beko'}]}}});</script>`)
    expect(p).toMatchObject({ price: "131990", brand: "Beko", name: "Kühlschrank RC 310" })
  })

  it("keeps the currency the layout prints beside the event's price, and no other", () => {
    // The event's own currency is a shop-wide default nobody changed ('USD' on a shop in tenge).
    const event = `<script>dataLayer.push({'ecommerce': {'currencyCode': 'USD', 'detail': {'products': [{'name': 'RC 310', 'price': '131990'}]}}});</script>`
    const same = product(`<h1>Холодильник RC 310</h1><div class="price">131 990 тг.</div><button>Купить</button>${event}`)
    expect(same).toMatchObject({ price: "131990", currency: "KZT", currencyText: "тг" })
    const other = product(`<h1>Холодильник RC 310</h1><div class="price">144 990 тг.</div><button>Купить</button>${event}`)
    expect(other).toMatchObject({ price: "131990", currency: null, currencyText: null })
    // On a shop of Kazakhstan, tenge beside another amount is still the shop's currency.
    const home = product(`<h1>Холодильник RC 310</h1><div class="price">144 990 тг.</div><button>Купить</button>${event}`, "https://shop.kz/p/rc-310")
    expect(home).toMatchObject({ price: "131990", currency: "KZT", currencyText: "тг" })
  })

  it("reads the sku from the address only where the page prints it, a 'pid' parameter before the path's number", () => {
    const page = (printed: string) => `<h1>Tuesdays with Morrie</h1><div class="price">€9.60</div><button>Add to cart</button><p>Item ${printed}</p>`
    // gomaji: the path names the store, the parameter the product.
    expect(product(page("262388 · 店家 36064"), "https://www.gomaji.com/store/36064?pid=262388").sku).toBe("262388")
    // A pid the page does not print: the path's number, when printed.
    expect(product(page("36064"), "https://www.gomaji.com/store/36064?pid=262388").sku).toBe("36064")
    expect(product(page("9249556"), "https://www.argos.co.uk/product/9249556").sku).toBe("9249556")
    expect(product(page("none"), "https://www.argos.co.uk/product/9249556").sku).toBeNull()
  })

  it("reads 元 after a price as the yuan, or as the dollar of Taiwan, Hong Kong or Macau on their shops", () => {
    const tin = (url: string) => product(`<h1>Lamb tray</h1><div class="price">29元</div><button>加入購物車</button>`, url)
    expect(tin("https://shop.example/p/1131")).toMatchObject({ price: "29", currency: "CNY", currencyText: "元" })
    expect(tin("https://i3fresh.tw/cheap_1131.html")).toMatchObject({ price: "29", currency: "TWD", currencyText: "元" })
    expect(tin("https://shop.com.hk/p/1131")).toMatchObject({ currency: "HKD" })
  })

  it("names a product without icon-font glyphs or a template's empty trailing label", () => {
    const ld = (name: string) =>
      `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name, offers: { price: "15", priceCurrency: "CAD" } })}</script>`
    expect(kept(`${ld("\uf004 Casio FX-991ES Calculator")}<h1>Casio</h1>`).name).toBe("Casio FX-991ES Calculator")
    expect(kept(`${ld("בושם לגבר Legend 200ml edt MONT BLANC    דגם:")}<h1>Legend</h1>`).name).toBe("בושם לגבר Legend 200ml edt MONT BLANC")
    expect(kept(`${ld("Desk Lamp Model:")}<h1>Lamp</h1>`).name).toBe("Desk Lamp")
    expect(kept(`${ld("デスクランプ 型番：")}<h1>Lamp</h1>`).name).toBe("デスクランプ")
    // A colon inside the name is the name's own.
    expect(kept(`${ld("Star Wars: Andor")}<h1>Andor</h1>`).name).toBe("Star Wars: Andor")
  })

  it("names a microdata brand written as one meta element with its name in content", () => {
    // Vue Storefront's markup (elkor.lv); the element is an item, so its content was lost.
    const p = product(`<div itemscope itemtype="http://schema.org/Product"><meta itemprop="sku" content="520501927">
      <meta itemtype="http://schema.org/Brand" itemscope="itemscope" itemprop="brand" content="MONNALISA">
      <h1 itemprop="name">Soma MONNALISA Rosso</h1></div>
      <div class="price">189,00 €</div><button class="add-to-cart">Ielikt grozā</button>`)
    expect(p).toMatchObject({ brand: "MONNALISA", sku: "520501927" })
    // An item written out in full keeps its own name, not an attribute beside it.
    const full = product(`<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Soma</h1>
      <div itemprop="brand" itemscope itemtype="http://schema.org/Brand" content="Ignored"><span itemprop="name">Monnalisa</span></div>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="189"><meta itemprop="priceCurrency" content="EUR"></div></div>`)
    expect(full.brand).toBe("Monnalisa")
  })

  it("reads fbq ViewContent for a product, and ignores it for anything else", () => {
    const p = product(`<h1>Lamb tray</h1><script>fbq('track', 'ViewContent', {content_ids: ['1131'], content_type: 'product', value: 29, currency: 'TWD'});</script>`)
    expect(p.price).toBe("29")
    const url = "https://shop.example/c/trays"
    const page = documentFrom(`<html><body><h1>Trays</h1><script>fbq('track', 'ViewContent', {content_type: 'product_group', value: 29});</script></body></html>`, url)
    expect(extractProduct(page, url).kind).toBe("not-product")
  })

  it("takes stock flags from the page's inline state, but not restock notices", () => {
    const buyBox = `<h1>Lamp</h1><span itemprop="price" class="price">€ 20</span>`
    expect(product(`${buyBox}<script>window.__STATE__ = {"product": {"globallyOutOfStock": false}}</script><meta property="og:price:amount" content="20">`).availability).toBe("InStock")
    expect(product(`${buyBox}<script>var p = {"inStock": false}</script><meta property="og:price:amount" content="20">`).availability).toBe("OutOfStock")
    // The restock flag is not read: only the inference from a shown price says "in stock".
    expect(product(`${buyBox}<script>var p = {"backInStock": true}</script><meta property="og:price:amount" content="20">`).sources.availability?.source).toBe("inferred")
  })

  it("recognises Slovak buy buttons and OpenCart's #button-cart", () => {
    expect(product(`<h1>Redukcia M2</h1><span class="price">3,56 €</span><form><button class="btn">Do košíka</button></form>`).price).toBe("3.56")
    expect(product(`<h1>Maska</h1><li class="price">100.00€</li><button id="button-cart" class="btn">Naroči</button>`).price).toBe("100")
  })

  it("skips a logo wrapped in an <h1> when naming the product", () => {
    const p = product(`<h1 class="logo"><a href="/"><img src="logo.png" alt="Shop"></a></h1><h1>Redukcia M2</h1><span class="price">3,56 €</span><button>Add to cart</button>`)
    expect(p.name).toBe("Redukcia M2")
  })

  it("does not take a related product's price from a card under a linked heading", () => {
    const p = product(`<div class="row"><h1>Mask M-200</h1><ul id="price-list"><li class="price">100.00€</li></ul>
      <button id="button-cart">Order</button></div>
      <div class="row"><div class="col"><div class="caption"><h4><a href="/mask-m-212">Mask M-212</a></h4>
      <div class="prices"><span class="price">150.00€</span></div></div></div></div>`)
    expect(p.price).toBe("100")
  })

  it("picks, among many microdata products, the one that holds the page's heading", () => {
    const item = (name: string, price: string) => `<div itemscope itemtype="http://schema.org/Product"><a href="/x"><span itemprop="name">${name}</span></a><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${price}"><meta itemprop="priceCurrency" content="EUR"></div></div>`
    const p = product(`<section itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Chair cover</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="36.99"><meta itemprop="priceCurrency" content="EUR"></div></section>
      ${item("Cushion", "12")}${item("Throw", "25")}${item("Curtain", "40")}`)
    expect(p).toMatchObject({ name: "Chair cover", price: "36.99" })
  })

  it("reads og:price, a tag some shops print instead of product:price:amount", () => {
    const p = product(`<h1>Bra</h1>`.replace("<h1>", `<meta property="og:title" content="Bra"><meta property="og:price" content="2,900원~"><h1>`), "https://deals.example.kr/deal/1")
    expect(p.price).toBe("2900")
  })
})

describe("the page's own product, price and currency", () => {
  const page = (html: string, url: string) => {
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    return result.product
  }
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
  const offer = (name: string, price: string) => ({ "@context": "https://schema.org", "@type": "Product", name, offers: { "@type": "Offer", price, priceCurrency: "USD" } })

  it("takes the JSON-LD product its main heading names, where an accessory's block comes first", () => {
    const blocks = ld(offer("Milk Frother Basic", "29.00")) + ld(offer("Espresso Machine Pro", "499.00"))
    const body = `<h1>Espresso Machine Pro</h1><div class="price">$499.00</div><button>Add to cart</button><h2>Goes well with</h2><a href="/mf">Milk Frother Basic</a> $29.00`
    expect(page(`<html><head>${blocks}</head><body>${body}</body></html>`, "https://shop.example/p/em-9")).toMatchObject({ name: "Espresso Machine Pro", price: "499" })
    // A heading that names neither leaves the first block the page's, as before.
    const other = page(`<html><head>${blocks}</head><body><h1>Coffee corner</h1></body></html>`, "https://shop.example/p/em-9")
    expect(other.name).toBe("Milk Frother Basic")
    // Nor does a heading of which a block's name is only a part: another model's ("Apple iPhone 15"
    // in "Apple iPhone 15 Pro"), where the page's block names its capacity and colour too (found by review).
    const models = ld(offer("Apple iPhone 15 Pro 256GB Natural Titanium", "1099.00")) + ld(offer("Apple iPhone 15", "799.00"))
    expect(page(`<html><head>${models}</head><body><h1>Apple iPhone 15 Pro</h1></body></html>`, "https://shop.example/p/15-pro")).toMatchObject({ price: "1099" })
    // A name whose data writes its inch mark as an entity is the heading's name (Shopify's escape; found by review).
    const monitor = ld(offer("Monitor Arm", "129.99")) + ld(offer("Dell UltraSharp 27&quot; 4K", "579.99"))
    expect(page(`<html><head>${monitor}</head><body><h1>Dell UltraSharp 27" 4K</h1></body></html>`, "https://shop.example/p/u27")).toMatchObject({ price: "579.99" })
  })

  it("takes the price with tax, where a shop that sells to businesses prints the one before tax first", () => {
    const box = (first: string, second: string) =>
      `<html><body><h1>Cordless Drill 18V</h1><div class="buybox"><div class="price">${first}</div><div class="price">${second}</div><button>In winkelwagen</button></div></body></html>`
    expect(page(box("€82,64 <small>excl. BTW</small>", "€99,99 <small>incl. BTW</small>"), "https://shop.example.nl/p/1").price).toBe("99.99")
    expect(page(box("82,64 € zzgl. MwSt.", "99,99 € inkl. MwSt."), "https://shop.example.de/p/1").price).toBe("99.99")
    expect(page(box("82,64 € HT", "99,99 € TTC"), "https://shop.example.fr/p/1").price).toBe("99.99")
    expect(page(box("Ex Tax: $82.64", "$99.99"), "https://shop.example.com/p/1").price).toBe("99.99")
    expect(page(box("274,17 € exkl. USt.", "329,00 € inkl. USt."), "https://shop.example.at/p/1").price).toBe("329")
    expect(page(box("8 264 Kč bez DPH", "9 999 Kč s DPH"), "https://shop.example.cz/p/1").price).toBe("9999")
    expect(page(box("270,00 € + IVA", "329,40 € IVA inclusa"), "https://shop.example.it/p/1").price).toBe("329.4")
    // A box that gives both, the price with tax first, is read as the parser reads it; one that
    // says "netto" beside "brutto" is no net price alone (found by review).
    const side = `<aside class="sidebar"><span>Bitset</span> <span class="price">19,99 €</span></aside>`
    const both = (prices: string, url: string) => page(`<html><body><h1>Makita DF333</h1><div class="buy"><div class="price">${prices}</div><button>Add to cart</button></div>${side}</body></html>`, url)
    expect(both("189,90 € TTC (158,25 € HT)", "https://shop.example.fr/p/1").price).toBe("189.9")
    expect(both("499,00 zł brutto / 405,69 zł netto", "https://shop.example.pl/p/1").price).toBe("499")
    // A badge that only starts like a tax word is none ("Oferta exclusiva web"), and a shop that
    // prints only its net price still has a price.
    expect(both("129,99 € Oferta exclusiva", "https://shop.example.es/p/1").price).toBe("129.99")
    expect(both("329,00 € zzgl. MwSt.", "https://shop.example.de/p/1").price).toBe("329")
    // Magento 1's box of both, the price before tax first, and Magento 2's (with tax first, in
    // boxes named for each).
    const m1 = `<div class="price-box"><p class="price-excluding-tax"><span class="label">Excl. Tax:</span> <span class="price" id="price-excluding-tax-1">£149.99</span></p>
      <p class="price-including-tax"><span class="label">Incl. Tax:</span> <span class="price" id="price-including-tax-1">£179.99</span></p></div>`
    expect(page(`<html><body><h1>Drill</h1><div class="buy">${m1}<button>Add to Basket</button></div></body></html>`, "https://shop.example.co.uk/drill.html").price).toBe("179.99")
    const m2 = `<div class="price-box"><span class="price-container"><span data-label="Incl. Tax" class="price-wrapper price-including-tax"><span class="price">£179.99</span></span>
      <span data-label="Excl. Tax" class="price-wrapper price-excluding-tax"><span class="price">£149.99</span></span></span></div>`
    expect(page(`<html><body><h1>Drill</h1><div class="buy">${m2}<button>Add to Basket</button></div></body></html>`, "https://shop.example.co.uk/drill.html").price).toBe("179.99")
  })

  it("reads a price in an element whose utility class only contains a saving word ('bg-transparent', found by review)", () => {
    const html = `<html><body><h1>Desk Lamp</h1><div class="buy"><span class="price bg-transparent">$34.99</span><button>Add to cart</button></div></body></html>`
    expect(page(html, "https://shop.example.com/p/lamp").price).toBe("34.99")
  })

  it("reads OpenCart's default theme, whose price is a heading in its list of prices", () => {
    const html = `<html><body class="product-product-48"><div id="content"><div class="col-sm-4"><h1>iPod Classic</h1>
      <ul class="list-unstyled"><li>Brand: <a href="/apple">Apple</a></li><li>Availability: In Stock</li></ul>
      <ul class="list-unstyled"><li><span style="text-decoration: line-through;">$150.00</span></li><li><h2>$122.00</h2></li><li>Ex Tax: $100.00</li></ul>
      <div id="product"><input type="text" name="quantity" value="1"><button type="button" id="button-cart">Add to Cart</button></div></div></div></body></html>`
    expect(page(html, "https://opencart.example.com/index.php?route=product/product&product_id=48")).toMatchObject({ name: "iPod Classic", price: "122", currency: "USD", availability: "InStock" })
    // A currency the parser does not know, with cents, is still the price (Bosnia's "KM"; found by review).
    expect(page(html.replace("<h2>$122.00</h2>", "<h2>24.999,00 KM</h2>"), "https://shop.example.ba/index.php?route=product/product&product_id=48")).toMatchObject({ price: "24999" })
    // Such a heading without a currency is no price ("Top 10" in a Bootstrap list, beside a button).
    const cards = `<html><body><h1>Gift ideas</h1><ul class="list-unstyled"><li><h2>Top 10</h2></li></ul><button>Add to cart</button></body></html>`
    expect(extractProduct(documentFrom(cards, "https://opencart.example.com/"), "https://opencart.example.com/").kind).toBe("not-product")
  })
})

describe("pages about products that sell none", () => {
  const read = (head: string, body: string, url = "https://blog.example/2024/kettles") =>
    extractProduct(documentFrom(`<html><head>${head}</head><body>${body}</body></html>`, url), url)
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
  const buyBox = `<h1>Is the Aurora kettle worth $149?</h1><span class="price">$149.99</span><a class="btn buy-now" href="https://shop.example/aurora">Buy now</a>`

  it("does not take the product a review, a post's mentions or an article is about for the page's own", () => {
    const tested = { "@type": "Product", name: "Aurora Kettle", offers: { "@type": "Offer", price: "149.99", priceCurrency: "USD" } }
    for (const markup of [
      { "@context": "https://schema.org", "@type": "Review", itemReviewed: tested, reviewRating: { ratingValue: 4 } },
      { "@context": "https://schema.org", "@type": "BlogPosting", headline: "Kettles", mentions: [tested] },
      { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Kettles", about: tested }
    ]) {
      expect(read(ld(markup), "<h1>Kettles we tried</h1><p>Long text.</p>"), markup["@type"]).toMatchObject({ kind: "not-product" })
    }
    // The shop's own page with the same product is one, as is the product of its rating (the form
    // Google documents for review snippets) or of an article's mainEntity.
    const shop = "https://shop.example/aurora"
    for (const markup of [
      { "@context": "https://schema.org", ...tested },
      { "@context": "https://schema.org", "@type": "AggregateRating", itemReviewed: tested, ratingValue: 4.5, reviewCount: 10 },
      { "@context": "https://schema.org", "@type": "Article", mainEntity: tested }
    ]) {
      expect(read(ld(markup), "<h1>Aurora Kettle</h1>", shop), markup["@type"]).toMatchObject({ kind: "product", product: { price: "149.99" } })
    }
  })

  it("does not take the product a blog post's review plugin marks up for the page's own, where a shop's product page is one", () => {
    // Rank Math's product review: the post's graph holds the reviewed product, with its offer.
    const graph = ld({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "BlogPosting", headline: "Aurora kettle review" },
        { "@type": "Product", name: "Aurora Kettle", review: { "@type": "Review", reviewRating: { ratingValue: 4.5 } }, offers: { "@type": "Offer", price: "149.99", priceCurrency: "USD" } }
      ]
    })
    const post = (cls: string) => `<html><head>${graph}</head><body class="${cls}"><h1>Aurora kettle review</h1><p>We tried it.</p></body></html>`
    const url = "https://blog.example/aurora-review/"
    expect(extractProduct(documentFrom(post("post-template-default single single-post postid-42"), url), url)).toMatchObject({ kind: "not-product", reason: "none" })
    expect(extractProduct(documentFrom(post("product-template-default single single-product postid-42"), url), url)).toMatchObject({ kind: "product", product: { price: "149.99" } })
    // A shop's own product block in a post ("[product_page]"), with its buy button, is a product,
    // named by its markup (found by review).
    const block = `<html><head>${graph}</head><body class="single single-post"><h1>Our new kettle is here</h1>
      <div class="product"><p class="price">$149.99</p><form class="cart"><button type="submit" class="single_add_to_cart_button">Add to cart</button></form></div></body></html>`
    expect(extractProduct(documentFrom(block, url), url)).toMatchObject({ kind: "product", product: { name: "Aurora Kettle", price: "149.99" } })
  })

  it("does not read a blog post's affiliate box as a product, where a shop's page with the same box is one", () => {
    expect(read('<meta property="og:type" content="article">', buyBox)).toMatchObject({ kind: "not-product", reason: "none" })
    expect(read("", buyBox, "https://shop.example/aurora")).toMatchObject({ kind: "product", product: { price: "149.99" } })
    // The shop's own product-view event still makes such a page a product.
    const event = `<script>gtag('event', 'view_item', {items: [{item_name: 'Aurora Kettle', price: 149.99}]});</script>`
    expect(read('<meta property="og:type" content="article">', buyBox + event)).toMatchObject({ kind: "product", product: { price: "149.99" } })
  })
})

describe("values that only look like one", () => {
  it("leaves out an all-zero GTIN, whose check digit passes", () => {
    const page = (extra: object) =>
      `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Lamp", offers: { price: "15", priceCurrency: "EUR" }, ...extra })}</script><h1>Lamp</h1>`
    expect(product(page({ gtin13: "0000000000000" }))).toMatchObject({ gtin: null })
    expect(product(page({ gtin13: "4006381333931" }))).toMatchObject({ gtin: "4006381333931" })
  })
})

describe("more availability words", () => {
  it.each([
    ["Temporarily out – back soon", "OutOfStock"],
    ["Non disponible en ligne", "OutOfStock"],
    ["Producto no disponible", "OutOfStock"],
    ["Non disponibile", "OutOfStock"],
    ["Sono disponibili 3 pezzi", null], // not read as "no disponib…"
    ["Erhältlich bei diesen Anbietern.", "InStock"],
    ["Nicht erhältlich", "OutOfStock"],
    ["Available from these sellers.", "InStock"]
  ])("%s → %s", (text, expected) => {
    expect(availabilityFromText(text)).toBe(expected)
  })

  it.each(["Sold out", "  Nicht\n erhältlich ", "In stock", "not available", "", null, "Available from these sellers."])(
    "saysOutOfStock(%j) agrees with availabilityFromText",
    (text) => {
      expect(saysOutOfStock(text)).toBe(availabilityFromText(text) === "OutOfStock")
    }
  )
})

describe("label/value pairs written as neighbouring elements", () => {
  const box = (extra: string) => `<h1>Redukcia M2</h1><span class="price">€ 20</span><button>Add to cart</button>${extra}`

  it.each([
    [`<div class="col"><p>Výrobca</p><p> ANPIX </p></div>`, "ANPIX"],
    [`<div class="label">Brand</div><div class="value">Tefal</div>`, "Tefal"],
    [`<p class="attrgroup"><span>condition: <b>new</b></span><span>make/manufacturer: <b>Consteel LTD</b></span></p>`, "Consteel LTD"],
    [`<span>Производитель:</span> <span>BEKO</span>`, "BEKO"],
    [`<table><tr><td>Kaubamärk</td><td>Eglo</td></tr></table>`, "Eglo"]
  ])("reads the brand from %s", (html, brand) => {
    expect(product(box(html)).brand).toBe(brand)
  })

  it.each([
    [`<p>Brand new in box</p><p>Tefal</p>`, "a sentence that starts with the label"],
    [`<footer><span>Brand</span><span>Our shop</span></footer>`, "the site's footer"],
    [`<span>Brand:</span><span>${"Very long words ".repeat(5)}</span>`, "a long value"],
    [`<span>Brand</span><span>Marke:</span>`, "another label"]
  ])("reads no brand from %s (%s)", (html) => {
    expect(product(box(html)).brand).toBeNull()
  })

  it.each([
    [`<li><strong>Šifra:</strong> 9470</li>`, "9470"],
    [`<span>Kód:</span> <span>123456</span>`, "123456"],
    [`<p class="h3">Référence</p><p><span>${" ".repeat(80)}TE502955-1293415 Housse</span></p>`, "TE502955-1293415"],
    [`<header><h1>Холодильник</h1><span>Код: 73556</span></header>`, "73556"],
    [`<div>Bestellnummer 106606</div>`, "106606"]
  ])("reads the sku from %s", (html, sku) => {
    expect(product(box(html)).sku).toBe(sku)
  })

  it.each([
    [`<ul><li>For ages 6 years and over.</li><li>EAN: 5018479061991. </li></ul>`, "5018479061991"],
    [`<div class="col"><p>Produktové číslo: AG-M22PCIE4</p><p>EAN: 8596201003541</p></div>`, "8596201003541"],
    [`<dl><dt>GTIN</dt><dd>4006381333931</dd></dl>`, "4006381333931"]
  ])("reads the gtin from %s", (html, gtin) => {
    expect(product(box(html)).gtin).toBe(gtin)
  })

  it.each([
    [`<div class="col"><p>Kód: CARD ANP AG-M22PCIE4</p><p>Produktové číslo: AG-M22PCIE4</p></div>`, "AG-M22PCIE4"],
    [`<li><span>Manufacturer Part Number:</span> <span>WL-2200-BK</span></li>`, "WL-2200-BK"],
    [`<p>Model number</p><p>HMP2000</p>`, "HMP2000"]
  ])("reads the mpn from %s", (html, mpn) => {
    expect(product(box(html)).mpn).toBe(mpn)
  })

  it("reads no mpn without a digit, nor by label where the shop's data names the brand (the page's text is not walked for it)", () => {
    expect(product(box(`<p>Model number: Classic</p>`)).mpn).toBeNull()
    // Found by review: a fashion model's height, a cut, the line after a blank label, a phone number, a sentence.
    for (const html of [
      `<p>Modello: altezza 185 cm, indossa taglia 48</p>`,
      `<p>Vestibilità slim.</p><p>Modello: 5 tasche</p>`,
      `<ul class="details"><li>Model number:</li><li>Warranty: 2 years</li></ul>`,
      `<div><p><strong>Model number:</strong></p><p>Need help? Call 0800 123 4567</p></div>`,
      `<div><h4>Modello</h4><p>Disponibile in 3 colori</p></div>`
    ])
      expect(product(box(html)).mpn, html).toBeNull()
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Redukcia M2", brand: "ANPIX", offers: { price: "20", priceCurrency: "EUR" } })}</script>`
    expect(product(ld + box(`<p>Produktové číslo: AG-M22PCIE4</p>`)).mpn).toBeNull()
  })

  it("takes no gtin whose check digit is wrong, nor a brand that is only digits", () => {
    const p = product(box(`<p>EAN: 5018479061992</p><p>Brand: 12345</p>`))
    expect(p.gtin).toBeNull()
    expect(p.brand).toBeNull()
  })

  it("takes no gtin from a spreadsheet's float ('5018479061991.0' is not a GTIN-14)", () => {
    expect(product(box(`<p>EAN: 5018479061991.0</p>`)).gtin).toBeNull()
  })

  it("gives a book's ISBN-13 sku as its gtin, and no other 13-digit sku", () => {
    const book = (sku: string) =>
      kept(`<meta property="og:type" content="product"><meta property="og:title" content="The One Device">
        <meta property="product:price:amount" content="21.9"><meta property="product:retailer_item_id" content="${sku}">`)
    expect(book("9780552173742")).toMatchObject({ sku: "9780552173742", gtin: "9780552173742" })
    expect(book("978-0-552-17374-2").gtin).toBe("9780552173742")
    // A wrong check digit, or an EAN outside the book range used as a shop's own id: no gtin.
    expect(book("9780552173743").gtin).toBeNull()
    expect(book("4006381333931").gtin).toBeNull()
  })

  it("takes no id without a digit, nor a promo code", () => {
    expect(product(box(`<p>Kód: CARD ANP</p><p>Промо код на скидку</p>`)).sku).toBeNull()
  })
})
