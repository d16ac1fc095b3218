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

// Templates are a sentence or two; a longer text that names the product and says "buy" is copy.
const MAX_BLURB = 500

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()

/** Whether the text names the shop: its host's main label at a word's start ("3 SUISSES", "Zalandolta"). */
function namesShop(text: string, url: string): boolean {
  const label = shopLabel(url)
  if (!label) return false
  const spelled = [...label].map(escapeRe).join("[\\s.-]?")
  return new RegExp(`(?<![\\p{L}\\p{N}])${spelled}`, "u").test(fold(text))
}

/** Whether the text states this price beside a currency ("€49.10", "56,74€", "₹949."). */
function statesPrice(text: string, price: string | null): boolean {
  if (price === null) return false
  const spans = scanCurrencies(text, isCurrencyText)
  for (const m of text.matchAll(/\d(?:[\d.,'’\u0020\u00a0\u202f]*\d)?/g)) {
    const start = m.index
    const end = start + m[0].length
    const beside = spans.some((s) => (s.end <= start && start - s.end <= 1) || (s.index >= end && s.index - end <= 1))
    const amount = decimalFromNumberText(m[0])
    if (beside && amount !== null && Number(amount) === Number(price)) return true
  }
  return false
}

/** How many marks of a template the text carries: the shop's name, the price, pitch words. */
function templateMarks(text: string, url: string, price: string | null): number {
  const pitches = new Set([...fold(text).matchAll(PITCH)].map((m) => m[0]))
  return (namesShop(text, url) ? 1 : 0) + (statesPrice(text, price) ? 1 : 0) + Math.min(pitches.size, 2)
}

/**
 * The description, or null when it adds nothing to the product: it only repeats the name, or it is
 * a short template that restates the name with the marks of a listing (the shop's name, the price,
 * "buy", "free delivery"). Two marks are needed in structured data, which shops mostly write as
 * copy ("只要960元起，即可享有…" names the name and the price, then the show's dates); one will do in
 * a meta description, which is written for search results.
 */
export function withoutListingBlurb(
  description: string | null,
  source: FieldSource | undefined,
  product: { name: string | null; price: string | null; url: string }
): string | null {
  if (!description || !product.name) return description
  const text = squash(description)
  const name = squash(product.name)
  if (text.length === 0 || name.includes(text)) return null
  if (description.length > MAX_BLURB || name.length < 4 || !text.includes(name)) return description
  const needed = source === "opengraph" || source === "meta" ? 1 : 2
  return templateMarks(description, product.url, product.price) >= needed ? null : description
}
