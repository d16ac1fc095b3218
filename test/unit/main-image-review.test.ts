import { describe, expect, it } from "vitest"

import { mainImage } from "~src/extract/main-image"

import { documentFrom } from "../helpers/dom"

const url = "https://shop.example/p/1"
// A page with no product markup: gallery column, title column, a strip of other products below.
const page = (name: string, gallery: string, info = "") => `<html><body><main><div class="product">
  <div class="gallery">${gallery}</div>
  <div class="info"><h1>${name}</h1>${info}<span class="price">€19.90</span><button>Add to cart</button></div></div>
  <section class="related-products"><h2>You may also like</h2><img src="/media/p/77/rolling-pin.jpg" alt="Beech rolling pin"></section>
</main></body></html>`
const image = (html: string) => mainImage(documentFrom(html, url), url)

describe("main image: review cases", () => {
  it("keeps the product's photo when its name or address holds a 'not a photo' word inside another word", () => {
    // "silICONe", "Google PIXEL", "BRANDy" (in the alt text) each drop the gallery's photo, and the
    // strip of other products gives its rolling pin instead.
    for (const [name, gallery] of [
      ["Silicone Baking Mat 40 x 30 cm", `<img src="/media/p/1/silicone-baking-mat.jpg" alt="Silicone Baking Mat 40 x 30 cm">`],
      ["Google Pixel 8 Pro 128 GB", `<img src="/media/p/1/front.jpg" alt="Google Pixel 8 Pro">`],
      ["Rémy Martin XO Cognac Brandy 70cl", `<img src="/media/p/1/1.jpg" alt="Rémy Martin XO Cognac Brandy">`]
    ]) {
      expect(image(page(name!, gallery!)), name).toBe(new URL(/src="([^"]+)"/.exec(gallery!)![1]!, url).href)
    }
    // "CHATeau" in the address, "QR" inside an image id: no picture is better than another product's.
    for (const gallery of [`<img src="/media/p/1/chateau-margaux-2015.jpg" alt="">`, `<img src="https://m.media-example.com/images/I/81QRbhT0kQL._AC_SX679_.jpg" alt="">`]) {
      expect(image(page("Château Margaux 2015", gallery)) ?? "").not.toContain("rolling-pin")
    }
  })

  it("never gives another product's photo from a related-products strip", () => {
    // The gallery has no <img> the reader can use (a CSS background; a lazy loader's data-original).
    for (const gallery of [`<div style="background-image:url(/media/p/1/1.jpg)"></div>`, `<img src="data:image/gif;base64,R0lGOD" data-original="/media/p/1/1.jpg">`]) {
      expect(image(page("Lezyne Trail Lamp 1200", gallery))).toBeNull()
    }
  })

  it("leaves out pictures the browser shows small beside the title (stars, a payment logo, a swatch)", () => {
    // jsdom has no layout: give each picture the width Chrome would report for it.
    const html = page(
      "Lezyne Trail Lamp 1200",
      `<img src="/media/p/1/1.jpg" alt="">`,
      `<div class="rating"><img src="/img/star-full.png"></div><img class="pdp-paypal-credit__image" src="https://sb.monetate.net/img/1/c/e062af.png"><a href="/p/2"><img src="/media/p/2/swatch.jpg" alt="Red"></a>`
    )
    const doc = documentFrom(html, url)
    for (const img of doc.images) Object.defineProperty(img, "width", { value: img.getAttribute("src")!.includes("/media/p/1/") ? 560 : 24 })
    expect(mainImage(doc, url)).toBe("https://shop.example/media/p/1/1.jpg")
  })

  it("is not hidden by an earlier picture whose address is no http(s) one", () => {
    expect(image(page("Lezyne Trail Lamp 1200", `<img src="blob:https://shop.example/9f1c-77"><img src="/media/p/1/1.jpg">`))).toBe("https://shop.example/media/p/1/1.jpg")
  })
})
