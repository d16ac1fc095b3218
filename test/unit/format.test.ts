import { describe, expect, it } from "vitest"

import { availabilityLabel, factsLine, formatPrice, priceNote, ratingLine } from "~src/ui/format"

describe("what the popup prints", () => {
  it("formats prices in their currency", () => {
    expect(formatPrice("1299", "EUR", "de-DE")).toBe("1.299,00\u00a0€")
    expect(formatPrice("49.5", "GBP", "en-GB")).toBe("£49.50")
    expect(formatPrice("12000", "KRW", "en-US")).toBe("₩12,000")
    // No currency known: cents still read as cents, whole amounts stay whole.
    expect(formatPrice("17.1", null, "en-US")).toBe("17.10")
    expect(formatPrice("3500", null, "en-US")).toBe("3,500")
    expect(formatPrice("17.1", "XYZ1", "en-US")).toBe("17.10 XYZ1")
    expect(formatPrice(null, "EUR")).toBeNull()
  })

  it("writes a currency with the sign shoppers know, and with its own style where the sign is shared", () => {
    // "RUB 899.00" read as machine-made beside the shop's "899 ₽" (found by a look at the popup).
    expect(formatPrice("899", "RUB", "en-US")).toBe("₽899.00")
    expect(formatPrice("899", "RUB", "ru-RU")).toBe("899,00\u00a0₽")
    expect(formatPrice("32", "PLN", "pl-PL")).toBe("32,00\u00a0zł")
    expect(formatPrice("131990", "KZT", "en-US")).toBe("₸131,990.00")
    // "$", "¥", "kr", "Rs" and "L" name several currencies: the style's own sign says which.
    expect(formatPrice("49", "CAD", "en-US")).toBe("CA$49.00")
    expect(formatPrice("29", "TWD", "en-US")).toBe("NT$29.00")
    expect(formatPrice("29", "CNY", "en-US")).toBe("CN¥29.00")
    expect(formatPrice("299", "SEK", "en-US")).toBe("SEK\u00a0299.00")
    expect(formatPrice("10", "USD", "en-US")).toBe("$10.00")
    expect(formatPrice("63.07", "RON", "de-DE")).toBe("63,07\u00a0RON")
    // Signs shared only in some locales (found by review): Danish "kr.", Japanese "￥", "₩".
    expect(formatPrice("299", "SEK", "da-DK")).not.toBe(formatPrice("299", "DKK", "da-DK"))
    expect(formatPrice("29", "CNY", "ja-JP")).not.toBe(formatPrice("29", "JPY", "ja-JP"))
    expect(formatPrice("1000", "KPW", "en-US")).not.toBe(formatPrice("1000", "KRW", "en-US"))
  })

  it("words ratings and stock for people", () => {
    expect(ratingLine(4.56, 1234, "en-US")).toBe("4.6 out of 5 · 1,234 reviews")
    expect(ratingLine(null, 1, "en-US")).toBe("1 review")
    expect(ratingLine(null, null)).toBeNull()
    expect(availabilityLabel("OutOfStock")).toEqual({ label: "Out of stock", tone: "bad" })
  })

  it("says when a price is an auction's current bid, and only then", () => {
    expect(priceNote("bid")?.label).toBe("Current bid")
    expect(priceNote("bid")?.why).toMatch(/final price may be higher/)
    expect(priceNote("json-ld")).toBeNull()
    expect(priceNote("heuristic")).toBeNull()
    expect(priceNote("opening-bid")?.label).toBe("Starting bid")
    expect(priceNote("opening-bid")?.why).toMatch(/nobody has bid on yet.*final price may be higher/)
    expect(priceNote(undefined)).toBeNull()
    // An auction in stock is still taking bids.
    expect(availabilityLabel("InStock", false, true).label).toBe("Open for bids")
    expect(availabilityLabel("OutOfStock", false, true).label).toBe("Out of stock")
  })

  it("puts price and stock in one line for the side panel", () => {
    const json = { source: "json-ld" as const, confidence: 0.95 }
    const line = (p: Partial<Parameters<typeof factsLine>[0]>, locale?: string) =>
      factsLine({ price: null, listPrice: null, currency: null, availability: null, sources: {}, ...p }, locale)
    expect(line({ price: "49", currency: "GBP", availability: "InStock", sources: { price: json } }, "en-GB")).toBe("£49.00 · In stock")
    expect(line({ price: "49", listPrice: "64", currency: "GBP", availability: "InStock" }, "en-GB")).toBe("£49.00 (was £64.00) · In stock")
    expect(line({ price: "400", currency: "USD", availability: "InStock", sources: { price: { source: "bid", confidence: 0.5 } } }, "en-US")).toBe(
      "$400.00 current bid · Open for bids"
    )
    expect(line({ price: "9.99", currency: "USD", availability: "InStock", sources: { price: { source: "opening-bid", confidence: 0.9 } } }, "en-US")).toBe(
      "$9.99 starting bid · Open for bids"
    )
    // A "from" price is a price to pay, not a bid: its stock reads as stock.
    expect(line({ price: "2900", currency: "KRW", availability: "InStock", sources: { price: { source: "from-price", confidence: 0.75 } } }, "en-US")).toBe(
      "₩2,900 lowest price · In stock"
    )
    expect(line({ availability: "OutOfStock" })).toBe("Out of stock")
    expect(line({})).toBeNull()
  })
})
