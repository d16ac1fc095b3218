import { describe, expect, it } from "vitest"

import { withoutListingBlurb } from "~src/db/listing-blurb"
import type { FieldSource } from "~src/product"

const at = (url: string, name: string, price: string | null = null) => ({ url, name, price })

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

  it("drops a description that only repeats the name", () => {
    expect(withoutListingBlurb("Pult Eglo Fueva-C 32732 Bluetooth", "json-ld", at("https://shop.example/p", "Pult Eglo Fueva-C 32732 Bluetooth"))).toBeNull()
    expect(withoutListingBlurb("Jeans", "json-ld", at("https://shop.example/p", "Jeans awe299"))).toBeNull()
    expect(withoutListingBlurb(" – ", "json-ld", at("https://shop.example/p", "Kettle"))).toBeNull()
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
    expect(withoutListingBlurb("Buy it online", "opengraph", { url: "https://shop.example/p", name: null, price: null })).toBe("Buy it online")
  })
})
