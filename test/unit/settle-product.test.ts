// What the background keeps of a page's description, category trail and variants: words the
// shopper and the model can read, not a shop's markup, separators or repeated offers.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { settleBreadcrumbs, settleDescription, settleImage, settleProduct, settleVariants } from "~src/extract/settle-product"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { validatePageResult } from "~src/messages/validate"
import type { Variant } from "~src/product"
import { ADAPTERS } from "~src/sites/registry"

import { documentFrom } from "../helpers/dom"
import { snapshot } from "../helpers/messages"

const variant = (over: Partial<Variant>): Variant => ({ name: null, sku: null, price: null, availability: null, url: null, ...over })

describe("settling a product's texts and lists", () => {
  it("takes markup a shop left in its description text out, keeping its lines", () => {
    expect(settleDescription("<p>Help your skin stay soft.</p><p>Apply daily.</p>")).toBe("Help your skin stay soft.\nApply daily.")
    expect(settleDescription("<strong>Transform your home<br /><br /></strong>With three speeds")).toBe("Transform your home\nWith three speeds")
    expect(settleDescription("<P>It's all <EM>here</EM></P>")).toBe("It's all here")
    expect(settleDescription('<article class="x"><h2>Sofá</h2>Três lugares</article>')).toBe("Sofá\nTrês lugares")
    expect(settleDescription("10 m<sup>2</sup> of H<sub>2</sub>O<br><strong>Material</strong>: cotton")).toBe("10 m2 of H2O\nMaterial: cotton")
    expect(settleDescription("<p>Material: <u>100% cotton</u></p><p>Was <s>€99</s> now €79</p>")).toBe("Material: 100% cotton\nWas €99 now €79")
    expect(settleDescription('<meta charset="utf-8"><!-- pasted --><style>p{color:red}</style><p>Soft<o:p></o:p></p>')).toBe("Soft")
    expect(settleDescription("<ul><li>a</li><li>b</li></ul>")).toBe("a\nb")
  })

  it("leaves text that only looks like markup, and says a description of markup alone is none", () => {
    for (const text of ["Fits sizes <S> to <XL>; 3 < 5 and 7 > 2", "Tamanhos <P> ao <GG>", "Cup sizes <A> to <D>", "<Small & Portable> Fits in any pocket", "Kolekcja ‹płaszcze> zimowe", "Line one\nLine two"]) {
      expect(settleDescription(text)).toBe(text)
    }
    expect(settleDescription("<p></p><br>")).toBeNull()
  })

  it("reads a category trail without its links' separators and controls", () => {
    expect(settleBreadcrumbs(["‹ 3 SUISSES", "Maison", "Housses de chaise"])).toEqual(["3 SUISSES", "Maison", "Housses de chaise"])
    expect(settleBreadcrumbs(["WOMAN", "/ LONG STRAPPY DRESS"])).toEqual(["WOMAN", "LONG STRAPPY DRESS"])
    expect(settleBreadcrumbs(["Home", "…", "Garden", "Garden", "»"])).toEqual(["Home", "Garden"])
    expect(settleBreadcrumbs(["C++ books", "T-shirts", "2024", "-30% Sale", "Home ❯", "＞ 家電"])).toEqual(["C++ books", "T-shirts", "2024", "-30% Sale", "Home", "家電"])
  })

  it("shows no shop icon or logo as the product's picture", () => {
    expect(settleImage("https://www.elkor.lv/assets/favicon/android-icon-192x192?v=wAMn2Pz0o8")).toBeNull()
    expect(settleImage("https://shop.example/apple-touch-icon.png")).toBeNull()
    expect(settleImage("https://www.paris.cl/on/demandware.static/-/Library/es_CL/dwa87/content/paris-logo.svg")).toBeNull()
    for (const photo of ["https://cdn.example/p/logo-print-tee.jpg", "https://cdn.example/icons-of-rock-poster.jpg", "https://cdn.example/p/bed_1024x1024.png"]) {
      expect(settleImage(photo)).toBe(photo)
    }
  })

  it("keeps variants a shopper can tell apart, each once", () => {
    const red = variant({ name: "Red", sku: "R1", price: "10.00", availability: "InStock" })
    const blue = variant({ name: "Blue", sku: "B1", price: "10.00", availability: "OutOfStock" })
    // A store-card price and a hidden list-price offer are prices of the same thing, not variants.
    const canonical = "https://shop.example/p/bed"
    const page = `${canonical}?utm_source=news&gclid=abc#reviews`
    const storeCard = variant({ price: "229990", url: canonical })
    const hidden = variant({ price: "249990", url: page.split("#")[0] })
    expect(settleVariants([red, blue, red, storeCard, hidden, variant({ price: "18.00", availability: "InStock" })], [page, canonical])).toEqual([red, blue])
    // Told apart by their addresses alone: a query, or PrestaShop's fragment for a combination.
    const sizes = [variant({ url: `${canonical}?size=m` }), variant({ url: `${canonical}#/1-size-s` }), variant({ url: `${canonical}#/2-size-m` })]
    expect(settleVariants(sizes, [page, canonical])).toEqual(sizes)
  })

  it("is what the background stores from a page whose JSON-LD carries markup and repeated offers", () => {
    const url = "https://shop.example/p/lotion"
    const ld = JSON.stringify({
      "@type": "Product",
      name: "Body lotion",
      description: "&lt;p&gt;Help your skin stay soft.&lt;/p&gt;",
      image: "https://cdn.shop.example/lotion-1200.jpg",
      offers: [1, 2, 3].map(() => ({ "@type": "Offer", price: "8.71", priceCurrency: "EUR" }))
    })
    const html = `<html><head><meta property="og:image" content="https://shop.example/assets/favicon/android-icon-192x192">
      <script type="application/ld+json">${ld}</script></head><body>
      <ol class="breadcrumb"><li><a href="/">‹ Shop</a></li><li><a href="/body">/ Body care</a></li></ol>
      <h1>Body lotion</h1></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url, result })
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("invalid")
    const product = checked.value.result.product
    expect(product.description).toBe("Help your skin stay soft.")
    expect(product.variants).toEqual([])
    expect(result.product.images).toContain("https://shop.example/assets/favicon/android-icon-192x192")
    expect(product.images).toEqual(["https://cdn.shop.example/lotion-1200.jpg"])
    expect(product.breadcrumbs.every((part) => /^[\p{L}]/u.test(part))).toBe(true)
  })

  it("keeps a currency text only from the reading that gave the currency", () => {
    const json = { source: "json-ld" as const, confidence: 0.95 }
    const layout = { source: "heuristic" as const, confidence: 0.5 }
    // The JSON-LD's CAD beside the layout's "$": the sign is the layout's reading of another price.
    const mixed = settleProduct(snapshot({ currency: "CAD", currencyText: "$", sources: { currency: json, currencyText: layout } }))
    expect(mixed).toMatchObject({ currency: "CAD", currencyText: null })
    expect(mixed.sources.currencyText).toBeUndefined()
    const same = settleProduct(snapshot({ currency: "CAD", currencyText: "C$", sources: { currency: layout, currencyText: layout } }))
    expect(same).toMatchObject({ currency: "CAD", currencyText: "C$" })
  })

  it("gives a brand without its label, a name without a template's empty label, and a book's ISBN as its GTIN", () => {
    const json = { source: "json-ld" as const, confidence: 0.95 }
    expect(settleProduct(snapshot({ brand: "Ver mais artigos da Marca: Roborock", name: "Desk Lamp Model:" }))).toMatchObject({ brand: "Roborock", name: "Desk Lamp" })
    const long = settleProduct(snapshot({ brand: `Acme ${"Industrial Tools ".repeat(10)}`, sources: { brand: json } }))
    expect(long.brand).toBeNull()
    expect(long.sources.brand).toBeUndefined()
    const book = settleProduct(snapshot({ sku: "978-0-552-17374-2", gtin: null, sources: { sku: json } }))
    expect(book).toMatchObject({ gtin: "9780552173742", sources: { gtin: json } })
    expect(settleProduct(snapshot({ sku: "9780552173743", gtin: null })).gtin).toBeNull()
  })

  it("stores a shop's texts with the entities its data left in them decoded, as the shopper reads them", () => {
    const url = "https://shop.example/p/kit"
    const ld = JSON.stringify({
      "@type": "Product",
      name: "Caf&eacute; &amp; Cr&egrave;me &ndash; Kit",
      brand: { "@type": "Brand", name: "B&amp;S" },
      sku: "CK&#45;12",
      mpn: "&lt;script&gt;",
      description: "&lt;p&gt;Stra&szlig;e&lt;/p&gt;&lt;p&gt;&#7;10&nbsp;&times;&nbsp;20 cm&lt;/p&gt;",
      image: "https://cdn.shop.example/img.jpg?w=800&amp;h=800",
      additionalProperty: [{ "@type": "PropertyValue", name: "Farbe", value: "Gr&uuml;n" }, { "@type": "PropertyValue", name: "Extra", value: "&nbsp;" }],
      offers: { "@type": "Offer", price: "12.00", priceCurrency: "EUR", seller: { "@type": "Organization", name: "Kaffee &amp; Co" } },
      review: [{ "@type": "Review", author: { "@type": "Person", name: "Ren&eacute;e" }, reviewBody: "Tr&egrave;s bien &#x1F600;", reviewRating: { "@type": "Rating", ratingValue: 5 } }]
    })
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Café &amp; Crème – Kit</h1></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url, result })
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("invalid")
    const product = checked.value.result.product
    expect(product).toMatchObject({ name: "Café & Crème – Kit", brand: "B&S", sku: "CK-12", mpn: null, seller: "Kaffee & Co", description: "Straße\n10 × 20 cm" })
    expect(product.sources.mpn).toBeUndefined()
    // An address's "&amp;" is its query's "&" (decoded as it is read, not as it is stored).
    expect(product.image).toBe("https://cdn.shop.example/img.jpg?w=800&h=800")
    expect(product.specs).toEqual([{ name: "Farbe", value: "Grün" }])
    expect(product.reviews).toMatchObject([{ author: "Renée", body: "Très bien 😀" }])
    // Settling again changes nothing: the review's id is made of its decoded words, once.
    expect(settleProduct(product).reviews).toEqual(product.reviews)
  })

  it("reads the entities the page's own readings need as it reads them: a price's, a placeholder's, an address's and a name's (found by review)", () => {
    const read = (data: Record<string, unknown>, body = "", url = "https://shop.example/p/desk") => {
      const html = `<html><head><meta property="og:description" content="Solid oak, 120 cm."><script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Oak Desk", ...data })}</script></head><body>${body}</body></html>`
      const result = extractProduct(documentFrom(html, url), url)
      if (result.kind !== "product") throw new Error(result.reason)
      return settleProduct(result.product)
    }
    // A formatted price a template wrote for HTML, and a currency written as its entity.
    expect(read({ offers: { "@type": "Offer", price: "1&nbsp;299,00", priceCurrency: "EUR" } })).toMatchObject({ price: "1299", currency: "EUR" })
    expect(read({ offers: { "@type": "Offer", price: "&#8364;549.00" } })).toMatchObject({ price: "549", currency: "EUR" })
    expect(read({ offers: { "@type": "Offer", price: "&#x20AC; 549,00" } })).toMatchObject({ price: "549", currency: "EUR" })
    // An emoji past the first 65,536 characters, and a number past Unicode's last, which must not break the reading.
    expect(read({ name: "Teddy Bear &#129528;", offers: { price: "20" } }).name).toBe("Teddy Bear 🧸")
    expect(read({ name: "Oak Desk &#99999999;", offers: { price: "20" } }).price).toBe("20")
    expect(read({ offers: { "@type": "Offer", price: "549.00", priceCurrency: "&pound;" } })).toMatchObject({ price: "549", currency: "GBP" })
    // WooCommerce's empty short description ("<p>&nbsp;</p>" stripped) is no description: the next source's is.
    expect(read({ description: "&nbsp;", offers: { price: "549" } })).toMatchObject({ description: "Solid oak, 120 cm." })
    // WordPress writes an address's "&" as "&#038;".
    expect(read({ image: "https://shop.example/img.php?id=12&#038;size=large", offers: { price: "549" } }).image).toBe("https://shop.example/img.php?id=12&size=large")
    // A review app's block names the product with "&" where the shop's has "&amp;": one product.
    const rating = `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Black & Decker Drill", aggregateRating: { ratingValue: 4.6, reviewCount: 23 } })}</script>`
    expect(read({ name: "Black &amp; Decker Drill", offers: { price: "59.99" } }, rating)).toMatchObject({ name: "Black & Decker Drill", price: "59.99", rating: 4.6, reviewCount: 23 })
  })

  it("decodes the Latin-1 entities PHP's htmlentities writes, in their own case", () => {
    expect(settleProduct(snapshot({ name: "Kl&oslash;ver &Oslash;l &AElig;ble 10 m&sup2; &plusmn;1 &bull; K&ouml;ln &bdquo;Top&ldquo; &frac34;" })).name).toBe("Kløver Øl Æble 10 m² ±1 • Köln „Top“ ¾")
  })

  it("keeps a description's lines where it decodes its entities", () => {
    expect(settleProduct(snapshot({ description: "Fast &amp; quiet\nBPA-free\n1.7 l" })).description).toBe("Fast & quiet\nBPA-free\n1.7 l")
  })

  it("reads a review without the words a video shows to browsers that cannot play it", () => {
    const url = "https://www.amazon.de/dp/B006V2OP48"
    const review = `<div data-hook="review" id="R3UH366YJEDEH7"><span class="a-profile-name">Anna</span>
      <span data-hook="review-body"><div class="video-block"><video src="blob:x">Your browser does not support HTML5 video.</video></div>
      <span>Zieht schnell ein und riecht frisch.</span></span></div>`
    const html = `<html><body><span id="productTitle">Weleda Citrus Lotion</span><span class="a-price"><span class="a-offscreen">8,71 €</span></span>${review}</body></html>`
    const result = extractProduct(documentFrom(html, url), url, ADAPTERS)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.reviews.map((r) => r.body)).toEqual(["Zieht schnell ein und riecht frisch."])
  })
})
