import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { ebay } from "~src/sites/ebay"

import { documentFrom } from "../helpers/dom"

// Modelled on auction sites whose JSON-LD Offer carries the opening price while the bidding box
// shows the current bid beside the number of bids.
function product(box: string, offer: Record<string, unknown> = { price: 90, priceCurrency: "USD" }) {
  const url = "https://auctions.example/item/94037710_vintage-leather-bag"
  const ld = { "@context": "https://schema.org", "@type": "Product", name: "Vintage leather flap bag", offers: { "@type": "Offer", ...offer } }
  const html = `<html><body><h1>Vintage leather flap bag</h1>${box}
    <script type="application/ld+json">${JSON.stringify(ld)}</script></body></html>`
  const result = extractProduct(documentFrom(html, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const biddingBox = (price: string, count: string) => `<div class="biddingBox___1hxsH"><div class="status___1CZcC">
  <span class="price___2QlEj">${price}</span><span class="countContainer"><span class="count">${count}</span></span></div>
  <div class="starting">Starting Price $90</div><button>Place bid</button></div>`

describe("an auction's current bid", () => {
  it("is the price, not the opening price the markup carries", () => {
    const p = product(biddingBox("$400", "5 bids"))
    expect(p.price).toBe("400")
    expect(p.currency).toBe("USD")
    expect(p.sources.price?.source).toBe("bid")
  })

  it("is read in other languages' bid counts", () => {
    const p = product(
      `<section class="gebotsBox"><div class="currentBid"><span class="bidPrice">EUR 120,00</span> · 3 Gebote</div></section>`,
      { price: "50.00", priceCurrency: "EUR" }
    )
    expect(p.price).toBe("120")
  })

  it("needs the box to count bids: a price beside a bid button alone is not a bid", () => {
    expect(product(`<div class="bid-panel"><span class="price">$400</span><button>Place bid</button></div>`).price).toBe("90")
  })

  it("ignores a bid shown converted into another currency", () => {
    expect(product(biddingBox("approx. EUR 450,00", "5 bids")).price).toBe("90")
  })

  it("takes the bid, not the estimate, buy-now or struck prices the same box prints", () => {
    const p = product(`<div class="lot-bidding"><span class="estimatePrice">Est. $500 - $700</span>
      <span class="buyNowPrice">Buy now $1,000</span><del class="price">$450</del>
      <span class="currentPrice">$400</span> <span class="bid-count">5 bids</span></div>`)
    expect(p.price).toBe("400")
  })

  it("leaves ordinary shop pages alone: a category of water bottles is no bidding box", () => {
    // WooCommerce writes the product's categories into its wrapper's class.
    const p = product(
      `<div class="product type-product product_cat-bidons instock"><p class="price"><del>15,00 €</del> <ins>12,00 €</ins></p>
        <p>Lot de 2 bidons isothermes</p><button class="single_add_to_cart_button">Ajouter au panier</button></div>`,
      { price: "12.00", priceCurrency: "EUR" }
    )
    expect(p.price).toBe("12")
    expect(p.sources.price?.source).toBe("json-ld")
  })

  it("needs a price beside the count: an auction's bid count alone changes nothing", () => {
    expect(product(`<span class="vi-bidC">0 offerte</span><span class="vi-startin">Prezzo di partenza:</span>`).price).toBe("90")
  })

  it("never lowers the markup's price", () => {
    expect(product(biddingBox("$400", "5 bids"), { price: 500, priceCurrency: "USD" }).price).toBe("500")
  })

  it("leaves a shop adapter's price alone: the adapter knows which box is the bid", () => {
    const url = "https://www.ebay.com/itm/123456789012"
    const html = `<html><body><h1 class="x-item-title__mainTitle">Vintage leather flap bag</h1>
      <div class="x-price-primary">US $51.00</div><div class="vi-bidBox"><span class="vi-price">US $60.00</span> 3 bids</div></body></html>`
    const result = extractProduct(documentFrom(html, url), url, [ebay])
    expect(result.kind === "product" && result.product.price).toBe("51")
  })

  it("calls the price an opening bid while the bidding box counts no bids", () => {
    // eBay's classic item page: the offer's price under "Prezzo di partenza", the count beside it.
    const box = `<div class="u-cb"><div class="vi-bbox-dspn lable vi-startingBidAccColorClass">Prezzo di partenza:</div>
      <div class="u-flL w29 vi-price"><span class="notranslate" id="prcIsum_bidPrice" itemprop="price" content="90">US $90,00</span></div>
      <span class="u-dspblk"><div class="u-flL"><span><a class="vi-bidC" href="/bfl/viewbids/94037710"><span>0</span><span> offerte</span></a></span></div></span></div>`
    const p = product(box)
    expect(p.price).toBe("90")
    expect(p.sources.price?.source).toBe("opening-bid")
  })

  it("keeps a price the bidding area does not print: a buy-now price beside an unbid auction", () => {
    const p = product(`<div class="bid-section"><span class="bid-price">Starting bid $20</span> <span class="bid-count">0 bids</span></div>
      <div class="buy-now"><span class="price">Buy it now $90</span></div>`)
    expect(p.price).toBe("90")
    expect(p.sources.price?.source).toBe("json-ld")
  })

  it("reads ten bids as bids, not as none, and a thousand bids as bids at all", () => {
    const p = product(`<div class="bid-section"><span class="price">$90</span> <span class="bid-count">10 bids</span></div>`)
    expect(p.sources.price?.source).toBe("json-ld")
    expect(product(biddingBox("$400", "1,234 bids")).price).toBe("400")
  })

  it("leaves a fixed price alone where a count of no bids is elsewhere on the page", () => {
    // A sidebar widget: the climb from the count stops at the page's body or main part.
    const aside = `<main><p><del>$120</del> <ins class="price">$90</ins></p></main><aside><div class="widget"><div class="bids">0 bids</div></div></aside>`
    expect(product(aside).sources.price?.source).toBe("json-ld")
    // A similar item's card at the same price.
    const card = `<div class="similar-items"><div class="s-item"><span class="s-item__price">$90.00</span><span class="s-item__bids">0 bids</span></div></div>`
    expect(product(card).sources.price?.source).toBe("json-ld")
    // The bidding area's price in another currency is not this price.
    expect(product(`<div class="bid-panel"><span class="price">£90.00</span> <span class="count">0 bids</span></div>`).sources.price?.source).toBe("json-ld")
  })

  it("calls a shop adapter's price an opening bid too, without changing it", () => {
    const url = "https://www.ebay.com/itm/123456789012"
    const html = `<html><body><h1 class="x-item-title__mainTitle">Vintage leather flap bag</h1>
      <div class="x-price-section"><div class="x-bid-price"><span class="x-price-primary">US $51.00</span></div><div class="x-bid-count"><span>0 bids</span></div></div></body></html>`
    const result = extractProduct(documentFrom(html, url), url, [ebay])
    expect(result.kind === "product" && [result.product.price, result.product.sources.price?.source]).toEqual(["51", "opening-bid"])
  })
})
