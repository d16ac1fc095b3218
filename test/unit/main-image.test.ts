import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { mainImage } from "~src/extract/main-image"

import { documentFrom } from "../helpers/dom"

// A shop page with no product markup, laid out as such shops do (agem.sk, vsezaoci.si): a
// gallery column beside the title and buy box, badges and the maker's logo in the buy box, a
// strip of other products below, a tracking pixel at the end. (jsdom has no layout: an
// image's width is its width attribute, which Chrome would report shown.)
const PAGE = `<!doctype html><html><body>
  <header><img src="/static/shop-logo.png" alt="Bikeshop"></header>
  <main><div class="product">
    <div class="gallery"><div class="slides">
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/p/8841/trail-lamp-1.jpg" alt="Lezyne Trail Lamp 1200 front">
      <img src="/media/p/8841/trail-lamp-2.jpg" alt="Lezyne Trail Lamp 1200 side">
    </div></div>
    <div class="info"><h1>Lezyne Trail Lamp 1200</h1>
      <img src="/media/brand/lezyne.jpg" alt="Lezyne">
      <div class="buy"><span class="price">€89.90</span><button>Add to cart</button>
        <img src="/static/secure-checkout.png" width="88" alt="Secure payment"><img src="/static/stars.gif" alt="4.5 stars">
        <img src="/static/card-visa.png" width="32" height="20" alt="Visa"></div></div>
  </div>
  <section class="related-products"><h2>You may also like</h2><img src="/media/p/9001/trail-lamp-800.jpg" alt="Lezyne Trail Lamp 800"></section></main>
  <img src="https://track.example/p.gif?id=1" width="1" height="1" alt="">
</body></html>`

describe("the main product image on a page that names none", () => {
  it("takes the gallery's first picture beside the title, from a lazy gallery's data-src", () => {
    const url = "https://bikes.example/p/8841"
    expect(mainImage(documentFrom(PAGE, url), url)).toBe("https://bikes.example/media/p/8841/trail-lamp-1.jpg")
  })

  it("takes a picture named like the product before closer ones, but never another product's", () => {
    const url = "https://bikes.example/p/8841"
    // A photo in the buy box, closer to the title than the gallery: the gallery's names win.
    const closer = PAGE.replace('<div class="buy">', '<div class="buy"><img src="/media/banners/winter-deal.jpg" alt="Winter deal">')
    expect(mainImage(documentFrom(closer, url), url)).toBe("https://bikes.example/media/p/8841/trail-lamp-1.jpg")
    // A gallery without names: the related strip's "Lezyne Trail Lamp 800" does not win by its name.
    const unnamed = PAGE.replace(/ alt="Lezyne Trail Lamp 1200 (front|side)"/g, "")
    expect(mainImage(documentFrom(unnamed, url), url)).toBe("https://bikes.example/media/p/8841/trail-lamp-1.jpg")
  })

  it("gives none where only logos, icons, badges and pixels are near, or there is no heading", () => {
    const url = "https://bikes.example/p/1"
    const icons = `<html><body><div><h1>Gift card</h1><img src="/static/logo.svg"><img src="/static/icon-gift.png"><img src="/i/x.jpg" width="16">
      <img src="/bitrix/tools/captcha.php?captcha_sid=0853"><img src="/cdn/image/supersavebanner_PC_202012.jpg"></div></body></html>`
    expect(mainImage(documentFrom(icons, url), url)).toBeNull()
    expect(mainImage(documentFrom(`<html><body><img src="/media/p/1.jpg"></body></html>`, url), url)).toBeNull()
  })

  it("is the product's image only when no markup names one", () => {
    const url = "https://bikes.example/p/8841"
    const result = extractProduct(documentFrom(PAGE, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.images).toEqual(["https://bikes.example/media/p/8841/trail-lamp-1.jpg"])
    expect(result.product.sources.image?.source).toBe("heuristic")
    const og = PAGE.replace("<body>", `<head><meta property="og:image" content="https://cdn.bikes.example/8841-large.jpg"></head><body>`)
    const withOg = extractProduct(documentFrom(og, url), url)
    expect(withOg.kind === "product" && withOg.product.images).toEqual(["https://cdn.bikes.example/8841-large.jpg"])
  })
})
