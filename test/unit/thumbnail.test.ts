import { describe, expect, it } from "vitest"

import { ASKED_WIDTH, declaredWidth, sharperAddress, thumbnailCandidates } from "~src/ui/thumbnail"

// Addresses in the shapes real shops' CDNs use (the product-page corpus has each of these shapes).
describe("the popup's product image", () => {
  it("reads the width an image address asks its CDN for", () => {
    expect(declaredWidth("https://cdn.example-shop.ro/products/1/images/res_9e8a.jpg?width=80&height=80&hash=6FC9")).toBe(80)
    expect(declaredWidth("https://img.example.net/article/spp-media-p1/3e8b.jpg?imwidth=103&filter=packshot")).toBe(103)
    expect(declaredWidth("https://shop.example.com/dw/image/v2/AB_PRD/x/579695-001.jpg?sw=513&sh=654&sm=fit")).toBe(513)
    expect(declaredWidth("https://cdn1.example.in/rx-itlYIjoRm-w50-h60/tork-t15-prime.jpg")).toBe(50)
    expect(declaredWidth("https://res.example.com/demo/image/upload/w_300,h_300,c_fill/sneaker.jpg")).toBe(300)
    expect(declaredWidth("https://static.example.net/photos///2020/S/0/1/p/3697/w/1920/3697272808_1_1_1.jpg?ts=1605")).toBe(1920)
    expect(declaredWidth("https://multimedia.example.ca/multimedia/products/100x100/145/14551/14551914.jpg")).toBe(100)
    expect(declaredWidth("https://cdn.shopify.com/s/files/1/2700/products/Robot-5_1024x1024.jpg?v=1603742535")).toBe(1024)
    expect(declaredWidth("https://cdn.shopify.com/s/files/1/2700/products/Robot-5_100x.jpg?v=1603742535")).toBe(100)
    expect(declaredWidth("https://images.example.org/00v0v_9xGeKh9CDtq_0pO0hd_600x450.jpg")).toBe(600)
    expect(declaredWidth("https://m.media-amazon.com/images/I/71DVlK54o8L._AC_SL1500_.jpg")).toBe(1500)
    expect(declaredWidth("https://m.media-amazon.com/images/I/71DVlK54o8L._SS40_.jpg")).toBe(40)
    expect(declaredWidth("https://i.ebayimg.com/images/g/kZoAAOSwcP5cqMEM/s-l64.jpg")).toBe(64)
    expect(declaredWidth("https://static.example.pl/product/panel-tapicerowany-60-x-30-cm,mini.jpg")).toBe(100)
    expect(declaredWidth("https://shop.example/media/thumbs/kettle.jpg")).toBe(100)
    expect(declaredWidth("https://shop.example/media/kettle_thumb.png")).toBe(100)
    expect(declaredWidth("https://shop.example/media/kettle-thumb.jpg")).toBe(100)
    expect(declaredWidth("https://cdn.shopify.com/s/files/1/products/kettle_100x100_crop_center.jpg?v=1")).toBe(100)
    expect(declaredWidth("https://shop.example/wp-content/uploads/2024/01/kettle-100x100-1.jpg")).toBe(100)
    expect(declaredWidth("https://cdn.shopify.com/s/files/1/products/Robot-5_600x600@2x.jpg")).toBe(600)
  })

  it("does not read sizes into addresses that give none", () => {
    for (const address of [
      "https://pic.example.tw/upload/product/f_9906499b3b4c1e681ccf78dd15916ae5.jpg",
      "https://johnlewis.scene7.com/is/image/JohnLewis/236840879?",
      "https://static.example.by/images/products/ip/big/p990000/p1/8/987929/i6d9472dc4.jpg",
      "https://www.example.it/images/korg-sv273-1.jpg",
      "https://static.example.com/logo@2x.png",
      "https://cdn.example.com/p/Banquetas-Preto-9408-680205-1-zoom.jpg?v=2",
      // Sizes and words that belong to the product, not the picture (found by review).
      "https://shop.example/images/wool-rug-80x150-grey.jpg",
      "https://shop.example/images/tv-55x100-black-stand.jpg",
      "https://shop.example/images/apple-mac-mini-m4.jpg",
      "https://shop.example/images/raspberry-pi-pico.jpg",
      "https://shop.example/images/tiny-house-kit.jpg",
      "not an address"
    ]) {
      expect(declaredWidth(address), address).toBeNull()
    }
  })

  it("shows the first sharp image, keeping the page's order, with thumbnails only as a last resort", () => {
    const thumb = "https://cdn1.example.in/rx-1-w50-h60/tork.jpg"
    const medium = "https://cdn1.example.in/rx-1-w103-h125/tork.jpg"
    const sharp = "https://cdn1.example.in/rx-1-w240-h290/tork.jpg"
    const large = "https://cdn1.example.in/rx-1-w1200-h1200/tork.jpg"
    expect(thumbnailCandidates(thumb, [thumb, medium, sharp, large])).toEqual([sharp, large, medium])
    // Only thumbnails: the largest first.
    expect(thumbnailCandidates(null, [thumb, medium])).toEqual([medium, thumb])
    // An address that does not say its size keeps its place: it is usually the shop's main image.
    const main = "https://pic.example.tw/upload/product/f_99.jpg"
    expect(thumbnailCandidates(main, [main, large])).toEqual([main, large])
    // A rug whose size is in its file name stays first.
    const rug = "https://shop.example/images/wool-rug-80x150-grey.jpg"
    expect(thumbnailCandidates(rug, [rug, "https://shop.example/images/rug-lifestyle.jpg"])[0]).toBe(rug)
  })

  it("asks a resizing CDN for a small image at a sharp width, then falls back to it as listed", () => {
    // Zalando's JSON-LD lists only 103 px images; its own page asks the same image at 336.
    const zalando = "https://img01.ztat.net/article/spp-media-p1/dc4e/3e8b.jpg?imwidth=103&filter=packshot"
    const asked = `https://img01.ztat.net/article/spp-media-p1/dc4e/3e8b.jpg?imwidth=${ASKED_WIDTH}&filter=packshot`
    expect(sharperAddress(zalando)).toBe(asked)
    expect(thumbnailCandidates(zalando, [zalando])).toEqual([asked, zalando])
    // A height beside the width is scaled alike, and the rest of the address is left as written.
    expect(sharperAddress("https://s7.example.com/is/image/Shop/123?$Main$&wid=84&hei=42")).toBe(
      `https://s7.example.com/is/image/Shop/123?$Main$&wid=${ASKED_WIDTH}&hei=${ASKED_WIDTH / 2}`
    )
    // Addresses already sharp, sized in their path, or not sized at all are not rewritten.
    for (const address of [
      "https://cdn.example.com/p.jpg?width=600",
      "https://cdn1.example.in/rx-1-w50-h60/tork.jpg",
      "https://pic.example.tw/upload/product/f_99.jpg",
      "https://cdn.example.com/p.jpg?quality=80"
    ]) {
      expect(sharperAddress(address), address).toBeNull()
    }
    // A real sharp image still comes first; the rewritten one only before its own small original.
    const sharp = "https://img01.ztat.net/article/spp-media-p1/aa/bb.jpg?imwidth=1800"
    expect(thumbnailCandidates(zalando, [zalando, sharp])).toEqual([sharp, asked, zalando])
  })

  it("tries each address once and at most three, and shows the placeholder when there is none", () => {
    const list = ["a", "b", "c", "d"].map((x) => `https://img.example.com/${x}.jpg`)
    expect(thumbnailCandidates(list[0]!, list)).toEqual(list.slice(0, 3))
    expect(thumbnailCandidates(null, [])).toEqual([])
    expect(thumbnailCandidates("", [""])).toEqual([])
  })
})

describe("the sharper copy of a small image (found by review)", () => {
  it("still tries the small image as listed when two other addresses come first", () => {
    const small = "https://img.example.net/a.jpg?imwidth=103&s=signature"
    const list = ["https://img.example.net/b.jpg", "https://img.example.net/c.jpg", small]
    expect(thumbnailCandidates(null, list)).toContain(small)
  })
})
