// Label/value pairs written as neighbouring nodes rather than table rows: "<p>Výrobca</p><p>ANPIX</p>",
// "<strong>Šifra:</strong> 9470", "<span>make: <b>Consteel</b></span>", "SKU: 12345". Found by
// walking short text nodes only, a fixed number of them, so a 100k-node page costs the same.

import { escapeRe } from "../price/parse"
import { cleanText, normalizeId } from "./normalize"
import type { PageTexts } from "./page-texts"
import { above, parentOf, textPrefix } from "./text"
import { toLower, trim } from "../price/letters"

const MAX_TEXT_NODES = 10_000
// A label's value in a menu or the footer belongs to the site, not to this product. (Not <header>:
// shops put the product's own heading and code in one.)
const OUTSIDE = "footer,nav,aside,[role=navigation],script,style,noscript,select,option"

const blank = (n: Node) => n.nodeType === 8 || (n.nodeType === 3 && !trim((n as Text).data))

function nextMeaningful(n: Node): Node | null {
  let s = n.nextSibling
  for (let i = 0; s && blank(s) && i < 4; i++) s = s.nextSibling
  return s && !blank(s) ? s : null
}

/** The text after a label node: its next sibling's, or (a label alone in its element) its element's next sibling's. */
export function textAfter(label: Node, max: number): string {
  let n: Node | null = label
  for (let up = 0; n && !nextMeaningful(n) && up < 2; up++) n = parentOf(n)
  return n ? textPrefix(nextMeaningful(n), max) : ""
}

/** Short text nodes of the body outside menus and footers, up to the cap, each with its parent. */
function* shortTexts(texts: PageTexts, hint: RegExp): Generator<Text> {
  for (let i = 0, text = texts.text(0); text !== null && i < MAX_TEXT_NODES; text = texts.text(++i)) {
    if (text.length > 120 || !hint.test(text)) continue
    const node = texts.at(i)!
    if (!above(node, OUTSIDE)) yield node
  }
}

export const SKU_LABEL = /(?:^|\s)(?:sku|item\s*(?:#|no\.?|number)|art(?:ikel)?\.?\s*-?\s*nr\.?|artikelnummer|bestell(?:nummer|-?nr\.?)|product\s*(?:code|id|no\.?)|prod\.?\s*no\.?|model\s*no\.?|réf(?:érence)?\.?|code\s*article|código|cod\.?\s*(?:articolo|produs)|kod\s*produktu|kód|šifra|артикул|код(?:\s*товара|(?=\s*:))|商品编号|商品番号|品番|型番)\s*[:#.：]?\s*([A-Za-z0-9][\w\-./]{1,30})/i
const SKU_HINT = /sku|item|art|product|prod|model|bestell|réf|ref|c[óo]d|kod|kód|šifra|артикул|код|商品|品番|型番/i

/** A labelled id ("SKU: 12345", "Art.-Nr. 4711", "<dt>Réf.</dt><dd>TE502</dd>"); ids have a digit. */
export function skuByLabel(texts: PageTexts): string | null {
  for (const node of shortTexts(texts, SKU_HINT)) {
    const text = cleanText(`${node.data} ${textAfter(node, 120)}`, 200) ?? ""
    const id = SKU_LABEL.exec(text)?.[1]
    if (id && /\d/.test(id)) return normalizeId(id)
  }
  return null
}

/**
 * The value printed next to one of `labels` ("Brand", "Marke: Tefal"): a text node that is the
 * label alone takes the following text; "label: value" in one node takes the rest. Values that
 * are long, look like another label or fail `accept` (names have a letter) are refused: a wrong
 * brand is worse than none.
 */
export function valueByLabel(texts: PageTexts, labels: readonly string[], accept = /\p{L}/u): string | null {
  const wanted = new Set(labels)
  const hint = new RegExp(labels.map(escapeRe).join("|"), "i")
  for (const node of shortTexts(texts, hint)) {
    const m = /^\s*([^:：]{1,40}?)\s*(?:[:：]\s*(.*?))?\s*$/s.exec(node.data)
    if (!m || !wanted.has(toLower(m[1]!))) continue
    const raw = m[2] || textAfter(node, 80)
    const value = cleanText(raw.replace(/^\s*[:：]\s*/, ""), 80)
    if (value && value.length <= 50 && accept.test(value) && !/[:：]$/.test(value)) return value
  }
  return null
}
