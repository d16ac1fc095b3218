import { describe, expect, it } from "vitest"

import { withoutListingBlurb } from "~src/db/listing-blurb"
import type { FieldSource } from "~src/product"

const at = (url: string, name: string, price: string | null = null, brand: string | null = null) => ({ url, name, price, brand })

describe("a shop's SEO template is not the product's description", () => {
  it.each<[string, FieldSource, ReturnType<typeof at>]>([
    // eBay's meta description, in two locales, and its title-shaped one.
    [
      "Find many great new & used options and get the best deals for Brass Garden Tap 1/2 inch at the best online prices at eBay! Free shipping for many products!",
      "opengraph",
      at("https://www.ebay.co.uk/itm/1234", "Brass Garden Tap 1/2 inch", "8.99")
    ],
    ["Le migliori offerte per Orsetto di peluche sono su eBay ✓ Confronta prezzi e caratteristiche di prodotti nuovi e usati", "opengraph", at("https://www.ebay.it/itm/55", "Orsetto di peluche")],
    ["Wool Beanie Hat | Clothes, Shoes & Accessories, Men | eBay!", "opengraph", at("https://www.ebay.com/itm/9", "Wool Beanie Hat")],
    // Zalando writes it into its JSON-LD, with the price and the day it was generated.
    [
      "Acme Runner 2 - Trainers - white for €59.95 (2026-11-02) Free delivery for orders over €24.90",
      "json-ld",
      at("https://www.zalando.ie/acme-runner.html", "Runner 2 - Trainers - white", "59.95")
    ],
    ["Tilaa Acme RUNNER - Lenkkarit - white : 59,95 € (2026-11-02) Zalandolta.", "json-ld", at("https://www.zalando.fi/acme.html", "RUNNER - Lenkkarit - white", "59.95")],
    // The price and the shop, no pitch word: a meta description needs one mark.
    ["Whiskyglas »Hamburg« (2-tlg), bleifrei für 24,99€. Set in Geschenkröhre bei OTTO", "opengraph", at("https://www.otto.de/p/whiskyglas-1", "Whiskyglas »Hamburg« (2-tlg), bleifrei", "24.99")],
    ["Servietten OSTERHASE jetzt online bei Jumbo.ch bestellen", "opengraph", at("https://www.jumbo.ch/de/p/1", "Servietten OSTERHASE")],
    ["Achetez votre Housse de coussin lin - gris sur 3 SUISSES. Sélection faite pour vous !", "opengraph", at("https://www.3suisses.fr/p/1", "Housse de coussin lin - gris")],
    ["Выберите Чайник Acme K-1 1,7 л в интернет-магазине по отзывам, характеристикам, ценам. Купите Чайник Acme K-1 1,7 л на Маркете!", "microdata", at("https://market.yandex.ru/product/1", "Чайник Acme K-1 1,7 л")],
    ["تسوق Kids Tea Set لون وردي مع ✓ خدمة توصيل مجاني", "opengraph", at("https://www.namshi.com/buy-kids-tea-set.html", "Kids Tea Set")],
    ["Acme T15 Price in India (2026): ₹949. Check Acme T15 Specs And Reviews. Compare Acme T15 Prices.", "json-ld", at("https://www.prices.example/acme-t15", "Acme T15", "949")]
  ])("%s", (description, source, product) => {
    expect(withoutListingBlurb(description, source, product)).toBeNull()
  })

  it("reads the price only where the shop printed it, not across a count before it", () => {
    expect(withoutListingBlurb("Acme Glasses set of 2 49,99 €", "opengraph", at("https://shop.example/p", "Acme Glasses set of 2", "49.99"))).toBeNull()
    expect(withoutListingBlurb("Acme Sofa 1 299,00 €", "opengraph", at("https://shop.example/p", "Acme Sofa", "1299"))).toBeNull()
  })

  it("drops a description that only repeats the name", () => {
    expect(withoutListingBlurb("Pult Eglo Fueva-C 32732 Bluetooth", "json-ld", at("https://shop.example/p", "Pult Eglo Fueva-C 32732 Bluetooth"))).toBeNull()
    expect(withoutListingBlurb("Jeans", "json-ld", at("https://shop.example/p", "Jeans awe299"))).toBeNull()
    expect(withoutListingBlurb(" – ", "json-ld", at("https://shop.example/p", "Kettle"))).toBeNull()
    // Whole words only: "Red" is no word of "Shredder".
    expect(withoutListingBlurb("Red", "json-ld", at("https://shop.example/p", "Shredder Acme 5"))).toBe("Red")
  })

  it.each<[string, FieldSource, ReturnType<typeof at>]>([
    // Copy that names the product, as good copy does.
    ["PELARBOJ LED table lamp - multicolour. Children can pick one colour or let the light change between seven.", "json-ld", at("https://www.ikea.com/p/1", "PELARBOJ LED table lamp - multicolour", "19.99")],
    // The name and the price, then what the ticket includes: one mark in structured data is copy.
    ["只要960元起，即可享有【劇場】《星期二的課》〈含單人票一張，場次時間：3/19 19:30〉", "json-ld", at("https://www.gomaji.com/store/1", "《星期二的課》", "960")],
    // A pitch word, but not around the product's name.
    ["Order before noon and this kettle boils a litre in three minutes.", "opengraph", at("https://shop.example/p", "Gooseneck Kettle")],
    // The shop's name inside another word is not the shop ("bottom" on otto.de).
    ["Kommode Lund mit Schubladen, bottom drawer soft-close, Eiche.", "opengraph", at("https://www.otto.de/p/1", "Kommode Lund")],
    // A brand's own shop names itself in its copy.
    ["LEGO Star Wars X-Wing 75301: build the iconic LEGO starfighter with its pilot.", "opengraph", at("https://www.lego.com/p/75301", "X-Wing 75301", "49.99", "LEGO")],
    ["The Nike Air Max 90 stays true to its running roots with the Waffle sole.", "opengraph", at("https://www.nike.com/t/air-max-90", "Nike Air Max 90", "139.99")],
    // Pitch words the name carries itself, and one pitch word alone.
    ["Harry Potter and the Order of the Phoenix is the fifth novel in the series.", "opengraph", at("https://books.example/p/1", "Harry Potter and the Order of the Phoenix")],
    ["Shop Vac 5 Gallon wet/dry vacuum: buy once, clean for years.", "json-ld", at("https://tools.example/p/1", "Shop Vac 5 Gallon")],
    ["Mario Kart 8 Deluxe: race online with up to 12 players.", "opengraph", at("https://games.example/p/1", "Mario Kart 8 Deluxe")],
    ["Sofa Oslo, made to order in 8 weeks.", "opengraph", at("https://sofas.example/p/1", "Sofa Oslo")],
    // A word that only begins with the shop's name, or the name as an ordinary word.
    ["Ottoman storage bench Lund, oak, with a lid.", "opengraph", at("https://www.otto.de/p/1", "storage bench Lund")],
    ["A very soft Wool Throw in grey.", "opengraph", at("https://www.very.co.uk/p/1", "Wool Throw")],
    ["Very soft Wool Throw in grey. Very warm too.", "opengraph", at("https://www.very.co.uk/p/1", "Wool Throw")],
    // A number equal to the price but no currency beside it is no price.
    ["Puzzle Gin 500 with 500 pieces, 50 x 70 cm, a gift for every gin fan.", "opengraph", at("https://shop.example/p", "Puzzle Gin 500", "500")]
  ])("keeps %s", (description, source, product) => {
    expect(withoutListingBlurb(description, source, product)).toBe(description)
  })

  it("keeps long copy even when it says buy and names the product", () => {
    const copy = `Buy the Acme Kettle: ${"a gooseneck spout for a slow, even pour and a base that keeps water at temperature. ".repeat(8)}`
    expect(withoutListingBlurb(copy, "opengraph", at("https://shop.example/p", "Acme Kettle"))).toBe(copy)
  })

  it("leaves a product without a name or description as it is", () => {
    expect(withoutListingBlurb(null, "opengraph", at("https://shop.example/p", "Kettle"))).toBeNull()
    expect(withoutListingBlurb("Buy it online", "opengraph", { url: "https://shop.example/p", name: null, price: null, brand: null })).toBe("Buy it online")
  })
})
