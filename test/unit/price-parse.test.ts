import { describe, expect, it } from "vitest"

import { countryFromHost, currencyCode } from "~src/price/currency"
import { decimalFromValue, parsePrice } from "~src/price/parse"

describe("parsePrice on strings as shops print them", () => {
  it.each([
    ["1.299,00 €", "1299", "EUR", "€"],
    ["1 299,00 руб", "1299", "RUB", "руб"],
    ["CHF 1'049.95", "1049.95", "CHF", "CHF"],
    ["¥1,299", "1299", "JPY", "¥"],
    ["12,000원", "12000", "KRW", "원"],
    ["3,500円", "3500", "JPY", "円"],
    ["R$ 260,00", "260", "BRL", "R$"],
    ["US$:12.99", "12.99", "USD", "US$"],
    ["£39.95", "39.95", "GBP", "£"],
    ["12 590 Kč", "12590", "CZK", "Kč"],
    ["29,90€", "29.9", "EUR", "€"],
    ["$699,000", "699000", "USD", "$"],
    ["٣٤٫٩٩ ر.س", "34.99", "SAR", "ر.س"],
    ["۱۲۰٬۰۰۰ تومان", "120000", "IRR", "تومان"],
    ["0.299 EUR", "0.299", "EUR", "EUR"]
  ])("%s → %s %s", (text, amount, currency, currencyText) => {
    expect(parsePrice(text)).toEqual({ amount, currency, currencyText })
  })

  it("returns nulls for text without a price", () => {
    expect(parsePrice("Pure & IP BP Ph. Eur. USP")).toEqual({ amount: null, currency: null, currencyText: null })
  })

  it("does not take a shouting word for a currency code", () => {
    expect(parsePrice("SALE 19.99").currency).toBeNull()
  })

  it("uses the number next to the currency, not a quantity before it", () => {
    expect(parsePrice("2 for €15.00").amount).toBe("15")
  })

  it("settles an ambiguous symbol with the shop's country", () => {
    expect(parsePrice("$20", null, "au").currency).toBe("AUD")
    expect(parsePrice("99 kr", null, "no").currency).toBe("NOK")
    expect(parsePrice("¥1,000", null, "cn").currency).toBe("CNY")
  })

  it("falls back to a currency named in the hint", () => {
    expect(parsePrice("150", "р.")).toEqual({ amount: "150", currency: "RUB", currencyText: "р." })
  })
})

describe("structured values and currency names", () => {
  it.each([
    [12.5, "12.5"],
    ["12.50", "12.5"],
    ["1,299.00", "1299"],
    ["12,50", "12.5"],
    [0, "0"],
    [-3, null],
    [Number.NaN, null],
    [{}, null]
  ])("decimalFromValue(%j) = %j", (value, expected) => {
    expect(decimalFromValue(value)).toBe(expected)
  })

  it("knows codes, symbols and the country of a host", () => {
    expect(currencyCode("eur")).toBe("EUR")
    expect(currencyCode("XYZ")).toBeNull()
    expect(countryFromHost("www.johnlewis.co.uk")).toBe("gb")
    expect(countryFromHost("shop.example.com")).toBeNull()
  })
})
