import { AVAILABILITIES, STOCK_IN, STOCK_OUT, type Availability } from "../product"
import { isString, squish, toLower, trim } from "../price/letters"

const MAX_TEXT = 2000

/** Collapses white space, drops control characters and caps length: page text is untrusted. */
export function cleanText(value: unknown, max = MAX_TEXT): string | null {
  if (typeof value === "number" && Number.isFinite(value)) value = String(value)
  if (!isString(value)) return null
  // Private-use characters are icon-font glyphs (a heart, a cart) that no text means; Amazon's
  // invisible left-to-right and right-to-left marks ("\u200eBrand") are no part of a word either.
  // HTML entities a shop left in its data are decoded as the background settles the product
  // (entities.ts), whose table cost the 60 KB content script (issue #3) 560 bytes; the ones the
  // readings here compare or parse are decoded first: "&amp;" (a name's "Black &amp; Decker" is
  // the same product as "Black & Decker"), "&quot;" (a name's 27&quot; beside the heading's 27"),
  // a number's ("&#8211;", "&#x20AC;549", "&#129528;"; one past Unicode's last is some other
  // character, not an error), "&nbsp;" (a placeholder, or a price's "1&nbsp;299,00"), "&euro;" and
  // "&pound;". Found by review.
  const text = squish(
    value
      .replace(/&(?:#(\d{1,7}|x[\da-f]{1,6})|(amp)|(quot)|(euro)|(pound)|nbsp);/gi, (_, code, amp, quot, euro, pound) =>
        code ? String.fromCodePoint(+`0${code}` % 1114112) : amp ? "&" : quot ? '"' : euro ? "€" : pound ? "£" : " "
      )
      .replace(/[\u200e\u200f]/g, "")
      .replace(/[\u0000-\u001f\u007f\ue000-\uf8ff]+/g, " ")
  )
  if (!text) return null
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

// Words other than the schema.org names themselves, which normalizeAvailability matches in any
// case first ("instock", "OutOfStock", "soldout").
const AVAILABILITY_WORDS: Record<string, Availability | null> = {
  // No prototype: a page's availability "constructor" is no stock status (it found Object's function).
  __proto__: null,
  available: STOCK_IN,
  "available for order": STOCK_IN,
  "in stock": STOCK_IN,
  "out of stock": STOCK_OUT,
  oos: STOCK_OUT,
  unavailable: STOCK_OUT,
  "pre-order": "PreOrder",
  "sold out": "SoldOut"
}

/** "http://schema.org/InStock", "instock", "out of stock", "oos" → schema.org short name. */
export function normalizeAvailability(value: unknown): Availability | null {
  const text = cleanText(value, 200)
  if (!text) return null
  const tail = toLower(trim(text.split(/[/#]/).pop()!))
  return AVAILABILITIES.find((a) => toLower(a) === tail) ?? AVAILABILITY_WORDS[tail.replace(/_/g, " ")] ?? null
}

/** A GTIN survives only with a valid check digit; anything else is a typo or an internal id. */
export function normalizeGtin(value: unknown): string | null {
  const text = cleanText(value, 64)
  if (!text) return null
  const digits = text.replace(/^(?:gtin|ean|upc|isbn)[\s:-]*/i, "").replace(/[\s-]|\.$/g, "")
  // All zeros passes the check digit, but is a template's placeholder.
  if (!/^(?:\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits) || !+digits) return null
  let sum = 0
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = weight === 3 ? 1 : 3) {
    sum += Number(digits[i]) * weight
  }
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]) ? digits : null
}

/** "Brand: Roborock", "Ver mais artigos da Marca: Roborock", "Marke: X" → the name after the label. */
export function stripBrandLabel(brand: string | null): string | null {
  if (!brand) return brand
  const m = /(?:^|\s)(?:brand|marke|marque|marca|merk|marka|бренд|品牌)\s*[:：]\s*(.+)$/i.exec(brand)
  const name = m?.[1]?.trim() || brand
  // A "brand" past the message contract's 120 characters is a spec cell's sentence or a byline.
  return name.length > 120 ? null : name
}

/** Identifiers: short, single-line, no markup. */
export function normalizeId(value: unknown): string | null {
  // Read one character past the contract's 80: a longer "id" is a sentence or junk, not cut to fit.
  const text = cleanText(value, 81)
  if (!text || text.length > 80 || /[<>{}]/.test(text)) return null
  return text
}

export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null
  if (!isString(value)) return null
  const match = value.replace(/\s/g, "").match(/-?\d+(?:[.,]\d+)?/)
  if (!match) return null
  const n = Number(match[0].replace(",", "."))
  return Number.isFinite(n) ? n : null
}

/** The first number in a text ("4,5 von 5" → "4.5"), or null. */
export const firstNumber = (text: string | null | undefined) => text?.match(/\d+(?:[.,]\d+)?/)?.[0]?.replace(",", ".") ?? null

/** Rating on a 0–5 scale, whatever scale the shop uses (bestRating 10, 100…). */
export function normalizeRating(value: unknown, best?: unknown, worst?: unknown): number | null {
  const raw = toNumber(value)
  if (raw === null || raw < 0) return null
  const max = toNumber(best) ?? (raw > 5 && raw <= 10 ? 10 : raw > 10 && raw <= 100 ? 100 : 5)
  const min = toNumber(worst) ?? 0
  if (max <= min || raw > max || raw < min) return null
  // Shoppers read "4.8 of 5" whatever the worst rating is (usually 1): scale by the best only.
  return Math.round((raw / max) * 5 * 100) / 100
}

export function normalizeCount(value: unknown): number | null {
  if (isString(value)) value = value.replace(/[\s.,'’](?=\d{3}\b)/g, "")
  const n = toNumber(value)
  return n !== null && n >= 0 && Number.isInteger(n) ? n : null
}

/** Absolute http(s) URL or null: javascript:, data: and garbage never reach the UI. */
export function resolveUrl(value: unknown, base: string): string | null {
  // Read one character past the contract's 4,000: a longer address is refused, not cut. Its
  // query's "&amp;" (WordPress writes "&#038;") is decoded by cleanText.
  const text = cleanText(value, 4001)
  if (!text || text.length > 4e3) return null
  try {
    const { href } = new URL(text, base)
    // http(s) only, and no longer than the message contract takes (a cut-off or padded address).
    return /^https?:/.test(href) && href.length <= 4e3 ? href : null
  } catch {
    return null
  }
}

/** Template leftovers and "no value" words that shops print in place of a real value. */
export function isPlaceholder(value: unknown): boolean {
  if (!isString(value)) return false
  return (
    /^(?:does not apply|n\/?a|none|null|undefined|not applicable|unknown|nicht zutreffend|no aplica|non applicabile|-+|\.+)$/i.test(value) ||
    /^\$[a-z_]+$|\{\{.*\}\}|\[\[.*\]\]|<%.*%>|\$\{.*\}/i.test(value)
  )
}
