import { CURRENCY_TEXTS, currencyCode, isIsoCurrency } from "./currency"

export interface ParsedPrice {
  /** Canonical decimal string ("1299", "12.99") or null when the text holds no price. */
  amount: string | null
  /** ISO 4217 code, or null when the text names no currency we know. */
  currency: string | null
  /** The currency exactly as the text prints it ("€", "руб.", "US$"). */
  currencyText: string | null
}

// Arabic-Indic, Persian and full-width digits all become ASCII before anything else looks at them.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10]

function asciiDigits(text: string): string {
  let out = ""
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9)
    if (block !== undefined) out += String(code - block)
    else if (ch === "\u066b") out += "." // Arabic decimal separator
    else if (ch === "\u066c") out += "," // Arabic thousands separator
    else if (ch === "\uff0c") out += ","
    else if (ch === "\uff0e") out += "."
    else out += ch
  }
  return out
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

// Alphabetic currency words need word edges ("kr" must not match inside "krone"), symbols do not.
const CURRENCY_RE = new RegExp(
  "(?:" +
    CURRENCY_TEXTS.map((t) => (/^[\p{L}.]+$/u.test(t) ? `(?<![\\p{L}])${escapeRe(t)}(?![\\p{L}])` : escapeRe(t))).join(
      "|"
    ) +
    "|(?<![\\p{L}])[A-Z]{3}(?![\\p{L}])" +
    ")",
  "giu"
)

// A number as shops print it: digits with separators of any locale between them.
const NUMBER_RE = /\d(?:[\d.,'’\u0020\u00a0\u202f\u2009]*\d)?/g

interface Found {
  text: string
  index: number
}

function findCurrency(text: string): Found | null {
  CURRENCY_RE.lastIndex = 0
  for (let m = CURRENCY_RE.exec(text); m; m = CURRENCY_RE.exec(text)) {
    const found = m[0]
    // Three capitals count only when they are a real ISO code ("USD"), not "SALE" or "NEW".
    if (/^[A-Z]{3}$/.test(found) && !isIsoCurrency(found)) continue
    if (/^[a-z]{3}$/i.test(found) && !isIsoCurrency(found.toUpperCase()) && !currencyCode(found)) continue
    return { text: found, index: m.index }
  }
  return null
}

/** Separators of spaces/apostrophes group thousands; a group that is not three digits ends the number. */
function trimSpacedGroups(token: string): string {
  const parts = token.split(/[\u0020\u00a0\u202f\u2009'’]/)
  let out = parts[0] ?? ""
  for (const part of parts.slice(1)) {
    if (!/^\d{3}(?:[.,]\d*)?$/.test(part)) break
    out += part
  }
  return out
}

/** "1.299,00" → "1299.00"; "1,299" → "1299"; "0,5" → "0.5". Returns null for nonsense. */
export function decimalFromNumberText(token: string): string | null {
  const compact = trimSpacedGroups(token).replace(/[.,]+$/, "")
  if (!/^\d[\d.,]*$/.test(compact)) return null
  const lastDot = compact.lastIndexOf(".")
  const lastComma = compact.lastIndexOf(",")
  let intPart: string
  let fracPart = ""
  if (lastDot >= 0 && lastComma >= 0) {
    const sep = lastDot > lastComma ? "." : ","
    const at = Math.max(lastDot, lastComma)
    intPart = compact.slice(0, at).replace(/[.,]/g, "")
    fracPart = compact.slice(at + 1)
    if (fracPart.includes(sep === "." ? "," : ".")) return null
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ","
    const pieces = compact.split(sep)
    const head = pieces[0] ?? ""
    const tail = pieces[pieces.length - 1] ?? ""
    const groupsOfThree = pieces.slice(1).every((p) => p.length === 3)
    if (pieces.length > 2 || (groupsOfThree && head !== "0" && head.length <= 3)) {
      if (!groupsOfThree) return null
      intPart = pieces.join("")
    } else {
      intPart = head
      fracPart = tail
    }
  } else {
    intPart = compact
  }
  return canonicalDecimal(intPart, fracPart)
}

export function canonicalDecimal(intPart: string, fracPart = ""): string | null {
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null
  const int = intPart.replace(/^0+(?=\d)/, "")
  const frac = fracPart.replace(/0+$/, "")
  return frac ? `${int}.${frac}` : int
}

/** Canonical decimal for a structured-data value: 12.5, "12.50", "1,299.00", "12,50". */
export function decimalFromValue(value: unknown): string | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null
    const [i, f] = String(value).split(".")
    return /e/i.test(String(value)) ? null : canonicalDecimal(i ?? "", f ?? "")
  }
  if (typeof value !== "string") return null
  const match = asciiDigits(value).match(NUMBER_RE)
  return match ? decimalFromNumberText(match[0]) : null
}

/**
 * Reads a price as shops print it: "1.299,00 €", "CHF 1'049.95", "¥1,299", "R$ 260,00".
 * When the text names a currency the number closest to it wins; otherwise the first number.
 * `country` (two letters) settles ambiguous symbols such as "$" or "kr".
 */
export function parsePrice(text: string, currencyHint?: string | null, country?: string | null): ParsedPrice {
  const clean = asciiDigits(text).slice(0, 500)
  const currencyFound = findCurrency(clean) ?? (currencyHint ? findCurrency(asciiDigits(currencyHint)) : null)
  const fromHint = currencyFound !== null && !findCurrency(clean)
  NUMBER_RE.lastIndex = 0
  const numbers: Found[] = []
  for (let m = NUMBER_RE.exec(clean); m && numbers.length < 20; m = NUMBER_RE.exec(clean)) {
    numbers.push({ text: m[0], index: m.index })
  }
  let chosen = numbers[0]
  if (currencyFound && !fromHint && numbers.length > 1) {
    const at = currencyFound.index
    const distance = (n: Found) => Math.min(Math.abs(n.index - at), Math.abs(n.index + n.text.length - at))
    chosen = numbers.reduce((best, n) => (distance(n) < distance(best) ? n : best))
  }
  const amount = chosen ? decimalFromNumberText(chosen.text.trim()) : null
  // Without any number, a currency-like word in prose ("Ph. Eur.") is not a price's currency.
  const standsAlone = currencyFound !== null && clean.trim() === currencyFound.text
  const currencyText = chosen || fromHint || standsAlone ? currencyFound?.text ?? null : null
  return { amount, currencyText, currency: currencyCode(currencyText, country) }
}
