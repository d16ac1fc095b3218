// One walk over the page's elements that picks out the few the layout readers look at: price-,
// stock-, breadcrumb- and spec-like boxes and buy-button candidates. Each of those used to be a
// querySelectorAll of case-insensitive substring selectors ([class*=price i], …), which Chromium
// tests one by one against every element of the page; one walk with one regular expression per
// class costs a fifth of them together. Every list keeps the document order and the membership
// the selectors in the comments give (the tests in page-scan.test.ts hold them to that).

const MAX_ELEMENTS = 200_000
export const MAX_PRICE_NODES = 1500
export const MAX_STOCK_NODES = 200
export const MAX_BUY_CANDIDATES = 3000

const PRICE = 1
const STOCK = 2
const BUY = 4
const CRUMB = 8
const SPEC = 16

// One cheap test per class string; the precise ones run only on the few that pass it.
const CLASS_HINT = /price|preis|prix|precio|prezzo|cena|amount|stock|availab|lager|dispon|delivery|breadcrumb|cart|buy|spec|attribute/i
const ID_HINT = /price|stock|availab|cart/i

function classBits(cls: string): number {
  if (!CLASS_HINT.test(cls)) return 0
  return (
    (/price|preis|prix|precio|prezzo|cena|amount/i.test(cls) ? PRICE : 0) |
    (/stock|availab|lager|dispon|delivery/i.test(cls) ? STOCK : 0) |
    (/cart|buy/i.test(cls) ? BUY : 0) |
    (/breadcrumb/i.test(cls) ? CRUMB : 0) |
    (/spec|attribute/.test(cls) ? SPEC : 0)
  )
}

const idBits = (id: string): number =>
  ID_HINT.test(id) ? (/price/i.test(id) ? PRICE : 0) | (/stock|availab/i.test(id) ? STOCK : 0) | (/cart/i.test(id) ? BUY : 0) : 0

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

function isBuyCandidate(el: Element, tag: string, bits: number): boolean {
  if (tag === "button") return true
  // `type` is one of the attributes whose values selectors compare case-insensitively.
  if (tag === "input") return /^(?:submit|button)$/i.test(el.getAttribute("type") ?? "")
  return tag === "a" && ((bits & BUY) !== 0 || el.getAttribute("role") === "button")
}

/**
 * `className` and `id` are read much faster than getAttribute(), but they are not always the
 * attribute: an SVG element's className is an object, and a form's `id` can be one of its inputs
 * (<input name="id">). Absent attributes read as "", which no test matches either.
 */
const attribute = (el: Element, fast: unknown, name: string): string | null => (typeof fast === "string" ? fast : el.getAttribute(name))

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { price: [], stock: [], buy: [], breadcrumb: null, specBoxes: [] }
  const root = doc.documentElement
  if (!root) return scan
  // Quirks-mode pages match #id selectors ignoring case.
  const bulletsId = (id: string) => id === "detailBullets_feature_div" || (doc.compatMode === "BackCompat" && id.toLowerCase() === "detailbullets_feature_div")
  // Pages repeat the same few class strings on thousands of elements: each is tested once.
  const known = new Map<string, number>()
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */)
  for (let el = root as Element | null, seen = 0; el && seen < MAX_ELEMENTS; el = walker.nextNode() as Element | null, seen++) {
    const cls = attribute(el, el.className, "class")
    let bits = 0
    if (cls) {
      const cached = known.get(cls)
      bits = cached ?? classBits(cls)
      if (cached === undefined) known.set(cls, bits)
    }
    const id = attribute(el, el.id, "id")
    if (id) bits |= idBits(id)
    const tag = el.localName
    // BUY alone counts on links only (a[class*=cart i]); buttons and inputs count by their tag.
    if ((tag === "button" || tag === "input" || tag === "a") && scan.buy.length < MAX_BUY_CANDIDATES && isBuyCandidate(el, tag, bits)) scan.buy.push(el)
    if (tag === "nav" && scan.breadcrumb === null && /breadcrumb/i.test(el.getAttribute("aria-label") ?? "")) scan.breadcrumb = el
    if (id && bulletsId(id)) bits |= SPEC
    if (bits === 0) continue
    if (bits & PRICE && scan.price.length < MAX_PRICE_NODES) scan.price.push(el)
    if (bits & STOCK && scan.stock.length < MAX_STOCK_NODES) scan.stock.push(el)
    if (bits & CRUMB && scan.breadcrumb === null) scan.breadcrumb = el
    if (bits & SPEC) scan.specBoxes.push(el)
  }
  return scan
}

/**
 * The scan, made when first asked for and shared by every reader of one extraction. Readers that
 * need little of it (spec boxes, the breadcrumb) use it only when it is already there: their own
 * narrow query is cheaper than a whole scan.
 */
export interface LazyScan {
  get: () => PageScan
  made: () => PageScan | null
}

export function lazyScan(doc: Document): LazyScan {
  let scan: PageScan | null = null
  return { get: () => (scan ??= scanPage(doc)), made: () => scan }
}
