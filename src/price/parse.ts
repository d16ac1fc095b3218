import { currencyCode, isCurrencyText } from "./currency"
import { scanCurrencies, withoutCurrencies, type Span } from "./currency-scan"
import { charAt, charBefore, isLetter, isString, squish, toLower, trim } from "./letters"

export interface ParsedPrice {
  /** Canonical decimal string ("1299", "12.99") or null when the text holds no price. */
  amount: string | null
  /** ISO 4217 code, or null when the text names no currency we know. */
  currency: string | null
  /** The currency exactly as the text prints it ("€", "руб.", "US$"). */
  currencyText: string | null
}

export interface ParsePriceOptions {
  /**
   * The decimal separator when it is known (from the page's locale or a sibling price): "." or ",",
   * or a sign printed between units and cents ("€" in "12€50").
   */
  decimalSeparator?: string | null
}

// Arabic-Indic, Persian, Devanagari, Bengali, Thai and full-width digits all become ASCII before
// anything else looks at them.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10]

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

/** `s` as a literal inside a pattern. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
// Word edges without Unicode property classes, which are slow to compile in a case-insensitive
// pattern (letters.ts): `wordAt` checks a match's edges against every letter.

/**
 * The next match of `re` (global) from `from`, or else from its lastIndex, with no letter just
 * before or after it, or null.
 */
function wordAt(re: RegExp, text: string, from = re.lastIndex): RegExpExecArray | null {
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isLetter(charBefore(text, m.index)) && !isLetter(charAt(text, m.index + m[0].length))) return m
    re.lastIndex = m.index + 1
  }
  return null
}

// A number as shops print it: digits with separators of any locale between them, or a bare
// fraction (".75") where nothing but a currency or a space comes before the dot (a letter or a
// digit of another script is checked in nextNumber).
const NUMBER_RE = /(?:(?<![a-z\d.,])\.{1,2}(?=\d))?\d(?:[\d.,'’\u0020\u00a0\u202f\u2009]*\d)?/gi

/** The next number in `text` from `from`, or else from NUMBER_RE's lastIndex, or null. */
function nextNumber(text: string, from = NUMBER_RE.lastIndex): { index: number; text: string } | null {
  NUMBER_RE.lastIndex = from
  const m = NUMBER_RE.exec(text)
  // Dots after a word or a number are no decimal mark: the number starts at its first digit.
  const dots = m?.[0][0] === "." && isLetter(charBefore(text, m.index), true) ? (m[0][1] === "." ? 2 : 1) : 0
  return m && { index: m.index + dots, text: m[0].slice(dots) }
}

// Currency words need word edges ("kr" must not match inside "krone"), symbols do not; any
// Unicode currency sign counts, and "R" glued to a number is the rand (see currency-scan.ts).
const findCurrencies = (text: string): Span[] => scanCurrencies(text, isCurrencyText)

/**
 * The part of a scanned token that is one number. Spaces and apostrophes group thousands, so a
 * group that is not three digits, or one after the decimals, starts another number ("2.00 100").
 * A decimal mark, one space and two digits at the end is one price split by a line break ("36. 24").
 */
function numberPrefix(token: string): string {
  const parts = token.split(/([\u0020\u00a0\u202f\u2009'’]+)/)
  let out = parts[0] ?? ""
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const gap = parts[i] ?? ""
    const part = parts[i + 1] ?? ""
    if (/[.,]$/.test(out)) {
      if (/^\s$/.test(gap) && /^\d{2}$/.test(part) && i + 2 === parts.length) out += gap + part
      break
    }
    if (/[.,](?:\d{1,2}|\d{4,})$/.test(out) || !/^\d{3}(?:[.,]\d*)?$/.test(part)) break
    out += gap + part
  }
  return out
}

/** "..75" → "0.75" with "." forced; "75,333" → "75.333" with "," forced: the other mark groups. */
function withDecimalSeparator(raw: string, separator: "." | ","): string | null {
  const other = separator === "." ? "," : "."
  const pieces = raw.split(other).join("").split(separator === "." ? /\.+/ : /,+/)
  if (pieces.length === 1) return canonicalDecimal(pieces[0] ?? "")
  const frac = pieces.pop() ?? ""
  return canonicalDecimal(pieces.join("") || "0", frac)
}

/**
 * "1.299,00" → "1299"; "1,299" → "1299"; "1,29,999" → "129999"; "0,5" → "0.5"; ".75" → "0.75"
 * (canonical: no trailing zeros). Returns null for
 * nonsense. A forced decimal separator ("." or ",") makes the other mark a group separator.
 */
export function decimalFromNumberText(token: string, decimalSeparator?: string | null): string | null {
  const raw = numberPrefix(trim(token)).replace(/[\s'’]/g, "")
  if (decimalSeparator === "." || decimalSeparator === ",") return withDecimalSeparator(raw, decimalSeparator)
  const bareFraction = /^\.{1,2}(\d+)$/.exec(raw)
  if (bareFraction) return canonicalDecimal("0", bareFraction[1])
  const compact = raw.replace(/[.,]+$/, "")
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
    // Indian shops group by lakh and crore above the thousands: "1,29,999", "12,34,56,789".
    const groupsOfThree = pieces.slice(1).every((p) => p.length === 3) || /^\d\d?(,\d\d)+,\d{3}$/.test(compact)
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
  // The message contract's decimal: no price has more than 15 digits before its point, and past
  // 10 after it only a float's noise is left (JSON-LD's 434.99999999999994): rounded away.
  if (fracPart.length > 10) [intPart, fracPart = ""] = (+`${intPart}.${fracPart}`).toFixed(10).split(".") as [string, string?]
  const int = intPart.replace(/^0+(?=\d)/, "")
  const frac = fracPart.replace(/0+$/, "")
  return /^\d{1,15}$/.test(int) && /^\d*$/.test(frac) ? (frac ? `${int}.${frac}` : int) : null
}

/** A list ("was") price only where it is above the price: an equal or lower one is no saving. */
export const listPriceAbove = (listPrice: string | null, price: string | null): string | null =>
  listPrice && price && Number(listPrice) > Number(price) ? listPrice : null

/** Canonical decimal for a structured-data value: 12.5, "12.50", "1,299.00", "12,50". */
export function decimalFromValue(value: unknown): string | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null
    const [i, f] = String(value).split(".")
    return /e/i.test(String(value)) ? null : canonicalDecimal(i ?? "", f ?? "")
  }
  if (!isString(value)) return null
  const number = nextNumber(asciiDigits(value), 0)
  return number && decimalFromNumberText(number.text)
}

type Mark = "old" | "now" | "from" | null

// Words that say which of several prices is the one to pay. They count only when nothing but
// spaces, a colon or a currency stands between them and the number ("Was: $120 Now $60").
// As "a|b|c" strings: two bytes less per word than an array in the 60 KB content script.
const MARK_KINDS = new Map<string, Mark>()
for (const [kind, words] of [
  [
    "old",
    "was|before|regular price|regular|reg|rrp|msrp|list price|retail price|original price|" +
      "originally|old price|compare at|instead of|save|you save|statt|uvp|avant|antes|prima|mrp|m.r.p."
  ],
  ["now", "now|now only|price now|sale|sale price|our price|special price|offer price|deal price|jetzt|nu|maintenant|ahora|ora"],
  ["from", "from|starting at|starts at|starting from|as low as|ab|desde|à partir de|a partir de|vanaf|od|dès|fra|från|от"]
] as const) {
  for (const word of words.split("|")) MARK_KINDS.set(word, kind)
}
const MARK_RE = new RegExp(
  `(?<![a-z])(?:` +
    [...MARK_KINDS.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRe(w).replace(/ /g, "\\s+"))
      .join("|") +
    // ASCII letters around a word are kept out here, so that a longer word that fails its edge
    // makes way for a shorter one ("regular" in "regular prices"); a letter of another script
    // after a word with a shorter reading ("sale price") is only seen by wordAt, and no shorter
    // one is tried ("reg." is no word for this reason: "reg" and the dot after it read the same).
    `)(?![a-z])`,
  "gi"
)

function markBefore(segment: string): Mark {
  let last: RegExpExecArray | null = null
  for (let m = wordAt(MARK_RE, segment, 0); m; m = wordAt(MARK_RE, segment)) last = m
  if (!last) return null
  const rest = withoutCurrencies(segment.slice(last.index + last[0].length))
  if (!/^[\s:.]*$/.test(rest)) return null
  return MARK_KINDS.get(squish(toLower(last[0]))) ?? null
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" +
  "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
// A month name beside a number makes it a date. Both patterns are anchored, and a month name
// that fails its edge has no shorter reading that would pass it ("mar" in "marché").
const MONTH_BEFORE = new RegExp(`${MONTH}\\.?,?\\s*$`, "gi")
const MONTH_AFTER = new RegExp(`^,?\\s*${MONTH}`, "gi")
const RANGE_GAP = /^\s*(?:[-–—~]|to|bis|à|a|até|до|tot|till|au)\s*$/iu
const FREE_RE = /^(?:free|gratis|kostenlos|gratuit|gratuito|gratuita|бесплатно|免费|無料)[\s!.*]*$/iu

interface Candidate extends Span {
  amount: string
  mark: Mark
}

const gapBetween = (a: Span, b: Span) => (a.index >= b.end ? a.index - b.end : b.index >= a.end ? b.index - a.end : 0)

function nearest<T extends Span>(spans: T[], to: Span[]): T | undefined {
  let best: T | undefined
  let bestGap = Infinity
  for (const s of spans) {
    const gap = Math.min(...to.map((c) => gapBetween(s, c)))
    if (gap < bestGap) [best, bestGap] = [s, gap]
  }
  return best
}

type NumberSpan = Span & { amount: string | null }

/** Numbers in the text, with the currency-as-decimal-mark prices ("35€99") joined into one. */
function scanNumbers(clean: string, currencies: Span[], separator: string | null): NumberSpan[] {
  const found: NumberSpan[] = []
  for (let m = nextNumber(clean, 0); m && found.length < 40; m = nextNumber(clean, m.index + m.text.length)) {
    m.text = numberPrefix(m.text)
    // A last group before a unit is a measure, not thousands: "€799 128GB", "$1 299 500 ml" ("1 299din",
    // "5 990tg" and Norway's "kr 12 490 m/mva", "including VAT", are prices, found by review).
    if (/^ ?(?:[kmgt]b|mah|w|ml|l|k?g|[cm]?m|[gm]?hz|mp)(?![a-z/'’])/i.test(clean.slice(m.index + m.text.length))) m.text = m.text.replace(/[\s'’]+\d+$/, "")
    found.push({ ...m, end: m.index + m.text.length, amount: decimalFromNumberText(m.text, separator) })
  }
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]
    const b = found[i + 1]
    if (!a || !b || !a.amount || a.amount.includes(".") || !/^\d+$/.test(b.text)) continue
    const forced = separator && separator !== "." && separator !== ","
    const glued = forced
      ? clean.startsWith(separator, a.end) && b.index === a.end + separator.length
      : currencies.some(
          (c) =>
            c.index === a.end &&
            (b.index === c.end || (b.index === c.end + 1 && /\s/.test(clean[c.end] ?? ""))) &&
            b.text.length === 2 &&
            !/^[.,]?\d/.test(clean.slice(b.end))
        )
    if (!glued) continue
    const amount = canonicalDecimal(a.amount, b.text)
    found.splice(i, 2, { text: clean.slice(a.index, b.end), index: a.index, end: b.end, amount })
  }
  return found
}

const isCode = (currency: Span) => /^[A-Z]{3}$/.test(currency.text)

/**
 * Reads a price as shops print it: "1.299,00 €", "CHF 1'049.95", "¥1,299", "R$ 260,00",
 * "Was $120 Now $60", "10 - 20 €", "ab 2,99 €". Among several numbers: percentages and dates are
 * not prices; a current price beats an old one; a "from" price beats other numbers; then the number
 * next to a currency; a range gives its low end. `country` (two letters) settles ambiguous symbols
 * such as "$" or "kr"; `options.decimalSeparator` forces the decimal mark when it is known.
 */
export function parsePrice(
  text: string | null | undefined,
  currencyHint?: string | null,
  country?: string | null,
  options?: ParsePriceOptions
): ParsedPrice {
  const clean = asciiDigits(trim((text ?? "").slice(0, 500)))
  const separator = options?.decimalSeparator || null
  const currencies = findCurrencies(clean)
  const numbers = scanNumbers(clean, currencies, separator)

  const candidates: Candidate[] = []
  let prevEnd = 0
  for (const n of numbers) {
    const segment = clean.slice(prevEnd, n.index)
    prevEnd = n.end
    const after = clean.slice(n.end, n.end + 16)
    // A minus against the first number or its sign makes it a discount ("-$20", "−5,00 €"), not a
    // price; one set apart by spaces separates a label ("Price - $49.99", "Small - $19.99").
    if (!n.amount || /^\s?%/.test(after) || (n === numbers[0] && /(^|\s)[-−]\S*$/.test(segment))) continue
    if (wordAt(MONTH_BEFORE, clean.slice(Math.max(0, n.index - 12), n.index), 0) || wordAt(MONTH_AFTER, after, 0)) continue
    candidates.push({ ...n, amount: n.amount, mark: markBefore(segment) })
  }

  let pool = candidates
  const narrow = (keep: (c: Candidate) => boolean) => {
    const kept = pool.filter(keep)
    if (kept.length) pool = kept
  }
  narrow((c) => c.amount !== "0") // a zero beside a real amount is a placeholder
  narrow((c) => c.mark !== "old")
  if (pool.some((c) => c.mark === "now")) narrow((c) => c.mark === "now")
  else narrow((c) => c.mark === "from")
  let chosen = currencies.length ? nearest(pool, currencies) : pool[0]
  if (chosen) {
    const prev = candidates[candidates.indexOf(chosen) - 1]
    const range = prev && prev.mark !== "old" && RANGE_GAP.test(clean.slice(prev.end, chosen.index))
    if (prev && range && Number(prev.amount) <= Number(chosen.amount)) chosen = prev
  }

  const hinted = !currencies.length && currencyHint ? findCurrencies(asciiDigits(currencyHint))[0] : undefined
  let currencyText: string | null = null
  let named: string | undefined
  if (chosen) {
    const next = nearest(currencies, [chosen])
    // A code glued or set one space before a symbol names the currency the symbol stands for
    // ("SGD$4.90", "CAD $49.99" on a .com shop), as does
    // one right after the number, where the symbol stays the text shown (Shopify's "$49.99 CAD",
    // "$1,299.00 MXN" on a .com shop; "€29,99 EUR").
    // Set apart, only a code the symbol can stand for: "SHOP ALL $19.99" is in dollars, not lek (found by review).
    const code = next && currencies.find((c) => isCode(c) && (c.end == next.index || (c.end + 1 == next.index && currencyCode(next.text, toLower(c.text.slice(0, 2))) == c.text)))
    // After nothing or one space ("US$ 25.00/CAD 34.00" names the next price's currency): the
    // number's last character and the gap, which is empty for a code before the number.
    named = currencies.find((c) => /^.\s?$/.test(clean.slice(chosen!.end - 1, c.index)) && isCode(c))?.text
    currencyText = (code || next || hinted)?.text ?? null
  } else if (hinted) {
    currencyText = hinted.text
  } else if (currencies.length === 1 && clean === currencies[0]?.text) {
    // Without any number, a currency-like word in prose ("Ph. Eur.") is not a price's currency.
    currencyText = clean
  }

  // Without a country, the hint settles an ambiguous symbol: "$" beside a TWD offer is the New
  // Taiwan dollar (most ISO codes begin with their country's code; a hint that does not, "EUR"
  // or "р.", names no country a symbol is read in, and the symbol keeps its usual reading).
  const currency = currencyCode(named ?? currencyText, country || (currencyHint && toLower(currencyHint.slice(0, 2))))
  const number = chosen?.text ?? ""
  // Kuwait's, Bahrain's, Oman's, Jordan's and Tunisia's dinars and rials count 1,000 fils, baisa or
  // millimes, and their shops print all three decimals: "KD 12.500" is 12.5, and in Tunisia's French
  // notation "12,500 DT" too; a comma elsewhere groups thousands ("1,250 KWD").
  const amount =
    /^(KW|BH|OM|JO|TN)/.test(currency as string) && /^\d{1,3}\.\d{3}$/.test(currency == "TND" ? number.replace(",", ".") : number)
      ? canonicalDecimal(number.slice(0, -4), number.slice(-3))
      : (chosen?.amount ?? (FREE_RE.test(clean) ? "0" : null))
  return { amount, currencyText, currency }
}
