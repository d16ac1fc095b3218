// Many shops fill their meta description, and some their JSON-LD description, from an SEO template
// around the product's name: "Find many great new & used options and get the best deals for <name>
// at the best online prices at eBay!", "<name> for €49.10 (2020-12-02) Free delivery for orders
// over €24.90" (Zalando), "Выберите <name> в интернет-магазине по отзывам…" (Yandex Market),
// "<name> jetzt online bei Jumbo.ch bestellen". That says nothing about the product, yet the Q&A
// would hand it to the model as the product's description, before specs and reviews. The stored
// product drops it; the snapshot (and the command line) keeps what the page said.

import type { FieldSource } from "../product"
import { isCurrencyText } from "../price/currency"
import { scanCurrencies } from "../price/currency-scan"
import { decimalFromNumberText, escapeRe } from "../price/parse"
import { shopLabel, squash } from "./shop-title"

// Template wording, many languages: buying, ordering, shopping online, delivery and price offers,
// and the check marks of SERP snippets. Accents are folded before matching ("découvrez").
const PITCH = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
    [
      "buy",
      "shop",
      "order",
      "online",
      "deals?",
      "best prices?",
      "compare",
      "free (?:delivery|shipping)",
      "kaufen",
      "bestellen",
      "versandkostenfrei",
      "achetez",
      "acheter",
      "decouvrez",
      "livraison gratuite",
      "compra",
      "comprar",
      "compre",
      "envio gratis",
      "frete gratis",
      "acquista",
      "offerte",
      "consegna gratis",
      "cumpara",
      "tilaa",
      "sklep",
      "trgovina",
      "prodaja",
      "obchod",
      "купить",
      "купите",
      "выберите",
      "закажите",
      "интернет-магазин\\p{L}*",
      "تسوق",
      "اشتري"
    ].join("|") +
    ")(?![\\p{L}\\p{N}])|[✓✔]|網購|購物|直購|通販",
  "giu"
)

/** What the rule looks at besides the description: the product as it will be stored. */
interface ProductSeen {
  name: string | null
  brand?: string | null
  price: string | null
  url: string
}

// Templates are a sentence or two; a longer text that names the product and says "buy" is copy.
const MAX_BLURB = 500

// Accents off ("découvrez", "Vsezaoči"), case kept: whether the shop's name is written as a name
// matters.
const unaccented = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "")
const fold = (text: string) => unaccented(text).toLowerCase()
/** The text's words, lower-cased, one space apart. */
const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? ""

/**
 * Whether the text names the shop: its host's main label as a word ("3 SUISSES", "bei OTTO", "at
 * eBay!", "Jumbo.ch"), written as a name: with its domain, with a capital inside it, or capitalised
 * where a sentence does not begin ("A very soft throw" on very.co.uk is no mention, nor is "Very"
 * opening a sentence). Not where the product's name or brand holds it too: on a brand's own shop
 * (LEGO on lego.com, Nike on nike.com) copy names the brand as a matter of course.
 */
function namesShop(text: string, product: ProductSeen): boolean {
  const label = shopLabel(product.url)
  if (!label || [product.name, product.brand].some((field) => field && squash(field).includes(label))) return false
  const spelled = [...label].map(escapeRe).join("[\\s.-]?")
  const plain = unaccented(text)
  for (const m of plain.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${spelled}(?![\\p{L}\\p{N}])`, "giu"))) {
    const domain = /^\.[a-z]{2,3}\b/i.test(plain.slice(m.index + m[0].length))
    const capitalInside = /\p{Lu}/u.test(m[0].slice(1))
    const sentenceStart = /(?:^|[.!?]\s*)$/.test(plain.slice(0, m.index).trimEnd())
    if (domain || capitalInside || (/^\p{Lu}/u.test(m[0]) && !sentenceStart)) return true
  }
  return false
}

// A number as shops print it; a space joins only a group of three digits ("1 299,00", not the
// "2 49,99" of "set of 2 49,99 €").
const NUMBER = /\d+(?:[.,'’]\d+|[\u0020\u00a0\u202f]\d{3}(?!\d))*/g

/** Whether the text states this price beside a currency ("€49.10", "56,74€", "₹949."). */
function statesPrice(text: string, price: string | null): boolean {
  if (price === null) return false
  const spans = scanCurrencies(text, isCurrencyText)
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index
    const end = start + m[0].length
    const beside = spans.some((s) => (s.end <= start && start - s.end <= 1) || (s.index >= end && s.index - end <= 1))
    const amount = decimalFromNumberText(m[0])
    if (beside && amount !== null && Number(amount) === Number(price)) return true
  }
  return false
}

const pitchesIn = (text: string) => new Set([...fold(text).matchAll(PITCH)].map((m) => m[0]))

/**
 * How many marks of a template the text carries: the shop's name, the price, pitch words; those
 * the product's name carries itself ("Harry Potter and the Order of the Phoenix", "Shop Vac 5
 * Gallon") do not count. One pitch word alone is no mark: copy says "race online" and "made to
 * order" too.
 */
function templateMarks(text: string, product: ProductSeen): number {
  const own = pitchesIn(product.name ?? "")
  const pitches = [...pitchesIn(text)].filter((p) => !own.has(p)).length
  const fixed = (namesShop(text, product) ? 1 : 0) + (statesPrice(text, product.price) ? 1 : 0)
  return fixed + (fixed === 0 && pitches === 1 ? 0 : Math.min(pitches, 2))
}

/**
 * The description, or null when it adds nothing to the product: it only repeats words of the name
 * ("Jeans" on "Jeans awe299", not "Red" on "Shredder"), or it is a short template that restates the
 * whole name with the marks of a listing (the shop's name, the price, "buy", "free delivery"). Two
 * marks are needed in structured data, which shops mostly write as copy ("只要960元起，即可享有…"
 * names the name and the price, then the show's dates); one will do in a meta description, which
 * is written for search results.
 */
export function withoutListingBlurb(
  description: string | null,
  source: FieldSource | undefined,
  product: ProductSeen
): string | null {
  if (!description || !product.name) return description
  const said = words(description)
  if (said === "" || ` ${words(product.name)} `.includes(` ${said} `)) return null
  const name = squash(product.name)
  if (description.length > MAX_BLURB || name.length < 4 || !squash(description).includes(name)) return description
  const needed = source === "opengraph" || source === "meta" ? 1 : 2
  return templateMarks(description, product) >= needed ? null : description
}
