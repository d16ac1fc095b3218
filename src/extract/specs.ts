// Specification tables ("Brand | Tefal", "Modellnummer | 8856") as label/value pairs: Amazon's
// product details, eBay's item specifics, and the th/td and dt/dd tables most shops print.
// Bounded: a fixed number of rows, short labels and values only.

import type { Spec } from "../product"
import { mergeInDocumentOrder, outermost } from "./document-order"
import { cleanText, normalizeId } from "./normalize"
import { all, attr, one, parentOf, textPrefix } from "./text"
import { WIDGET_CLASSES } from "../sites/widgets/detect"
import { NOT_MAIN, inContext } from "./heuristics"
import { charAt, charBefore, isLetter, toLower } from "../price/letters"
import { isCurrencyText } from "../price/currency"

export type { Spec }

const MAX_ROWS = 400
// `[class*='spec'] li` as a selector makes the browser walk up from every <li> of the page (menus
// have thousands) to test each ancestor's class: the slowest query of the whole extraction. The
// few containers are found in one pass instead and only their own <li> are taken.
const ROW_SELECTORS = ["table tr", "dl", ".ux-labels-values"].join(",")
// "spec" and "attribute" in either case (John Lewis's "productSpecificationBox"), without the "i"
// flag: a case-insensitive substring selector took four times as long over the corpus.
const LIST_CONTAINERS = ["#detailBullets_feature_div", "[class*=pec]", "[class*=ttribute]"].join(",")

/** The <li> inside any of the containers, in document order, at most `max`. */
function listRows(doc: ParentNode, max: number): Element[] {
  const rows: Element[] = []
  for (const container of outermost(all(doc, LIST_CONTAINERS))) {
    // A list item can be the container itself (elkor's <li class="… attribute …">), unless it
    // holds a list of its own ("Dimensions" over "Width: 20 cm", "Height: 10 cm").
    for (const li of container.localName === "li" && !one(container, "li") ? [container] : all(container, "li")) {
      rows.push(li)
      if (rows.length >= max) return rows
    }
  }
  return rows
}

// Rows found by their shape alone (the two rules below) have no spec box to vouch for them, so
// they are also kept out of the parts of a page that print labelled lines of their own: reviews
// and review widgets ("Size bought: M"), popups, drawers and dialogs ("Quantity | 1" in "added to
// your basket"), delivery, store and seller boxes, size guides and charts, recently viewed
// products, countdowns, loan calculators, FAQs, and the page's footer and menus. Not a summary:
// WooCommerce's product summary holds the product's own facts.
const LOOSE_CONTEXT = /popup|modal|dialog|drawer|score|calculat|credit|countdown|timer|deliver|shipping|faq|question|sell|guide|chart|recent|(?<!p)review|(?<!pe)rating|store(?!front)/i
const LOOSE_PARTS = [...WIDGET_CLASSES.map((name) => `.${name}`), "footer", "nav", "dialog"].join()
const looseContext = (row: Element) => inContext(row, LOOSE_CONTEXT) || !!row.closest(LOOSE_PARTS)

// Money in a label or value: a price, fee or instalment, not a fact about the product ("Standard
// Delivery | £3.50", "Cena | 32 zł /szt.", another seller's "amd.by | 525,00 б.р.", "5,000원").
// A sign written in letters counts only as a word of its own ("2 złącza", "для труб 20 мм" and
// "6 бр." are no money), and a CJK one only after the number ("全频单元 2个", "USB 전원 5V"). The
// letters around a word are Latin and Cyrillic ones, the scripts of these signs: a letter class
// (\p{L}) in a case-insensitive pattern cost V8 0.6 ms to compile on every page with specs, this 0.4.
const MONEY = /(?:\p{Sc}|(?<![a-zà-žа-ґ])(?:zł|руб|грн|kč|б\.\s?р\.))\s*\d|\d\s*(?:\p{Sc}|[원円元]|(?:zł|руб|грн|kč|б\.\s?р\.)(?![a-zà-žа-ґ]))/iu
/** `rows` without those whose parent has fewer than `least` of them (in document order). */
function grouped(rows: Element[], least: number): Element[] {
  const perParent = new Map<Element | null, number>()
  for (const row of rows) perParent.set(parentOf(row), (perParent.get(parentOf(row)) ?? 0) + 1)
  return rows.filter((row) => perParent.get(parentOf(row))! >= least)
}

/**
 * The items of lists that label each item, whatever their class: two or more <li> of one list,
 * each starting with a bold label and a colon ("<li><strong>Proizvajalec:</strong> B&S</li>",
 * OpenCart's product facts; almedina's "<b>Editora:</b> Corgi Books"; strumentimusicali's whole
 * items in bold, "<b>Polifonia massima: 128 note</b>"). The colon tells a fact
 * from a feature bullet that starts in bold ("<b>Waterproof</b> shell keeps you dry").
 * Read wherever they are: such lists carry no class in common.
 */
function labelledRows(doc: ParentNode, max: number): Element[] {
  const items: Element[] = []
  const whole: Element[] = []
  for (const label of all(doc, "li>b:first-child,li>strong:first-child", max * 4)) {
    const li = parentOf(label)!
    const name = textPrefix(label, 80)
    // Read past the cap, so that a long item cut where it has white space cannot pass as short.
    const text = textPrefix(li, 300)
    // The colon ends the label or follows it ("<b>Brand</b>: Foo"); a fact is short, where a
    // shop's terms run on ("<b>Carta di Credito:</b> sono accettate tutte le carte…").
    if (name && text.length < 99 && text.startsWith(name)) {
      if (/[:：]/.test(name.slice(-1) + text.slice(name.length).trimStart().slice(0, 1))) items.push(li)
      // Or the whole item is bold, label and value ("<li><b>Polifonia massima: 128 note</b></li>"),
      // one colon (not opening hours' "Sabato: 9:00 - 13:00"), three or more in the list (not a
      // pair of notices, "Note: …", "Warning: …"; found by review).
      else if (/^[^:：]{2,40}(?:: |：)[^:：]+$/.test(name)) whole.push(li)
    }
  }
  return mergeInDocumentOrder(grouped(items, 2), grouped(whole, 3), Infinity).filter((li) => !looseContext(li)).slice(0, max)
}

/**
 * Rows of two parts side by side, a label and its value, in any markup and under any class name
 * (Zalando's "<div><span>Upper material:</span> <span>Synthetics/textile</span></div>", mechta's
 * name/value divs, Best Buy Canada's itemName/itemValue): three or more such rows under one
 * parent (not olx's, each wrapped alone, in a section that is a button). A row's text is its
 * label's and its value's and nothing more; the label is a few words starting with a letter,
 * with no link or picture (not a card, a menu or a "5 star | 64%" bar), neither a heading nor a
 * question; the value is one plain fact: no price (a swatch's "5 options from £42.99", a loan
 * calculator's "price"-styled figures), no list, table, control or choice of links, and no
 * "label: value" of its own. Shape is not enough: each row also says it is a label and a
 * value, with a colon after the label, its parts' class names ("itemName", "aa_dtpropval") or a
 * spec box around it (elkor's "attribute" items), and is not a link or button (share buttons)
 * nor in LOOSE_CONTEXT. The rows are added to `split`: their two parts are the pair.
 */
const NOT_VALUE = "[class*=price i],li,tr,button,[role=button],[role=radio],input,select"
function pairedRows(doc: ParentNode, max: number, split: Set<Element>): Element[] {
  // The value of a two-part row, found by the browser: the second and last child of a row that
  // is no table row or list and has two siblings or more (it is third or later, third from the
  // end or earlier, or the middle one of three), after a label that is no link, picture, control
  // or heading. Three to five times fewer candidates than ":first-child+:last-child" alone, so
  // less of our own code runs on each page's first, uncompiled read. Read by index, not spread
  // into an array: a big page has thousands; the count below is of rows that pass the text tests
  // (a mega-menu above the specs must not use up the rows read).
  const values = doc.querySelectorAll(
    ":is(:nth-child(n+3),:nth-last-child(n+3),:nth-child(2):nth-last-child(2)):not(tr,dl,ul,ol,table,tbody,select)>:not(a,img,svg,button,input,h1,h2,h3,h4,h5,h6,summary):first-child+:last-child"
  )
  const rows: Element[] = []
  for (let i = 0; i < values.length && i < 20_000 && rows.length < max * 10; i++) {
    const row = parentOf(values[i]!)!
    const name = textPrefix(row.firstElementChild, 50)
    // Letters are told by isLetter, whose pattern the script shares, not by a pattern of its own:
    // V8 compiles each \p{L} pattern anew on every page (a fraction of a millisecond).
    if (name.length > 40 || name.endsWith("?") || !isLetter(charAt(name, 0))) continue
    const text = textPrefix(row.lastElementChild, 121)
    // A colon after a word makes the value a "label: value" of its own ("Type: AAA"; "16:9" is one value).
    const colon = text.search(/[:：]/)
    if (!text || text.length > 120 || (colon > 0 && isLetter(charBefore(text, text[colon - 1] === " " ? colon - 1 : colon))) || MONEY.test(text)) continue
    // Nothing but spaces or a colon between and around the two parts ("<span>Brand</span>: …").
    if (![...row.childNodes].some((n) => n.nodeType === 3 && /[^\s:：]/.test((n as Text).data))) rows.push(row)
  }
  return grouped(grouped(rows, 3).filter((row) => {
    const [label, value] = [row.firstElementChild!, row.lastElementChild!]
    return (
      (/[:：]$/.test(textPrefix(label, 50)) || /val|label|name|key|prop|attr|spec/i.test(attr(label, "class") + attr(value, "class")) || inContext(row, /pec|ttribute|propert|param|character|techn/i)) &&
      !one(label, "a,img,button,input,select") &&
      !value.matches(NOT_VALUE) &&
      !one(value, NOT_VALUE) &&
      value.getElementsByTagName("a").length < 2 &&
      !row.closest("a,button,[role=button]") &&
      !looseContext(row)
    )
  }), 3)
    .filter((row) => split.add(row))
    .slice(0, max)
}

/** What `querySelectorAll(table tr, dl, …, [class*='spec'] li, …)` would give, first MAX_ROWS. */
function specRows(doc: ParentNode): Element[] {
  return mergeInDocumentOrder(all(doc, ROW_SELECTORS, MAX_ROWS), listRows(doc, MAX_ROWS), MAX_ROWS)
}

/** The rows found by their shape alone, in document order, first MAX_ROWS. */
function shapeRows(doc: ParentNode, split: Set<Element>): Element[] {
  return mergeInDocumentOrder(labelledRows(doc, MAX_ROWS), pairedRows(doc, MAX_ROWS, split), MAX_ROWS)
}

// Below this many specs from tables and spec boxes, the shape rules are read too: a shop with a
// full spec table rarely prints its facts a second way (IKEA's eight rows and its ten materials
// do), and the shape rules cost about 1 ms of a page's first, uncompiled read (measured over the
// corpus; most of it is our code running cold on the few dozen candidate rows, not the query).
const FEW_SPECS = 10

// Labels and values are read as prose: a line break inside a cell is a space ("Item can be
// shipped…<br>Learn more"), and buttons are no part of them (1k.by's "?" help tip before each label).
const prose = (el: Element, max: number) => textPrefix(el, max, true)

const digitLed = (cell: Element | undefined) => /^\s*\d/.test(textPrefix(cell, 20))
const hasLink = (cell: Element | undefined) => !!one(cell, "a[href^=mailto],a[href^=tel]")
const choice = (el: Element | null | undefined) => !!one(el, "select")

/**
 * Whether a table pairs no label with its value, worked out once per table (its rows are read one
 * by one, and a table can have thousands): a table whose first row heads three or more columns
 * (all <th>, or after an empty corner cell; not a picture cell spanning the rows) is a grid (a
 * size chart, an instalment plan, delivery rates, a price history); so is one whose first rows of
 * four or more cells hold only numbers as values and a number where a label would be ("XS | 42 |
 * 84 cm | 72 cm": vmzona's size chart, its head row plain cells; "3D | No" and "5G | Yes" are
 * labels); and a contact card, a table of up to three rows each an e-mail or phone link or number
 * (agem's sales rep: "Tel: | +421 2 …", "E-mail: | …"), not a manufacturer's block with a name.
 * The verdicts last one reading of the page: a single-page shop may refill the same table.
 */
type Verdicts = WeakMap<HTMLTableElement, boolean>
function isGrid(table: HTMLTableElement, grids: Verdicts): boolean {
  let grid = grids.get(table)
  if (grid === undefined) {
    const { rows } = table
    const head = [...(rows[0]?.cells ?? [])]
    const sizeRow = (r: HTMLTableRowElement) => {
      const cells = [...r.cells]
      return cells.length > 3 && cells.some((c, i) => !(i % 2) && digitLed(c)) && cells.every((c, i) => !(i % 2) || digitLed(c))
    }
    grid =
      (head.length > 2 && (head.every((c) => c.localName === "th") || (!textPrefix(head[0], 200) && head[0]!.rowSpan < 2))) ||
      [...rows].slice(0, 4).some(sizeRow) ||
      (rows.length < 4 && [...rows].every((r) => hasLink(r.cells[1]) || /^\s*\+?[\d\s()./-]{7,}$/.test(textPrefix(r.cells[1], 40))) && [...rows].some((r) => hasLink(r)))
    grids.set(table, grid)
  }
  return grid
}

function pairsOf(row: Element, grids: Verdicts, split: Set<Element>): [string, string][] {
  if (split.has(row)) return [[prose(row.firstElementChild!, 120), prose(row.lastElementChild!, 400)]]
  // localName: lower case in HTML and XHTML pages alike.
  const tag = row.localName
  if (tag === "tr") {
    // `table tr` also matches an SVG <tr> inside a cell, which has no cells.
    const cells = [...((row as HTMLTableRowElement).cells ?? [])]
    const table = row.closest("table")
    // A label and its value sit side by side: "th td", "td td", or pairs "th td th td" (a row of
    // <th> pairs too: "SKU | 21128AC57NWP"), or a label, a number and its unit ("Weight | 2.5 |
    // kg"). Any other row with an odd number of cells, a row in <thead> or a row of a grid
    // (isGrid) pairs no label with its value.
    if (parentOf(row)?.localName === "thead" || (table && isGrid(table, grids))) return []
    const unit = cells.length === 3 && prose(cells[2]!, 20)
    const value = unit && prose(cells[1]!, 400)
    // A unit starts with a letter, "%", "°", an inch mark or a CJK unit sign ("kg", "l/h", "µm",
    // "°C", "″", "㎏"); a dash or a tick in a grid's third column is no unit, nor is a currency (an
    // instalment plan's "zł", "EUR", "원").
    if (value && /\d/.test(value) && /^[\p{L}%°″"㎀-㏿][^\d\s]{0,5}$/u.test(unit) && !isCurrencyText(unit))
      return [[prose(cells[0]!, 120), `${value} ${unit}`]]
    if (cells.length > 2 && cells.length % 2) return []
    const pairs: [string, string][] = []
    // A value with a drop-down is a choice to make ("Colour: Select... Black"), not a fact.
    for (let i = 0; i + 1 < cells.length; i += 2) if (!choice(cells[i + 1])) pairs.push([prose(cells[i]!, 120), prose(cells[i + 1]!, 400)])
    return pairs
  }
  if (tag === "dl") {
    const pairs: [string, string][] = []
    for (const dt of all(row, ":scope>dt,:scope>div>dt", 50)) {
      const dd = dt.nextElementSibling
      if (dd?.localName === "dd" && !choice(dd)) pairs.push([prose(dt, 120), prose(dd, 400)])
    }
    return pairs
  }
  if (choice(row)) return []
  const label = one(row, ".a-text-bold,[class*=label],[class*=name],strong,b,th,dt")
  const name = label && prose(label, 120)
  const text = prose(row, 520)
  // A label element that is the whole row, value too ("<b>Tuning: Master Tune</b>"), is split at
  // its colon below; one beside its value keeps its colon ("Dimensions: W x H x D | 30 x 40 cm").
  if (name && (name !== text || !/(?:: |：)\s*\S/.test(name))) return [[name, text.replace(name, "")]]
  // A full-width colon too ("商品名称：华为 Mate 60" in a spec box).
  const colon = text.search(/[:：]/)
  return colon > 0 ? [[text.slice(0, colon), text.slice(colon + 1)]] : []
}

/**
 * What tells two specs apart: their names, compared case-insensitively and without a closing full
 * stop (mechta.kz prints "Общий объем, л | 300" and, from its filters, "Общий объем, л. | 300 - 399").
 */
const labelKey = (name: string): string => toLower(name).replace(/\.$/, "")

/**
 * The spec rows under each of `roots` (in document order; one inside another is read with it), a
 * label once: those of tables and spec boxes, then, where they give fewer than FEW_SPECS, those
 * found by their shape.
 */
export function readSpecs(roots: readonly ParentNode[]): Spec[] {
  const specs: Spec[] = []
  const seen = new Set<string>()
  const grids: Verdicts = new WeakMap()
  const split = new Set<Element>()
  const add = ([rawName, rawValue]: [string, string]) => {
    // "Brand:", "Brand -" (John Lewis): the separator is no part of the label.
    const name = cleanText(rawName, 80)?.replace(/\s*(?:[:：]|\s[-–])\s*$/, "")
    const value = cleanText(rawValue.replace(/^\s*[:：]\s*/, ""), 200)
    const key = labelKey(name ?? "")
    // A label is words: "36 = 38" and "34/36 = 36" are size-chart cells, and a label with a price
    // is another product's card ("QUIKLOK QLX4 €20,90 Disponibilità immediata" in "also bought").
    // Terms of sale, ratings and ranks, and rows that only point elsewhere, are left out as the
    // background settles the specs (settle-specs.ts): no bytes here.
    if (!name || !value || name.length > 60 || seen.has(key) || !/\p{L}/u.test(name) || MONEY.test(name) || MONEY.test(value)) return
    seen.add(key)
    specs.push({ name, value })
  }
  const read = (rows: Element[]) => {
    for (const row of rows) if (!inContext(row, NOT_MAIN)) for (const pair of pairsOf(row, grids, split)) add(pair)
  }
  const outer = outermost(roots)
  read(outer.flatMap(specRows))
  if (specs.length < FEW_SPECS) read(outer.flatMap((root) => shapeRows(root, split)))
  return specs
}

/** What tells two specs apart (labelKey). */
export const specKey = (spec: Spec): string => labelKey(spec.name)

/**
 * The value of the first spec whose label is one of `labels` (compared case-insensitively) and
 * that `read` accepts, as `read` gives it: an ISBN-10 listed before the EAN is no GTIN.
 */
export function specValue(specs: Spec[], labels: readonly string[], read = (value: string): string | null => value): string | null {
  const wanted = new Set(labels.map(toLower))
  for (const spec of specs) {
    const value = wanted.has(specKey(spec)) ? read(spec.value) : null
    if (value) return value
  }
  return null
}

// Label lists as "a|b|c" strings: an array of strings costs the content script two bytes more per
// label (it is capped at 60 KB, issue #3).
// The maker's name where shops print no separate brand: "Hersteller", "Výrobca", "make/manufacturer".
export const BRAND_LABELS = (
  "brand|marke|marque|marca|merk|marka|бренд|品牌|ブランド|브랜드|brand name|značka|kaubamärk|" +
  "manufacturer|make/manufacturer|hersteller|fabricant|fabricante|produttore|výrobca|výrobce|producent|" +
  "proizvajalec|proizvođač|gyártó|производитель|メーカー|制造商"
).split("|")
export const MPN_LABELS = (
  "model number|item model number|manufacturer part number|mpn|modellnummer|herstellernummer|herstellerreferenz|" +
  "numéro du modèle de l'article|numéro de modèle|référence fabricant|numero modello articolo|modello|número de modelo del producto|" +
  "número de pieza del fabricante|modelnummer|型号|型番|part number|kód výrobce|produktové číslo|kod producenta|ražotāja kods|رقم الموديل|" +
  "رقم الموديل من المورد"
).split("|")
/** The manufacturer's part number a spec table names, as an id (short, one line, no markup). */
export const specMpn = (specs: Spec[]): string | null => specValue(specs, MPN_LABELS, normalizeId)

export const GTIN_LABELS = "ean|gtin|upc|ean-13|ean13|isbn|isbn-13|barcode|código de barras|штрихкод".split("|")
