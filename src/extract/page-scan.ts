// One walk over the page's elements that picks out the few the layout readers look at: price-,
// stock-, breadcrumb- and spec-like boxes and buy-button candidates. Each of those used to be a
// querySelectorAll of case-insensitive substring selectors ([class*=price i], …), which Chromium
// tests one by one against every element of the page; one walk, testing each distinct class
// string once, costs a fraction of them together. Every list keeps the document order and the
// membership the selectors in the comments give (page-scan.test.ts holds it to them).

const MAX_ELEMENTS = 200_000
export const MAX_PRICE_NODES = 1500
const MAX_STOCK_NODES = 200
const MAX_BUY_CANDIDATES = 3000

const PRICE = 1
const STOCK = 2
const BUY = 4
const CRUMB = 8
const SPEC = 16

type Tests = [RegExp, number][]
const CLASS_TESTS: Tests = [
  [/price|preis|prix|precio|prezzo|cena|amount/i, PRICE],
  [/stock|availab|lager|dispon|delivery/i, STOCK],
  [/cart|buy/i, BUY],
  [/breadcrumb/i, CRUMB],
  [/spec|attribute/, SPEC]
]
// Quirks-mode pages match #id selectors ignoring case.
const idTests = (quirks: boolean): Tests => [
  [/price/i, PRICE],
  [/stock|availab/i, STOCK],
  [/cart/i, BUY],
  [quirks ? /^detailbullets_feature_div$/i : /^detailBullets_feature_div$/, SPEC]
]
const bitsOf = (text: string, tests: Tests) => tests.reduce((bits, [test, bit]) => (test.test(text) ? bits | bit : bits), 0)

/**
 * `className` and `id` read much faster than getAttribute(), but are not always the attribute: an
 * SVG element's className is an object, and a form's `id` can be one of its inputs (<input
 * name="id">). An absent attribute reads as "", which no test matches either.
 */
const attribute = (el: Element, fast: unknown, name: string): string => (typeof fast === "string" ? fast : el.getAttribute(name) ?? "")

export interface PageScan {
  /** [class*=price i], [id*=price i], [class*=preis i], [class*=prix i], [class*=precio i], [class*=prezzo i], [class*=cena i], [class*=amount i] */
  price: Element[]
  /** [class*=stock i], [id*=stock i], [class*=availab i], [id*=availab i], [class*=lager i], [class*=dispon i], [class*=delivery i] */
  stock: Element[]
  /** button, input[type=submit], input[type=button], a[role=button], a[class*=cart i], a[id*=cart i], a[class*=buy i] */
  buy: Element[]
  /** The first of nav[aria-label*=breadcrumb i], [class*=breadcrumb i] */
  breadcrumb: Element | null
  /** #detailBullets_feature_div, [class*='spec'], [class*='attribute'] */
  specBoxes: Element[]
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { price: [], stock: [], buy: [], breadcrumb: null, specBoxes: [] }
  const ids = idTests(doc.compatMode === "BackCompat")
  // Pages repeat the same few class strings on thousands of elements: each is tested once.
  const known = new Map<string, number>()
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */)
  for (let el = walker.nextNode() as Element | null, seen = 0; el && seen < MAX_ELEMENTS; el = walker.nextNode() as Element | null, seen++) {
    const cls = attribute(el, el.className, "class")
    let bits = known.get(cls)
    if (bits === undefined) known.set(cls, (bits = bitsOf(cls, CLASS_TESTS)))
    const id = attribute(el, el.id, "id")
    if (id) bits |= bitsOf(id, ids)
    const tag = el.localName
    // `type` is one of the attributes whose values selectors compare case-insensitively.
    const buy =
      tag === "button" ||
      (tag === "input" && /^(?:submit|button)$/i.test(el.getAttribute("type") ?? "")) ||
      (tag === "a" && (bits & BUY || el.getAttribute("role") === "button"))
    if (buy && scan.buy.length < MAX_BUY_CANDIDATES) scan.buy.push(el)
    if (tag === "nav" && /breadcrumb/i.test(el.getAttribute("aria-label") ?? "")) bits |= CRUMB
    if (bits & PRICE && scan.price.length < MAX_PRICE_NODES) scan.price.push(el)
    if (bits & STOCK && scan.stock.length < MAX_STOCK_NODES) scan.stock.push(el)
    if (bits & CRUMB) scan.breadcrumb ??= el
    if (bits & SPEC) scan.specBoxes.push(el)
  }
  return scan
}

/** The scan, made when a reader first asks for it and shared by every reader of one extraction. */
export function lazyScan(doc: Document): () => PageScan {
  let scan: PageScan | null = null
  return () => (scan ??= scanPage(doc))
}
