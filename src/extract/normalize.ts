import { AVAILABILITIES, STOCK_IN, STOCK_OUT, type Availability } from "../product"
import { isString, squish, toLower, trim } from "../price/letters"

const MAX_TEXT = 2000

/** Collapses white space, drops control characters and caps length: page text is untrusted. */
export function cleanText(value: unknown, max = MAX_TEXT): string | null {
  if (typeof value === "number" && Number.isFinite(value)) value = String(value)
  if (!isString(value)) return null
  // Private-use characters are icon-font glyphs (a heart, a cart) that no text means; Amazon's
  // invisible left-to-right and right-to-left marks ("\u200eBrand") are no part of a word either.
  const text = squish(decodeEntities(value).replace(/[\u200e\u200f]/g, "").replace(/[\u0000-\u001f\u007f\ue000-\uf8ff]+/g, " "))
  if (!text) return null
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

// JSON-LD authors often leave HTML entities in strings ("Caf&eacute;"); decode the common ones only.
// "amp&|lt<|…": each entity's name, then the one character it stands for. One string costs the
// content script (capped at 60 KB, issue #3) about 100 bytes less than an object literal. A Map,
// so "&constructor;" finds no entity (an object's lookup found Object's function).
const ENTITIES = new Map(
  "amp&|lt<|gt>|quot\"|apos'|nbsp |euro€|pound£|yen¥|cent¢|copy©|reg®|trade™|deg°|times×|ndash–|mdash—|hellip…|rsquo’|lsquo‘|rdquo”|ldquo“|laquo«|raquo»|szligß|microµ|frac12½"
    .split("|")
    .map((e) => [e.slice(0, -1), e.slice(-1)])
)
// Latin-1 letters with accents: "&auml;" → "ä", "&Eacute;" → "É".
const ACCENTS: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", ring: "\u030a", cedil: "\u0327" }

function namedEntity(name: string): string | undefined {
  const known = ENTITIES.get(toLower(name))
  if (known) return known
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(name)
  return accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize("NFC") : undefined
}

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    const lower = toLower(body)
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole
    return namedEntity(body) ?? whole
  })
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
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
  // Read one character past the contract's 4,000: a longer address is refused, not cut.
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
