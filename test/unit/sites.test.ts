// Every site adapter proves its selectors on the fixture pages it names (house rule: evidence
// with every selector). A row in the registry without evidence, or a fixture that no longer
// gives what a shopper sees, fails here.
import { existsSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { johnlewis } from "~src/sites/johnlewis"
import { readAdapter } from "~src/sites/read"
import { adapterFor as choose } from "~src/sites/choose"
import { ADAPTERS } from "~src/sites/registry"

import { settleProduct } from "~src/extract/settle-product"
import { settleReviews } from "~src/extract/settle-review"
import { SITE_EVIDENCE } from "~src/sites/evidence"
import type { SiteAdapter } from "~src/sites/types"

import { documentFrom, fixtureHtml } from "../helpers/dom"

const evidenceOf = (adapter: SiteAdapter) => SITE_EVIDENCE[adapter.id] ?? []
const adapterFor = (host: string, doc: Document) => choose(host, doc, ADAPTERS)

const siteFixture = (name: string) => fixtureHtml(`../sites/${name}`)
const adapterNamed = (id: string) => ADAPTERS.find((a) => a.id === id)!

/** The extraction of a page that must be a product (its reason is the failure otherwise). */
function extracted(doc: Document, url: string, adapters: readonly SiteAdapter[]) {
  const result = extractProduct(doc, url, adapters)
  if (result.kind !== "product") throw new Error(result.reason)
  return result
}

describe.each(ADAPTERS.map((a) => [a.id, a] as const))("site adapter %s", (_id, adapter) => {
  it("names its spec table, if at all, with a valid selector", () => {
    if (adapter.specsIn) expect(() => documentFrom("<html></html>", "https://shop.example/").querySelector(adapter.specsIn!)).not.toThrow()
  })

  it("names at least one fixture as evidence, and each exists", () => {
    expect(evidenceOf(adapter).length).toBeGreaterThan(0)
    for (const e of evidenceOf(adapter)) expect(existsSync(new URL(`../fixtures/sites/${e.fixture}`, import.meta.url)), e.fixture).toBe(true)
  })

  it.each(evidenceOf(adapter).map((e) => [e.fixture, e] as const))("reads %s as a shopper sees it", (_f, evidence) => {
    const doc = documentFrom(siteFixture(evidence.fixture), evidence.url)
    expect(adapterFor(new URL(evidence.url).hostname, doc)?.id).toBe(adapter.id)
    // What the shop's own content script carries: the core and this one adapter.
    const result = extracted(doc, evidence.url, [adapter])
    // As the shopper gets it: settled by the background (settle-product.ts; a review's ISO date and id).
    const kept = settleProduct(result.product)
    expect(kept).toMatchObject(evidence.expect)
    if (evidence.reviews) {
      const { reviews } = kept
      expect(reviews).toHaveLength(evidence.reviews.count)
      expect(reviews[0]).toMatchObject(evidence.reviews.first)
    }
  })
})

describe("a shop's specs", () => {
  it.each([
    ["ebay-classic.html", "https://www.ebay.ie/itm/223820586800", ["Condition", "Occasion", "Material", "Brand", "MPN"]],
    ["ebay-current.html", "https://www.ebay.com/itm/vintage-film-camera/394112233445", ["Condition", "Brand", "Model", "MPN"]],
    ["amazon-de-coreprice.html", "https://www.amazon.de/dp/B0TESTWARM", ["Hersteller", "Modellnummer", "ASIN"]],
    ["johnlewis-spec-code.html", "https://www.johnlewis.com/fernhill-merino-crew-neck-jumper/navy/p6123456", ["Brand", "Material", "Product Code"]],
    ["johnlewis-delivery-table.html", "https://www.johnlewis.com/ridleys-gin-lover-jigsaw-puzzle-500-pieces/p3897500", ["Brand", "Number of pieces", "Product code"]]
  ])("in %s are its own spec sections, not its search form, postage, countdown or comparison tables", (fixture, url, names) => {
    const result = extractProduct(documentFrom(siteFixture(fixture), url), url, ADAPTERS)
    expect(result.kind === "product" && result.product.specs.map((s) => s.name)).toEqual(names)
  })
})

describe("adapter choice", () => {
  it("matches shop hosts in every locale and nothing else", () => {
    const doc = documentFrom("<html></html>", "https://example.com/")
    expect(adapterFor("www.amazon.co.jp", doc)?.id).toBe("amazon")
    expect(adapterFor("smile.amazon.de", doc)?.id).toBe("amazon")
    expect(adapterFor("www.ebay.com.au", doc)?.id).toBe("ebay")
    expect(adapterFor("notamazon.com", doc)).toBeNull()
    expect(adapterFor("amazon.com.evil.example", doc)).toBeNull()
  })

  it.each([
    ["www.walmart.ca", "walmart", "walmart.com.evil.example"],
    ["www.target.com", "target", "target.com.au"],
    ["www.bestbuy.ca", "bestbuy", "notbestbuy.com"],
    ["de.aliexpress.com", "aliexpress", "aliexpress.com.evil.example"],
    ["www.etsy.com", "etsy", "etsy.com.evil.example"],
    ["www.ikea.com", "ikea", "myikea.com"],
    ["en.zalando.de", "zalando", "zalando-lounge.de"],
    ["www.johnlewis.com", "johnlewis", "johnlewis.com.evil.example"],
    ["www.argos.co.uk", "argos", "argos.co.uk.evil.example"],
    ["www.emag.hu", "emag", "notemag.ro"],
    ["www.otto.de", "otto", "otto.de.evil.example"],
    ["www.eduscho.at", "tchibo", "tchibo.com.tr"],
    ["npcitem.jd.hk", "jd", "notjd.com"],
    ["detail.tmall.hk", "tmall", "taobao.com.evil.example"]
  ])("%s is %s; %s is nothing", (host, id, lookAlike) => {
    const doc = documentFrom("<html></html>", "https://example.com/")
    expect(adapterFor(host, doc)?.id).toBe(id)
    expect(adapterFor(lookAlike, doc)).toBeNull()
  })

  it("recognises a Shopify store on any domain by its markup, and only then", () => {
    const store = documentFrom('<html><head><meta name="shopify-checkout-api-token" content="x"></head></html>', "https://shop.example/")
    const cdn = documentFrom('<html><head><script src="//cdn.shopify.com/s/files/1/1/t/1/assets/theme.js"></script></head></html>', "https://shop.example/")
    const other = documentFrom('<html><head><script src="https://cdn.shopify.com.evil.example/x.js"></script><img src="https://shopify.example/cdn.png"></head></html>', "https://shop.example/")
    expect(adapterFor("shop.example", store)?.id).toBe("shopify")
    expect(adapterFor("shop.example", cdn)?.id).toBe("shopify")
    expect(adapterFor("shop.example", other)).toBeNull()
    // A host adapter wins over platform detection.
    expect(adapterFor("www.etsy.com", store)?.id).toBe("etsy")
  })
})

describe("Amazon's reviews from other countries", () => {
  it("keep the words and title as written after the shopper has them translated", () => {
    const url = "https://www.amazon.de/dp/B0TESTWARM"
    // Amazon fills the translation in and hides the original beside it.
    const html = siteFixture("amazon-de-coreprice.html")
      .replace('<span class="cr-original-review-content">Warm in minutes</span><span class="cr-translated-review-content aok-hidden"></span>', '<span class="cr-original-review-content aok-hidden">Warm in minutes</span><span class="cr-translated-review-content">In Minuten warm</span>')
      .replace(
        '<span class="cr-translated-review-content aok-hidden"></span></div>',
        '<span class="cr-translated-review-content">Heizt das Gästezimmer in Minuten, und der Thermostat hält die Wärme.</span></div>'
      )
    expect(html).toContain("In Minuten warm")
    expect(html).toContain("Heizt das Gästezimmer")
    const [review] = extracted(documentFrom(html, url), url, [adapterNamed("amazon")]).product.reviews
    expect([review?.title, review?.body]).toEqual(["Warm in minutes", "Heats the spare room in minutes and the thermostat holds it there."])
  })
})

describe("John Lewis product code", () => {
  it("reads the code the page prints, not the per-size id JSON-LD calls sku", () => {
    const url = "https://www.johnlewis.com/fernhill-merino-crew-neck-jumper/navy/p6123456"
    const doc = documentFrom(siteFixture("johnlewis-spec-code.html"), url)
    expect(readAdapter(johnlewis, doc, url, null, () => []).sku).toBe("81234567")
  })
})

describe("Argos's page state", () => {
  const url = "https://www.argos.co.uk/product/8412763"
  const readAll = (html: string, at = url) => extracted(documentFrom(html, at), at, [adapterNamed("argos")])
  const read = (html: string, at = url) => readAll(html, at).product

  it("says sold out when the product is out of stock everywhere, whatever the microdata's offer says", () => {
    const html = siteFixture("argos-state.html")
      .replace('"globallyOutOfStock":false', '"globallyOutOfStock":true')
      .replace('<span itemprop="priceCurrency" content="GBP"></span>', '<span itemprop="priceCurrency" content="GBP"></span><link itemprop="availability" href="https://schema.org/InStock">')
    expect(read(html).availability).toBe("OutOfStock")
  })

  it("is another product's after a move within the shop: its brand, was price and reviews are not this one's", () => {
    const other = "https://www.argos.co.uk/product/9120044"
    const html = siteFixture("argos-state.html").replace('<span itemprop="name" data-test="product-title">Habitat Folding 2 Step Stool - Grey', '<span itemprop="name" data-test="product-title">Addis Ironing Board')
    const product = read(html, other)
    expect(product.name).toBe("Addis Ironing Board")
    expect([product.brand, product.listPrice, product.reviews]).toEqual([null, null, []])
  })

  it("that is not JSON, or is too large to read, leaves the page's own markup, quietly", () => {
    const broken = siteFixture("argos-state.html").replace('"brand":"Habitat",', '"brand":"Habitat",broken:')
    const huge = siteFixture("argos-state.html").replace('"productName":', `"padding":"${"x".repeat(4_000_001)}","productName":`)
    for (const html of [broken, huge]) {
      const { product, warnings } = readAll(html)
      expect([product.name, product.price, product.brand, product.reviews.length]).toEqual(["Habitat Folding 2 Step Stool - Grey", "18", null, 0])
      expect(warnings).toEqual([])
    }
  })

  it("reads undefined in lists as well as in fields", () => {
    const html = siteFixture("argos-state.html").replace('"inProgress":[]', '"inProgress":[undefined,1,undefined]')
    expect(html).toContain("[undefined,1,undefined]")
    expect(read(html).brand).toBe("Habitat")
  })
})

describe("Walmart's __NEXT_DATA__", () => {
  const walmart = adapterNamed("walmart")
  const read = (url: string, html = siteFixture("walmart-nextdata.html")) => extracted(documentFrom(html, url), url, [walmart]).product

  it("is read when it names no item, or the address's with leading zeros", () => {
    const html = siteFixture("walmart-nextdata.html")
    for (const [from, to] of [['"usItemId":"5551234567",', ""], ['"usItemId":"5551234567"', '"usItemId":5551234567']]) {
      const url = "https://www.walmart.com/ip/Harborline-12-Cup-Programmable-Coffee-Maker-Black/005551234567"
      const product = read(url, html.replace(from!, to!))
      expect([product.mpn, product.reviews.length]).toEqual(["HL-CM12B", 2])
    }
  })

  it("is the first item's after a move within the shop: its codes and reviews are not the next item's", () => {
    const product = read("https://www.walmart.com/ip/Harborline-5-Cup-Compact-Coffee-Maker/5559990001")
    expect([product.sku, product.gtin, product.mpn, product.reviews]).toEqual(["5559990001", null, null, []])
  })

  it("gives review dates as month/day/year, read as such only on walmart.com", () => {
    const path = "/ip/Harborline-12-Cup-Programmable-Coffee-Maker-Black/5551234567"
    expect(settleReviews(read(`https://www.walmart.com${path}`).reviews).map((r) => r.date)).toEqual(["2023-06-02", "2023-07-15"])
    // Elsewhere "6/2/2023" alone could be either; the background leaves it unread rather than guess,
    // unless its list shows the month first ("7/15/2023" beside it).
    const elsewhere = read(`https://www.walmart.ca${path}`).reviews
    expect(elsewhere.map((r) => r.date)).toEqual(["6/2/2023", "7/15/2023"])
    expect(settleReviews(elsewhere.slice(0, 1)).map((r) => r.date)).toEqual([null])
    expect(settleReviews(elsewhere).map((r) => r.date)).toEqual(["2023-06-02", "2023-07-15"])
  })

  it("are kept once when the page's JSON-LD lists them too, under Walmart's ids", () => {
    const url = "https://www.walmart.com/ip/Harborline-12-Cup-Programmable-Coffee-Maker-Black/5551234567"
    const jsonLd = {
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Harborline 12-Cup Programmable Coffee Maker, Black",
      review: [{ "@type": "Review", author: { "@type": "Person", name: "BrewMom" }, datePublished: "2023-06-02", reviewRating: { "@type": "Rating", ratingValue: 5 }, reviewBody: "The timer works every morning and the carafe does not drip." }]
    }
    const html = siteFixture("walmart-nextdata.html").replace("</head>", `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>`)
    expect(settleReviews(read(url, html).reviews).map((r) => [r.id, r.author, r.verified])).toEqual([
      ["318872211", "BrewMom", true],
      ["318990457", "Dale", false]
    ])
  })
})

describe("eMAG reviews", () => {
  it("tell a verified order from another, and read the stars from their class and the shown vote count (with the shopper's own vote)", () => {
    const url = "https://www.emag.ro/fierbator-electric-arctic-steel-ak-1700/pd/DZX12ABBM/"
    const { product } = extracted(documentFrom(siteFixture("emag-reviews.html"), url), url, [adapterNamed("emag")])
    expect(settleReviews(product.reviews).map((r) => [r.rating, r.verified, r.helpfulVotes, r.date])).toEqual([
      [5, true, 3, "2020-01-23"],
      [4, false, 1, "2019-11-05"]
    ])
  })
})

describe("John Lewis reviews", () => {
  const url = "https://www.johnlewis.com/ridleys-gin-lover-jigsaw-puzzle-500-pieces/p3897500"
  const reviewsOf = (doc: Document) => settleReviews(extracted(doc, url, [johnlewis]).product.reviews)

  it("are read from <jl-reviews>'s open shadow root, where Chrome's own shadow DOM draws them", () => {
    const html = siteFixture("johnlewis-delivery-table.html")
    const doc = documentFrom(html, url)
    const host = doc.querySelector("jl-reviews")!
    // The component's own drawing moved into its shadow root; without the polyfill the classes
    // carry no "style-scope", and the page holds none of it.
    const shadow = host.attachShadow({ mode: "open" })
    shadow.append(...host.childNodes)
    for (const el of shadow.querySelectorAll("[class]")) el.setAttribute("class", el.getAttribute("class")!.replace(/ ?style-scope jl-reviews/, ""))
    expect(doc.body.textContent).not.toContain("Pieces too thin")
    expect(reviewsOf(doc).map((r) => [r.author, r.rating, r.title, r.date])).toEqual([
      ["MarshGin", 5, "Fun for gin lovers", "2020-05-21"],
      ["Puzzler22", 3, "Pieces too thin", "2021-01-02"]
    ])
  })

  it("are none while the component has drawn nothing, and the summary's stars are no review", () => {
    const html = siteFixture("johnlewis-delivery-table.html").replace(/<div class="Review_Review__1wnSi[^]*<\/section>\s*<\/jl-reviews>/, "</div></section></jl-reviews>")
    expect(html).toContain("Average rating from 2 reviews")
    expect(reviewsOf(documentFrom(html, url))).toEqual([])
  })
})

describe("Amazon reviews in the current layout", () => {
  it("reads the collapsible body without its Read more toggle, and the badge without a link as verified", () => {
    const url = "https://www.amazon.com/Trailmate-Rolling-Duffel/dp/B0TESTDUF1"
    const second = extracted(documentFrom(siteFixture("amazon-com-classic.html"), url), url, [adapterNamed("amazon")]).product.reviews[1]
    expect(second).toMatchObject({ id: "R2TESTREVIEW2", verified: true, rating: 2, title: "Zipper broke" })
    expect(second?.body).toBe("The main zipper split after a month. <b>Not</b> great.")
  })
})

describe("a Shopify store's options", () => {
  const url = "https://www.saltmarshcandles.example/products/sea-fig-soy-candle"
  const offers = [
    { "@type": "Offer", sku: "SMC-SEAFIG-S", price: "16.00", priceCurrency: "GBP", availability: "https://schema.org/OutOfStock", url: `${url}?variant=40123456789012` },
    { "@type": "Offer", sku: "SMC-SEAFIG-L", price: "24.00", priceCurrency: "GBP", availability: "https://schema.org/InStock", url: `${url}?variant=40123456789013` }
  ]
  const withLd = (html: string) =>
    html.replace("</head>", `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name: "Sea Fig Soy Candle", offers })}</script></head>`)
  const read = (html: string) => extracted(documentFrom(html, url), url, ADAPTERS).product.variants

  it("are named from the theme's product JSON, where the JSON-LD offers give codes only", () => {
    const variants = read(withLd(siteFixture("shopify-debut-variant.html")))
    expect(variants.map((v) => [v.name, v.availability])).toEqual([
      ["Small (180g)", "OutOfStock"],
      ["Large (400g)", "InStock"]
    ])
  })

  it("are the JSON-LD offers, with their stock, where the theme prints no product JSON", () => {
    const html = withLd(siteFixture("shopify-debut-variant.html").replace(/<script type="application\/json" id="ProductJson[^]*?<\/script>/, ""))
    const variants = read(html)
    expect(variants.map((v) => [v.name, v.sku, v.availability])).toEqual([
      [null, "SMC-SEAFIG-S", "OutOfStock"],
      [null, "SMC-SEAFIG-L", "InStock"]
    ])
  })

  it("are not another product's, whose JSON a featured-product or quick-view section prints", () => {
    const other = withLd(siteFixture("shopify-debut-variant.html").replace('"handle":"sea-fig-soy-candle"', '"handle":"wild-mint-soy-candle"'))
    expect(other).toContain('"handle":"wild-mint-soy-candle"')
    expect(read(other).map((v) => v.name)).toEqual([null, null])
  })

  it("are none for a product with its default variant only", () => {
    const single = siteFixture("shopify-debut-variant.html").replace(/"variants":\[(\{[^]*?\}),\{"id":40123456789013[^]*?\}\]\}<\/script>/, '"variants":[$1]}</script>')
    expect(single).not.toContain("40123456789013,")
    expect(read(single)).toEqual([])
  })
})

describe("a Shopify store's own prices", () => {
  // Shopify's analytics snippet lists every variant's price but no stock: it names the shown one
  // only through the address, or by being the only one.
  const page = siteFixture("shopify-group-first-sold-out.html").replace(/<script type="application\/json" data-selected-variant>[^]*?<\/script>/, "")
  const base = "https://lumenbotanics.example/products/argan-face-oil"
  const read = (url: string) => extracted(documentFrom(page, url), url, ADAPTERS).product

  it("are the variant's the address names, over the JSON-LD's", () => {
    expect(page).not.toContain("data-selected-variant")
    expect(read(`${base}?variant=4102`)).toMatchObject({ price: "34", sku: "ARG-30", sources: { price: { source: "adapter" } } })
  })

  it("are not the snippet's first variant, which need not be the one the page shows", () => {
    expect(read(base).sources.price?.source).not.toBe("adapter")
  })
})

describe("Zalando's sizes", () => {
  const url = "https://www.zalando.co.uk/tommy-hilfiger-crossover-bag-pink-to153i01e-j11.html"
  it("are named as the size picker names them: a number with its system, a word alone", () => {
    const html = siteFixture("zalando-vegas.html")
      .replace('"local":"40","local_type":"EU"', '"local":"One Size","local_type":"UK"')
      .replace('"local":"41","local_type":"EU"', '"local":"6.5","local_type":"UK"')
    expect(extracted(documentFrom(html, url), url, ADAPTERS).product.variants.map((v) => [v.name, v.availability])).toEqual([
      ["One Size", "OutOfStock"],
      ["UK 6.5", "InStock"]
    ])
  })
})
