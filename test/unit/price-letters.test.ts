import { describe, expect, it } from "vitest"

import { charAt, charBefore, CURRENCY_SIGN, isLetter } from "../../src/price/letters"
import { decimalFromValue, parsePrice } from "../../src/price/parse"

describe("character tests of the price parser", () => {
  it("tells letters of every script, with or without a pattern", () => {
    for (const ch of ["a", "Z", "é", "ß", "ж", "ש", "ب", "中", "ก", "\u0301", "𝒜"]) expect(isLetter(ch), ch).toBe(true)
    for (const ch of ["", "1", " ", ".", "$", "€", "×", "٣", "-"]) expect(isLetter(ch), ch).toBe(false)
  })

  it("counts digits of every script with letters", () => {
    for (const ch of ["a", "7", "٣", "²", "ж"]) expect(isLetter(ch, true), ch).toBe(true)
    for (const ch of ["", ".", ",", " ", "€", "_"]) expect(isLetter(ch, true), ch).toBe(false)
  })

  it("knows one currency sign from anything else", () => {
    for (const ch of ["$", "€", "£", "¥", "₹", "₽", "₿"]) expect(CURRENCY_SIGN.test(ch), ch).toBe(true)
    for (const ch of ["", "$$", "€5", "S", "#", "%"]) expect(CURRENCY_SIGN.test(ch), ch).toBe(false)
  })

  it("reads whole characters beyond the basic plane", () => {
    expect(charAt("a𝒜b", 1)).toBe("𝒜")
    expect(charBefore("a𝒜b", 3)).toBe("𝒜")
    expect(charBefore("ab", 0)).toBe("")
    expect(charAt("ab", 2)).toBe("")
  })
})

describe("parsePrice keeps word edges in every script", () => {
  it.each([
    // "от" (from) counts as a word, not inside one ("Кот", a cat).
    ["200 руб. от 300 руб", "300"],
    ["200 руб. Кот 300 руб", "200"],
    // A Latin mark word glued to a letter of another script is no mark.
    ["50 € ab 40 €", "40"],
    ["50 € Мab 40 €", "50"],
    // "Reg." before a currency of another script still marks the regular price.
    ["Reg.円1,200 円980", "980"],
    // Dots after a word are no decimal mark, whatever its script; after a currency they are.
    ["size.99 €", "99"],
    ["रु.500", "500"],
    ["Café.99 €", "99"],
    ["€.99", "0.99"],
    // A month name makes a number a date; a word that only starts like one does not.
    ["Dec 12: 5 €", "5"],
    ["Marché 12 €", "12"],
    ["Janáček 12 €", "12"]
  ])("%s → %s", (text, amount) => {
    expect(parsePrice(text).amount).toBe(amount)
  })
})

describe("structured values keep the same number edges", () => {
  it.each([
    ["Café.99", "99"],
    ["x.5", "5"],
    [".5", "0.5"],
    ["EUR .75", "0.75"]
  ])("%s → %s", (value, amount) => {
    expect(decimalFromValue(value)).toBe(amount)
  })
})

