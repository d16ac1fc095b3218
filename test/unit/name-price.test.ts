import { describe, expect, it } from "vitest"

import { withoutPrice } from "~src/db/name-price"

describe("a product's own price taken out of its name", () => {
  it.each([
    ["$15 · Casio FX-991ES PLUS C Scientific Calculator", "15", "Casio FX-991ES PLUS C Scientific Calculator"],
    ["Road bike 56 cm - 250 €", "250", "Road bike 56 cm"],
    ["CHF 1'049.95 | Sofa Lund, 3-seater", "1049.95", "Sofa Lund, 3-seater"],
    ["Kinderwagen Teutonia – 120,00 €", "120", "Kinderwagen Teutonia"],
    ["1 299,00 руб. · Велосипед Stels Navigator", "1299", "Велосипед Stels Navigator"],
    ["iPhone 12 - $500", "500", "iPhone 12"]
  ])("%s at %s → %s", (name, price, expected) => {
    expect(withoutPrice(name, price)).toBe(expected)
  })

  it.each([
    // A number without a currency is part of the name.
    ["Size 15 - T-shirt", "15"],
    ["Nike Air Max 90 - Black", "90"],
    // Another amount than the product's price: a discount, a deposit.
    ["$20 off - Casio FX-991ES", "15"],
    ["Casio FX-991ES - $20 deposit", "15"],
    // Words beside the price: a gift card or top-up named after its value, priced at it.
    ["Steam Wallet $20 - Digital Code", "20"],
    ["15 € Gutschein - Amazon", "15"],
    ["Gift Card $25 - Blue", "25"],
    // A range's dash is no separator.
    ["$25 - $100 Gift Card", "25"],
    ["Gift card $10 - $25", "25"],
    // The price alone is no name to shorten, and no price means nothing to compare with.
    ["$15", "15"],
    ["$15 · Casio FX-991ES", null]
  ])("keeps %s at %s", (name, price) => {
    expect(withoutPrice(name, price)).toBe(name)
  })

  it("keeps a missing name missing", () => {
    expect(withoutPrice(null, "15")).toBeNull()
  })
})

// Europe prints the currency after the number, others before it with a space ("US$ 100").
describe("a price range in a name is never cut, whatever side the currency is on", () => {
  it.each([
    ["25 € - 100 € Gutschein", "25"],
    ["Gutschein 25 € - 100 €", "100"],
    ["US$ 25 - US$ 100 Gift Card", "25"],
    ["R$ 25 - R$ 100 Vale-presente", "25"]
  ])("%s at %s stays", (name, price) => {
    expect(withoutPrice(name, price)).toBe(name)
  })
})
