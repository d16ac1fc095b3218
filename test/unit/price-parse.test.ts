import { describe, expect, it } from "vitest"

import { countryFromHost, currencyCode, isCurrencyText } from "~src/price/currency"
import { decimalFromNumberText, decimalFromValue, parsePrice } from "~src/price/parse"

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
    ["0.299 EUR", "0.299", "EUR", "EUR"],
    // Lakh and crore grouping, as Indian shops print their prices.
    ["₹1,29,999", "129999", "INR", "₹"],
    ["₹ 12,34,56,789", "123456789", "INR", "₹"],
    ["Rs. 1,29,999", "129999", "INR", "Rs."]
  ])("%s → %s %s", (text, amount, currency, currencyText) => {
    expect(parsePrice(text)).toEqual({ amount, currency, currencyText })
  })

  it("takes a minus before the first number for a discount, not a price, and keeps ranges", () => {
    expect(parsePrice("-$20")).toMatchObject({ amount: null })
    expect(parsePrice("−5,00 €")).toMatchObject({ amount: null })
    expect(parsePrice("-20% 49,99 €")).toMatchObject({ amount: "49.99" })
    expect(parsePrice("10 - 20 €")).toMatchObject({ amount: "10" })
    expect(parsePrice("Art.-Nr. 5")).toMatchObject({ amount: "5" })
    // A dash set apart by spaces separates a label or an option from its price (found by review).
    expect(parsePrice("Price - $49.99")).toMatchObject({ amount: "49.99", currency: "USD" })
    expect(parsePrice("Small - $19.99")).toMatchObject({ amount: "19.99" })
    expect(parsePrice("- $49.99")).toMatchObject({ amount: "49.99" })
    expect(parsePrice("Preis:\n-\n49,99 €")).toMatchObject({ amount: "49.99" })
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

  it("settles an ambiguous symbol with the hinted currency code when the country is unknown", () => {
    // A .com deals site whose offer is in TWD prints "$1200": New Taiwan dollars, not US.
    expect(parsePrice("$1200", "TWD").currency).toBe("TWD")
    expect(parsePrice("$20", "AUD").currency).toBe("AUD")
    // The shop's country still comes first, and an unambiguous symbol keeps its own currency.
    expect(parsePrice("$20", "TWD", "us").currency).toBe("USD")
    expect(parsePrice("€20", "TWD").currency).toBe("EUR")
    expect(parsePrice("$20").currency).toBe("USD")
  })

  it("takes the code printed after the number for the currency the symbol stands for, whatever the shop's country", () => {
    // Shopify's "money with currency" format on a .com shop selling in Canadian dollars or pesos.
    expect(parsePrice("$49.99 CAD", null, "us")).toEqual({ amount: "49.99", currency: "CAD", currencyText: "$" })
    expect(parsePrice("$1,299.00 MXN")).toEqual({ amount: "1299", currency: "MXN", currencyText: "$" })
    expect(parsePrice("€29,99 EUR")).toEqual({ amount: "29.99", currency: "EUR", currencyText: "€" })
    // A code elsewhere in the text names no price's currency, nor one after a slash, which is the
    // next price's (dual-currency shops, found by review), nor one before the number.
    expect(parsePrice("$20 (about 27 CAD)", null, "us").currency).toBe("USD")
    expect(parsePrice("US$ 25.00/CAD 34.00")).toMatchObject({ amount: "25", currency: "USD" })
    expect(parsePrice("€ 49,99/CHF 52,90")).toMatchObject({ amount: "49.99", currency: "EUR" })
  })

  it("takes a code set one space before a symbol for the currency the symbol stands for", () => {
    expect(parsePrice("CAD $49.99", null, "us")).toMatchObject({ amount: "49.99", currency: "CAD" })
    expect(parsePrice("AUD $ 129.00")).toMatchObject({ amount: "129", currency: "AUD" })
    expect(parsePrice("USD $5.00", null, "ca")).toMatchObject({ amount: "5", currency: "USD" })
    // A code further away is another price's ("CAD 34.00 / $25.00" prints two).
    expect(parsePrice("$25.00 (CAD  34.00)", null, "us").currency).toBe("USD")
    // A word in capitals that is also a code is no currency for a symbol it cannot stand for (found by review).
    expect(parsePrice("SHOP ALL $19.99", null, "us")).toMatchObject({ amount: "19.99", currency: "USD" })
    expect(parsePrice("TOP $5", null, "us").currency).toBe("USD")
  })

  it("reads a number glued to a unit as a measure, not as a price's thousands", () => {
    expect(parsePrice("€799 128GB")).toMatchObject({ amount: "799", currency: "EUR" })
    expect(parsePrice("$1 299 500ml")).toMatchObject({ amount: "1299", currency: "USD" })
    // A currency glued to the number is the price's: its thousands stay.
    expect(parsePrice("1 299руб")).toMatchObject({ amount: "1299", currency: "RUB" })
    expect(parsePrice("12 000원")).toMatchObject({ amount: "12000", currency: "KRW" })
    expect(parsePrice("3 500円")).toMatchObject({ amount: "3500", currency: "JPY" })
    expect(parsePrice("1 299zł")).toMatchObject({ amount: "1299", currency: "PLN" })
    expect(parsePrice("1 299 kr")).toMatchObject({ amount: "1299" })
    expect(parsePrice("€799 128 GB")).toMatchObject({ amount: "799" })
    // A word that is no unit is no measure: a currency the table lacks, or a word glued on (found by review).
    expect(parsePrice("1 299din").amount).toBe("1299")
    expect(parsePrice("5 990tg").amount).toBe("5990")
    expect(parsePrice("₹ 1 299onwards").amount).toBe("1299")
    // A unit's letter that begins something else is none: Norway's "m/mva" (with VAT), "w/ contract", "l'unité".
    expect(parsePrice("kr 12 490 m/mva", null, "no")).toMatchObject({ amount: "12490", currency: "NOK" })
    expect(parsePrice("R1 299 w/ contract").amount).toBe("1299")
    expect(parsePrice("CHF 1'299 l'unité").amount).toBe("1299")
  })

  it("reads three decimals in the currencies of 1,000 fils, baisa or millimes", () => {
    // Kuwaiti, Bahraini, Omani and Jordanian dinars and rials, and Tunisia's dinar in French notation.
    expect(parsePrice("12.500 KWD")).toEqual({ amount: "12.5", currency: "KWD", currencyText: "KWD" })
    expect(parsePrice("12.500 د.ك")).toMatchObject({ amount: "12.5", currency: "KWD" })
    expect(parsePrice("BHD 4.750").amount).toBe("4.75")
    expect(parsePrice("OMR 2.500").amount).toBe("2.5")
    expect(parsePrice("JOD 129.990").amount).toBe("129.99")
    expect(parsePrice("29,900 DT", "TND")).toMatchObject({ amount: "29.9", currency: "TND" })
    // The shop's "KD", which is no code, with the offer's currency as the hint.
    expect(parsePrice("KD 12.500", "KWD")).toMatchObject({ amount: "12.5", currency: "KWD" })
    // Grouped thousands with the three decimals, a comma grouping whole dinars, and other
    // currencies' groups, as before (found by review: "1,250 KWD" had read 1.25).
    expect(parsePrice("KWD 1,250.000").amount).toBe("1250")
    expect(parsePrice("1,250 KWD").amount).toBe("1250")
    expect(parsePrice("JOD 1,200").amount).toBe("1200")
    expect(parsePrice("12.500 €").amount).toBe("12500")
    expect(parsePrice("IQD 25,000").amount).toBe("25000")
  })

  it("falls back to a currency named in the hint", () => {
    expect(parsePrice("150", "р.")).toEqual({ amount: "150", currency: "RUB", currencyText: "р." })
  })
})

describe("parsePrice picks the price to pay among several numbers", () => {
  it.each([
    // Ranges give their low end, also when the currency follows only the high end.
    ["19,99 - 29,99 €", "19.99", "€"],
    ["10 to 20 EUR", "10", "EUR"],
    ["$15 – $25", "15", "$"],
    // Not a range: the second number carries its own currency, or is lower than the first.
    ["Size 10 - $29.99", "29.99", "$"],
    ["Pack of 24 - £5.49", "5.49", "£"],
    // "from" prices.
    ["3 colours from 19.90", "19.9", null],
    ["à partir de 12,50 €", "12.5", "€"],
    // Was / now: the current price, unless the current price is a zero placeholder.
    ["Was £45.00 Now £30.00", "30", "£"],
    ["RRP £20 Our price £15", "15", "£"],
    // India's maximum retail price, which shops print before the selling price.
    ["MRP ₹1,999 ₹1,299", "1299", "₹"],
    ["M.R.P.: ₹1,999 ₹1,299", "1299", "₹"],
    ["MRP ₹1,999", "1999", "₹"],
    ["Statt 59,99 € jetzt 39,99 €", "39.99", "€"],
    ["Buy now - 2 pairs, was €30.00, now €24.00", "24", "€"],
    ["Was: $80.00 Now: $0.00", "80", "$"],
    ["You save $12.00 Sale $47.00", "47", "$"],
    ["You save €5,00 – 19,95 €", "19.95", "€"],
    // Percentages and dates are not prices.
    ["-25% 44,90 €", "44.9", "€"],
    ["30% OFF", null, null],
    ["Released March, 2021", null, null],
    ["Order by 14 Feb: 23.50", "23.5", null],
    // A price shown as free costs nothing; prose about free things is no price.
    ["FREE", "0", null],
    ["Gratis!", "0", null],
    ["Free delivery", null, null]
  ])("%s → %s %s", (text, amount, currencyText) => {
    const parsed = parsePrice(text)
    expect(parsed.amount).toBe(amount)
    expect(parsed.currencyText).toBe(currencyText)
  })
})

describe("parsePrice reads separators as shops break them", () => {
  it.each([
    // A decimal mark, a space (a line break in the page) and two digits.
    ["24, 95 zł", "24.95"],
    ["$ 7. 49", "7.49"],
    ["2.450, 75 €", "2450.75"],
    // Space-grouped thousands stop at the decimals: "12.50 300" is two numbers.
    ["12.50 300", "12.5"],
    ["Qty 2 19,99 €", "19.99"],
    // The currency sign as the decimal mark, cents raised after it.
    ["49€99", "49.99"],
    ["12€ 50", "12.5"],
    ["120€ 500", "120"],
    // A bare fraction after a currency or a space.
    ["$.99", "0.99"],
    ["USD ..45", "0.45"]
  ])("%s → %s", (text, amount) => {
    expect(parsePrice(text).amount).toBe(amount)
  })

  it("follows a forced decimal separator, keeping callers without one unchanged", () => {
    expect(parsePrice("1.500 €").amount).toBe("1500")
    expect(parsePrice("1.500 €", null, null, { decimalSeparator: "." }).amount).toBe("1.5")
    expect(parsePrice("1.500 €", null, null, { decimalSeparator: "," }).amount).toBe("1500")
    expect(parsePrice("..12,5", null, null, { decimalSeparator: "," }).amount).toBe("12.5")
    expect(parsePrice("..12,5", null, null, { decimalSeparator: "." }).amount).toBe("0.125")
    expect(parsePrice("75€250", null, null, { decimalSeparator: "€" }).amount).toBe("75.25")
    expect(parsePrice("75€ 250", null, null, { decimalSeparator: "€" }).amount).toBe("75")
    expect(parsePrice("75€250").amount).toBe("75")
  })

  it("reads numbers as text helpers do", () => {
    expect(decimalFromNumberText("1.837, 32")).toBe("1837.32")
    expect(decimalFromNumberText("..75")).toBe("0.75")
    expect(decimalFromNumberText("1.299", ",")).toBe("1299")
    expect(decimalFromNumberText("1 299,00")).toBe("1299")
  })

  it("takes missing text as no price", () => {
    expect(parsePrice(null)).toEqual({ amount: null, currency: null, currencyText: null })
    expect(parsePrice(undefined, "€")).toEqual({ amount: null, currency: "EUR", currencyText: "€" })
  })
})

describe("parsePrice knows currencies of every script", () => {
  it.each([
    ["٥٠٠ د.إ", "500", "AED", "د.إ"],
    ["۲۵۰٬۰۰۰ ریال", "250000", "IRR", "ریال"],
    ["रु ४५०", "450", "INR", "रु"],
    ["75 د.ك", "75", "KWD", "د.ك"],
    ["20 ج.م", "20", "EGP", "ج.م"],
    ["3,500 ل.ل", "3500", "LBP", "ل.ل"],
    ["12 دينار أردني", "12", "JOD", "دينار أردني"],
    ["٩٩ ر.ع.", "99", "OMR", "ر.ع."],
    ["4 500 тг", "4500", "KZT", "тг"],
    ["890 ден", "890", "MKD", "ден"],
    ["1.299 din.", "1299", "RSD", "din."],
    ["149 LEI", "149", "RON", "LEI"],
    ["250 Br", "250", "BYN", "Br"],
    ["S/. 49.90", "49.9", "PEN", "S/."],
    // The sol's sign since 2015, without the dot.
    ["S/ 1,299.00", "1299", "PEN", "S/"],
    ["BZ$ 25", "25", "BZD", "BZ$"],
    ["E£ 120", "120", "EGP", "E£"],
    ["US $ 15.00", "15", "USD", "US $"],
    ["AUD$ 30", "30", "AUD", "AUD"],
    ["₡ 5 000", "5000", "CRC", "₡"],
    ["R1 299.00", "1299", "ZAR", "R"],
    ["1 500 yen", "1500", "JPY", "yen"],
    ["350 บาท", "350", "THB", "บาท"],
    ["PTE 5 000", "5000", "PTE", "PTE"],
    ["12 ₶", "12", null, "₶"],
    ["0.5 BTC", "0.5", null, "BTC"]
  ])("%s → %s %s", (text, amount, currency, currencyText) => {
    expect(parsePrice(text)).toEqual({ amount, currency, currencyText })
  })

  it("reads the rouble's pre-1998 code RUR, which Russian shops and feeds still print, as RUB", () => {
    expect(currencyCode("RUR")).toBe("RUB")
    expect(parsePrice("899 RUR")).toMatchObject({ amount: "899", currency: "RUB" })
  })

  it("settles shared names with the shop's country", () => {
    expect(parsePrice("99 درهم").currency).toBe("AED")
    expect(parsePrice("99 درهم", null, "ma").currency).toBe("MAD")
    expect(parsePrice("45 ريال", null, "qa").currency).toBe("QAR")
    expect(parsePrice("15 دينار").currency).toBeNull()
    expect(parsePrice("15 دينار", null, "jo").currency).toBe("JOD")
    expect(parsePrice("20 francs", null, "sn").currency).toBe("XOF")
    expect(parsePrice("रु 300", null, "np").currency).toBe("NPR")
    // A country paying in another country's currency, a reading with no safe default, a default
    // that is itself one of the country readings.
    expect(currencyCode("francs", "li")).toBe("CHF")
    expect(currencyCode("francs", "cm")).toBe("XAF")
    expect(currencyCode("francs", "fr")).toBeNull()
    expect(currencyCode("$", "ca")).toBe("CAD")
    expect(currencyCode("$", "us")).toBe("USD")
    expect(currencyCode("kr.")).toBe("DKK")
    expect(currencyCode("kr.", "se")).toBe("SEK")
    expect(currencyCode("pesos", "cl")).toBe("CLP")
    expect(currencyCode("pesos")).toBeNull()
  })

  it("does not take words for currencies", () => {
    expect(parsePrice("DIN A4 paper 4,99 €")).toMatchObject({ amount: "4.99", currencyText: "€" })
    expect(parsePrice("jetzt um 19,99 €").currencyText).toBe("€")
    expect(parsePrice("all 3 for 10").currency).toBeNull()
    expect(parsePrice("Din pris: 199,-")).toMatchObject({ amount: "199", currencyText: null })
    expect(parsePrice("2 pound bag").currency).toBeNull()
    expect(parsePrice("2 pounds", null, "gb").currency).toBe("GBP")
    expect(parsePrice("Size R 12").currency).toBeNull()
    expect(parsePrice("price in usd 12").currency).toBe("USD")
    expect(parsePrice("2 990 рублей")).toEqual({ amount: "2990", currency: "RUB", currencyText: "рублей" })
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
    // No table lends Object's own names (found by review).
    for (const name of ["constructor", "toString", "valueOf", "__proto__"]) {
      expect(currencyCode(name)).toBeNull()
      expect(isCurrencyText(name)).toBe(false)
      expect(parsePrice(`12 ${name}`)).toEqual({ amount: "12", currency: null, currencyText: null })
    }
    expect(countryFromHost("www.johnlewis.co.uk")).toBe("gb")
    expect(countryFromHost("shop.example.com")).toBeNull()
  })
})
