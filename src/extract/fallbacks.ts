// What the buy-box heuristics, the page's specification table and the address add, run only for
// the fields that structured data and the site adapter left open.

import type { ProductFields } from "../product"
import { readDataLayer } from "./data-layer"
import { mainBuyButton, readHeuristics, type HeuristicRead } from "./heuristics"
import { cleanText, isPlaceholder, normalizeGtin, normalizeId } from "./normalize"
import { valueByLabel } from "./labelled-value"
import { pageTexts, type PageTexts } from "./page-texts"
import { one } from "./text"
import { BRAND_LABELS, GTIN_LABELS, MPN_LABELS, specMpn, specValue, type Spec } from "./specs"

// A blog post (og:type article) prints prices beside its affiliate links' buy buttons: where no
// structured data makes the page a product, its buttons do not (the shop's own product-view
// analytics event still does).
const ARTICLE = "[property='og:type'][content^=article i]"

const firstValue = (reads: (ProductFields | null)[], key: keyof ProductFields) =>
  reads.some((r) => r !== null && r[key] !== null && !isPlaceholder(r[key]))

/**
 * Buy-box heuristics and the page's specification table, run only for what the better sources
 * left open (each is a bounded walk of the DOM, and the content script runs on every page).
 * `decides`: no other source makes the page a product, so only these can. Then a page with no buy
 * button and no product-view event is no product whatever the rest finds: null at once, without
 * the price, label and spec-table walks (most pages a shopper opens are not a shop's, and the
 * content script reads each of them three times).
 */
export function readHeuristicsFor(
  doc: Document,
  url: string,
  country: string | null,
  known: (ProductFields | null)[],
  specs: () => Spec[],
  decides = false
): HeuristicRead | null {
  const buy = decides ? (one(doc, ARTICLE) ? null : mainBuyButton(doc)) : undefined
  if (buy === null && !readDataLayer(doc)?.price) return null
  const has = (key: keyof ProductFields) => firstValue(known, key)
  const texts = pageTexts(doc)
  const read = readHeuristics(doc, country, {
    buyBox: !has("price") || !has("name"),
    availability: !has("availability"),
    sku: !has("sku")
  }, texts, buy)
  if (!has("brand") || !has("mpn") || !has("gtin")) {
    // A brand has a letter ("Brand: 12345" is some code), from a spec as from a labelled text.
    read.fields.brand = specValue(specs(), BRAND_LABELS, (value) => (/\p{L}/u.test(value) ? value : null)) ?? (has("brand") ? null : valueByLabel(texts, BRAND_LABELS))
    // "Produktové číslo: AG-M22PCIE4" in a paragraph, on pages that print their details as labels
    // (no structured brand), as the GTIN below; shaped as an id, with a digit and no space (not
    // "Modello: 5 tasche", a fashion model's height, or the next line after a blank label; review).
    read.fields.mpn = specMpn(specs()) ?? normalizeId(has("mpn") || has("brand") ? null : valueByLabel(texts, MPN_LABELS, /^(?=\D*\d)[\w./-]{3,30}$/))
    // "EAN: 5018479061991." in the description; the check digit keeps other numbers out. Only where
    // no source named the brand: such pages print their details as labels, and the brand's walk of
    // the page's text has usually read those nodes already; pages with a structured brand would pay
    // a walk of their whole text for a GTIN they seldom print.
    read.fields.gtin = specValue(specs(), GTIN_LABELS, normalizeGtin) ?? normalizeGtin(has("gtin") || has("brand") ? null : valueByLabel(texts, GTIN_LABELS, /^\d/))
  }
  if (!has("sku") && read.fields.sku === null) read.fields.sku = skuFromUrl(texts, url)
  if (!has("price") || !has("brand") || !has("availability")) fillFromDataLayer(read, doc, country, has)
  return read
}

/** What the page's analytics events say fills what the layout left open; a product view counts as a product. */
function fillFromDataLayer(read: HeuristicRead, doc: Document, country: string | null, has: (key: keyof ProductFields) => boolean) {
  const events = readDataLayer(doc)
  if (!events) return
  const f = read.fields
  f.brand ??= cleanText(events.brand, 120)
  f.availability ??= events.availability
  if (events.price === null) return
  // The shop's own event names this product's price; the layout's is a guess by position.
  if (!has("price")) {
    // Its currency is not trusted (see data-layer.ts); the layout's is where it printed this amount,
    // or where it is the shop's own country's (an ISO code starts with its country's): i3fresh.tw's
    // layout guess was a recommended tin at "$29" read as TWD; another currency may be a widget's.
    if (Number(f.price) !== Number(events.price) && !(country && f.currency?.startsWith(country.toUpperCase()))) f.currency = f.currencyText = null
    f.price = events.price
    read.eventPrice = true
  }
  f.name ??= cleanText(doc.title, 300)
  read.looksLikeProduct ||= f.name !== null
}

const MAX_TEXT_NODES = 50_000

/**
 * Whether any text node of the page contains `needle`. A walk over the text nodes stops at the
 * first hit and never builds one string of the whole page (body.textContent would: 50 MB on a
 * hostile page). It is several times faster than the XPath query `//body//text()[contains()]`,
 * which Chromium answers by collecting every node of the document before it filters. Capped: the
 * largest page of the corpus has 20,000 text nodes.
 */
function pagePrints(texts: PageTexts, needle: string): boolean {
  if (!/^[\w.-]+$/.test(needle)) return false
  for (let i = 0, text = texts.text(0); text !== null && i < MAX_TEXT_NODES; text = texts.text(++i)) {
    if (text.includes(needle)) return true
  }
  return false
}

/**
 * Many shops put the product id in the address (/product/9249556, /item/36029524.html). A long
 * number from the address counts only when the page itself prints it too.
 */
function skuFromUrl(texts: PageTexts, url: string): string | null {
  const { pathname, searchParams } = new URL(url)
  const ID = /(?<![\d.])[A-Z]{0,2}\d{5,14}(?![\d])/gi
  // A "pid" parameter names the product where the path names a store or a category (gomaji's
  // /store/36064?pid=262388; Salesforce Commerce Cloud's Product-Show?pid=…): it is tried first,
  // then the path's last number.
  const pid = searchParams.get("pid")?.match(ID)
  const ids = pathname.match(ID)
  return [pid?.[0], ids?.[ids.length - 1]].find((id) => id && pagePrints(texts, id)) ?? null
}

