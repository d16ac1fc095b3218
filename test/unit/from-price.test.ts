// A price the shop states as the lowest of several ("from £9", an AggregateOffer's lowPrice, a
// Korean shop's "2,900원~") is shown as such: the option the shopper picks may cost more.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { validatePageResult } from "~src/messages/validate"
import { MESSAGE_VERSION } from "~src/messages/contract"
import type { ProductSnapshot } from "~src/product"

import { documentFrom } from "../helpers/dom"

const URL_ = "https://shop.example.by/pots/taller-tr-1047"

function read(head: string, body = "<h1>Кастрюля TalleR TR-1047</h1>"): ProductSnapshot {
  const result = extractProduct(documentFrom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, URL_), URL_)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}
const ld = (offers: object) =>
  `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Кастрюля TalleR TR-1047", offers })}</script>`

describe("a price stated as the lowest of several", () => {
  it("takes an AggregateOffer's lowPrice below its highPrice as a 'from' price", () => {
    // A price comparison site's offers from several sellers (1k.by).
    const p = read(ld({ "@type": "AggregateOffer", priceCurrency: "BYN", lowPrice: "352.00", highPrice: "376.00", offerCount: 4 }))
    expect(p.price).toBe("352")
    expect(p.sources.price).toEqual({ source: "from-price", confidence: 0.95 })
  })

  it("keeps a price that is the only one as the source's own", () => {
    expect(read(ld({ "@type": "AggregateOffer", priceCurrency: "BYN", lowPrice: "352", highPrice: "352" })).sources.price?.source).toBe("json-ld")
    expect(read(ld({ "@type": "AggregateOffer", priceCurrency: "BYN", lowPrice: "352" })).sources.price?.source).toBe("json-ld")
    // An offer's own price beats its range.
    expect(read(ld({ "@type": "AggregateOffer", priceCurrency: "BYN", price: "360", lowPrice: "352", highPrice: "376" })).sources.price).toEqual({
      source: "json-ld",
      confidence: 0.95
    })
  })

  it("takes an og:price followed by '~' or 起 as a 'from' price, in Korean, Japanese and Chinese", () => {
    const og = (price: string) => `<meta property="og:type" content="product"><meta property="og:title" content="빅사이즈 브라"><meta property="og:price" content="${price}">`
    for (const price of ["2,900원~", "1,000円〜", "1,000円～", "$960 起"]) expect(read(og(price), "").sources.price?.source, price).toBe("from-price")
    expect(read(og("2,900원~"), "").price).toBe("2900")
    expect(read(og("2,900원"), "").sources.price?.source).toBe("opengraph")
  })

  it("takes a price as 'from' when another reading gives the same amount so (og:price '2,900원~' beside JSON-LD's 2900)", () => {
    const og = `<meta property="og:type" content="product"><meta property="og:price" content="2,900원~">`
    const same = read(og + ld({ "@type": "Offer", priceCurrency: "KRW", price: "2900" }))
    expect([same.price, same.sources.price?.source]).toEqual(["2900", "from-price"])
    // Another amount: the JSON-LD's own fixed price stands.
    const other = read(og + ld({ "@type": "Offer", priceCurrency: "KRW", price: "3500" }))
    expect([other.price, other.sources.price?.source]).toEqual(["3500", "json-ld"])
  })

  it("gives way to a price the page checks read instead: an auction's current bid", () => {
    const bid = read(
      ld({ "@type": "AggregateOffer", priceCurrency: "USD", lowPrice: "90", highPrice: "120" }),
      `<h1>Brass clock</h1><div class="biddingBox"><span class="price">$400</span> <span class="count">5 bids</span><button>Place bid</button></div>`
    )
    expect([bid.price, bid.sources.price?.source]).toEqual(["400", "bid"])
  })

  it("passes the background's validation with its source", () => {
    const product = read(ld({ "@type": "AggregateOffer", priceCurrency: "BYN", lowPrice: "352", highPrice: "376" }))
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url: URL_, result: { kind: "product", product, warnings: [] } })
    expect(checked.ok && checked.value.result.kind === "product" && checked.value.result.product.sources.price?.source).toBe("from-price")
  })

  // Found by review: a missing lowPrice, a decimal comma, a second block about the same product.
  const duvet = "https://shop.example.com/products/duvet"
  const product = (node: object) => `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Linen Duvet", ...node })}</script>`
  const at = (head: string, url = duvet) => {
    const result = extractProduct(documentFrom(`<!doctype html><html><head>${head}</head><body><h1>Linen Duvet</h1></body></html>`, url), url)
    if (result.kind !== "product") throw new Error(result.reason)
    return result.product
  }

  it("makes no fixed price a 'from' price because an AggregateOffer beside it had no lowPrice to read", () => {
    const twoBlocks = at(
      product({ sku: "D1", url: duvet, offers: { "@type": "AggregateOffer", priceCurrency: "EUR", lowPrice: null, highPrice: "39.00", offerCount: 3 } }) +
        product({ sku: "D1", offers: { "@type": "Offer", priceCurrency: "EUR", price: "29.00" } })
    )
    expect([twoBlocks.price, twoBlocks.sources.price?.source]).toEqual(["29", "json-ld"])
    const selected = "https://shop.example.com/products/duvet?variant=2"
    const group = at(
      `<script type="application/ld+json">${JSON.stringify({
        "@type": "ProductGroup",
        name: "Linen Duvet",
        offers: { "@type": "AggregateOffer", priceCurrency: "EUR", lowPrice: "", highPrice: "39.00" },
        hasVariant: [
          { "@type": "Product", sku: "D1", url: `${duvet}?variant=1`, offers: { "@type": "Offer", price: "24.00", priceCurrency: "EUR" } },
          { "@type": "Product", sku: "D2", url: selected, offers: { "@type": "Offer", price: "39.00", priceCurrency: "EUR" } }
        ]
      })}</script>`,
      selected
    )
    expect([group.price, group.sources.price?.source]).toEqual(["39", "json-ld"])
  })

  it("reads a highPrice with a decimal comma, and keeps the 'from' of a second block's AggregateOffer", () => {
    const comma = at(product({ offers: { "@type": "AggregateOffer", priceCurrency: "EUR", lowPrice: "352,00", highPrice: "376,00", offerCount: 4 } }))
    expect([comma.price, comma.sources.price?.source]).toEqual(["352", "from-price"])
    const second = at(
      product({ sku: "D1", url: duvet, description: "Stonewashed linen" }) +
        product({ sku: "D1", offers: { "@type": "AggregateOffer", priceCurrency: "EUR", lowPrice: "24.00", highPrice: "39.00", offerCount: 3 } })
    )
    expect([second.price, second.sources.price?.source]).toEqual(["24", "from-price"])
  })
})
