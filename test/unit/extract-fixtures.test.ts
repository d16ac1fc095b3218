import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { reasonText } from "~src/extract/reasons"
import { settleProduct } from "~src/extract/settle-product"
import type { ExtractionResult, ProductSnapshot } from "~src/product"

import { fixtureDocument } from "../helpers/dom"

function product(result: ExtractionResult): ProductSnapshot {
  if (result.kind !== "product") throw new Error(`expected a product, got: ${result.reason}`)
  return result.product
}

describe("extraction on pages modelled on real shops", () => {
  it("reads a Shopify product and picks the offer of the variant in the URL", () => {
    const url = "https://northwind-knits.example/products/merino-crew-sweater?variant=40012"
    const p = product(extractProduct(fixtureDocument("shopify-variants.html", url), url))
    expect(p).toMatchObject({
      name: "Merino Crew Sweater",
      brand: "Northwind Knits",
      price: "94",
      currency: "USD",
      availability: "OutOfStock",
      sku: "NK-CREW-NAVY-S",
      image: "https://northwind-knits.example/cdn/shop/products/crew-navy_1024x1024.jpg?v=1699",
      canonicalUrl: "https://northwind-knits.example/products/merino-crew-sweater"
    })
    expect(p.sources.price).toEqual({ source: "json-ld", confidence: 0.95 })
    expect(p.sources.canonicalUrl?.source).toBe("meta")
  })

  it("without a variant in the URL shows the first offer", () => {
    const url = "https://northwind-knits.example/products/merino-crew-sweater"
    const p = product(extractProduct(fixtureDocument("shopify-variants.html", url), url))
    expect(p.price).toBe("89")
    expect(p.availability).toBe("InStock")
  })

  it("finds the Product inside a WooCommerce/Yoast @graph next to other blocks", () => {
    const url = "https://kaffeehaus-berger.example/produkt/espressomaschine-barista-pro/"
    // As the background keeps it (settleProduct): Yoast's graph writes "Siebtr&auml;ger".
    const p = settleProduct(product(extractProduct(fixtureDocument("woocommerce-graph.html", url), url)))
    expect(p).toMatchObject({
      name: "Espressomaschine Barista Pro",
      brand: "Sage",
      description: "Siebträger mit integriertem Mahlwerk.",
      price: "749",
      currency: "EUR",
      currencyText: null,
      availability: "InStock",
      rating: 4.6,
      reviewCount: 27,
      sku: "BP-880",
      gtin: "4006381333931",
      image: "https://kaffeehaus-berger.example/wp-content/uploads/barista-pro.jpg"
    })
  })

  it("repairs CDATA, comments, trailing commas and raw newlines, and skips the hopeless block", () => {
    const url = "https://hearth-home.example/casserole-24"
    const result = extractProduct(fixtureDocument("malformed-jsonld.html", url), url)
    const p = product(result)
    expect(p).toMatchObject({
      name: "Cast Iron Casserole 24cm",
      brand: "Hearth & Home",
      description: "Enamelled cast iron. Oven safe to 260°C.",
      price: "89.95",
      currency: "GBP",
      availability: "LimitedAvailability",
      mpn: "CI-24-RED",
      image: "https://hearth-home.example/media/casserole-24.jpg"
    })
    expect(result.warnings).toContain("JSON-LD block 3 skipped: not valid JSON")
  })

  it("reads microdata with nested offers and ratings, ignoring related products", () => {
    const url = "https://outillage-martin.example/perceuse-visseuse-18v-p-5521.html?utm_source=x"
    const p = product(extractProduct(fixtureDocument("microdata-related.html", url), url))
    expect(p).toMatchObject({
      name: "Perceuse visseuse 18V sans fil",
      brand: "Makita",
      price: "129.9",
      currency: "EUR",
      availability: "InStock",
      sku: "DDF484Z",
      gtin: "0088381749862",
      rating: 4.6,
      reviewCount: 1204,
      image: "https://outillage-martin.example/media/catalog/product/perceuse-18v.jpg",
      canonicalUrl: "https://outillage-martin.example/perceuse-visseuse-18v-p-5521.html"
    })
    expect(p.sources.name?.source).toBe("microdata")
  })

  it("falls back to OpenGraph product tags when a shop prints no schema.org", () => {
    const url = "https://fietsen-devries.example/bel-retro"
    const p = product(extractProduct(fixtureDocument("opengraph-only.html", url), url))
    expect(p).toMatchObject({
      name: "Fietsbel Retro Messing",
      brand: "Crane",
      price: "12.95",
      currency: "EUR",
      availability: "OutOfStock",
      sku: "BEL-0042",
      gtin: "4006381333931"
    })
    expect(p.sources.price?.source).toBe("opengraph")
  })

  it("reads a ProductGroup through the variant the URL selects, rating rescaled to five", () => {
    const url = "https://peak-outfitters.example/p/trail-runner-2?size=10"
    const p = product(extractProduct(fixtureDocument("productgroup-variants.html", url), url))
    expect(p).toMatchObject({
      name: "Trail Runner 2",
      brand: "Peak",
      price: "149.99",
      currency: "CAD",
      availability: "BackOrder",
      sku: "TR2-10",
      rating: 4.4,
      reviewCount: 41
    })
  })

  it("says a category listing is not a product page, and why", () => {
    const url = "https://brew-and-co.example/kettles"
    const result = extractProduct(fixtureDocument("category-listing.html", url), url)
    // The content script sends a code; the background's validator words it (reasons.ts).
    expect(result).toMatchObject({ kind: "not-product", reason: "listing" })
    expect(reasonText("listing")).toMatch(/lists products/)
  })

  it("says an article is not a product page even when it mentions prices", () => {
    const url = "https://brew-and-co.example/journal/descale"
    const result = extractProduct(fixtureDocument("article.html", url), url)
    expect(result).toMatchObject({ kind: "not-product", reason: "none" })
    expect(reasonText("none")).toMatch(/No product found/)
  })
})
