// A review's date from the page when its structured data leaves it out. Tchibo's JSON-LD lists
// each review's words and author but prints "von Marika J. vom 26.09.2020" only above the review;
// 3 Suisses' microdata reviews show "21/10/2016" in an element without an itemprop; IKEA's and
// others' JSON-LD carry no date at all. Without dates the review list is undated and the trust
// report cannot see bursts of reviews. Each undated review's text is found where the page prints
// it, and the date is read from the smallest block around it that holds no other review (dateFor).
// A wrong date is worse than none: wherever the page leaves a doubt (two date lines, places that
// disagree, two reviews with the same words), the review stays undated.
// Runs in the on-demand review reader (src/platform/chrome-review-reader.ts), never in the content
// script, which is held to 60 KB (issue #3): the background asks a page for it when a reading
// leaves a review without a date (src/platform/chrome-background.ts).

import { parseReviewDate } from "../extract/dates"
import { idsOf, words } from "../extract/review-copies"
import { MAX_REVIEWS } from "../extract/reviews"
import { keptId, settleReviews, withDecodedTexts } from "../extract/settle-review"
import { squish } from "../price/letters"
import type { Review } from "../product"

// Bounds, whatever the page: text nodes visited, text nodes long enough to hold a review read,
// characters read from them, reviews compared with one text, levels climbed from a review's text,
// and how much longer than the review's own words its block may be.
const MAX_NODES = 300_000
const MAX_TEXTS = 50_000
const MAX_CHARS = 2_000_000
const MAX_CANDIDATES = 32
const MAX_PLACES = 3
const MAX_CLIMB = 6
const MAX_BLOCK_EXTRA = 1500
// A date after the review's words is its footer only this close to them (its element and the one around it).
const MAX_FOOTER_LEVEL = 1
// Shorter texts ("Super!", "Top") are printed too often to be told from a button or a label.
const MIN_BODY = 12
// A text that is not the whole review must agree with its start on this many characters, which
// also key the lookup: reviews that begin alike ("Great product, ") are not all compared.
const MIN_AGREE = 24
// A date is printed on a short line of its own ("21/10/2016", "von Marika J. vom 26.09.2020").
const MAX_DATE_LINE = 120
// Text that is no page text: scripts (the JSON-LD itself holds every review's words), styles.
const NOT_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/
// Dated lines that are not when the review was written: the shop's answer, since when the reviewer
// has been a member or customer ("Kundin seit 03.02.2015"), when it was bought, delivered, used
// (Trustpilot's "Date of experience") or first sold, prices, vouchers and codes ("Art.-Nr.
// 2021.05.12", "Firmware 2020.1.2"). Not "customer" or "purchase" alone: "Avis client du
// 12/03/2021" and "Verified purchase · 3 May 2021" are review dates. Whole words where a name could
// hold them ("Seitz", "Desdemona").
const NOT_REVIEW_DATE = new RegExp(
  "(?<!\\p{L})(?:" +
    [
      "antwort|answer|repl|respon|réponse|respuesta|risposta|resposta|odpowied|ответ|reactie|reakce|odpověď|válasz|răspuns",
      "member|mitglied|membre|miembro|joined|registriert|inscrit",
      "gekauft|kaufdatum|bought|purchased on|date of purchase|acheté|date d'achat|comprad|fecha de compra|acquistat|bestell|besteld|order|commandé",
      "liefer|deliver|livraison|livré|entrega|consegna|zustell|versand|dispatch|shipped|shipping",
      "experience|erfahrung|expérience|experiencia|esperienza|ervaring|used on|genutzt|utilisé",
      "verfügbar|erhältlich|available|disponib|preis|price|prix|precio|prezzo|mwst|vat|gutschein|coupon|voucher|gültig|valid",
      "art\\.?-?nr|artikelnummer|item no|model|modell|version|firmware|ref\\.|sku|ean"
    ].join("|") +
    ")|(?<!\\p{L})(?:seit|since|depuis|desde|sinds|dal|dalla|svar|vastaus|stand)(?!\\p{L})",
  "iu"
)
// Month abbreviations that are also words ("Apple Pencil Gen 2 2021", "Set 3 2021"): in a line of
// text they count only with their dot.
const WORD_NOT_MONTH = /(?<!\p{L})(?:gen|set|mag|out|ago)(?![\p{L}.])/iu

/** Whether a review can be dated from the page: it has no date and enough words to be found. */
export function datable(review: Review): boolean {
  return !review.date && words(review.body).length >= MIN_BODY
}

/**
 * What READ_REVIEW_DATES names for a page's reading (its reviews as the content script sent them,
 * before their dates were read): nothing unless a review has no date the page may print where its
 * data has none, and no copy joined to it has one either (Tchibo's JSON-LD leaves out the dates of
 * the reviews its printed list dates); then the ids of all the product's reviews (each settled
 * review's and its joined copies'), so that their list settles how its numeric dates are written.
 * A date the page gave, read or not, is the page's; the reader would not replace it.
 */
export function datesFor(sent: Review[]): string[] {
  // Their texts as the background keeps them (entities decoded), whose ids it stored them by.
  const reviews = sent.map(withDecodedTexts)
  if (!reviews.some(datable)) return []
  const settled = settleReviews(reviews)
  // A review the page gave a date, read or not ("05/10/2016" alone), in any of its copies.
  const given = new Set(reviews.filter((r) => r.date).map(keptId))
  const dated = new Set(settled.filter((r) => r.date || idsOf(r).some((id) => given.has(id))).flatMap(idsOf))
  return reviews.some((r) => datable(r) && !dated.has(keptId(r))) ? [...new Set(settled.flatMap(idsOf))].slice(0, 4 * MAX_REVIEWS) : []
}

/** Whether `line` (lower case, one line) is a review date as shops print one: read as it is, or numbers its list settles. */
function isDateLine(line: string): boolean {
  return (
    line.length <= MAX_DATE_LINE &&
    !NOT_REVIEW_DATE.test(line) &&
    !WORD_NOT_MONTH.test(line) &&
    (parseReviewDate(line) !== null || /(?<!\d)\d{1,2}([./])\d{1,2}\1\d{4}(?!\d)/.test(line))
  )
}

const isText = (node: Node): node is Text => node.nodeType === 3

const ITEM = /^(?:LI|ARTICLE)$/
// Where a short text is a title, not a review's words.
const HEADING = /^(?:H[1-6]|STRONG|B|DT|LEGEND|CAPTION)$/

/** Where a review's words are printed: `el`, the element holding their first text node. */
interface Place {
  el: Element
  node: Text
}

/** The date lines in `block` outside the review's own words, those before them and those after. */
function datesIn(block: Element, place: Place, body: string): { before: string[]; after: string[] } {
  const found = { before: [] as string[], after: [] as string[] }
  const add = (node: Node, line: string) => {
    const after = place.node.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */
    ;(after ? found.after : found.before).push(line)
  }
  // Elements too (SHOW_ELEMENT | SHOW_TEXT): a <time> gives its date in `datetime` while it shows
  // "2 days ago" (WooCommerce, Shopify themes, Trustpilot).
  const walker = block.ownerDocument.createTreeWalker(block, 5)
  let time: Element | null = null
  for (let node = walker.nextNode(), seen = 0; node && seen < 600; node = walker.nextNode(), seen++) {
    if (time?.contains(node)) continue
    if (!isText(node)) {
      const stamp = (node as Element).tagName === "TIME" ? /^\d{4}-\d{2}-\d{2}/.exec((node as Element).getAttribute("datetime") ?? "") : null
      const label = stamp ? words((node.parentNode?.textContent ?? "").slice(0, 200)) : ""
      if (stamp && !NOT_REVIEW_DATE.test(label)) {
        time = node as Element
        add(node, stamp[0])
      }
      continue
    }
    if (node === place.node || NOT_TEXT.test(node.parentNode?.nodeName ?? "")) continue
    const shown = squish(node.data.slice(0, 400))
    const line = shown.toLowerCase()
    // The rest of the review's own words ("bought on <b>12.03.2021</b>") is no date line; a header
    // outside them that repeats a date the review mentions still is.
    if (line && !(place.el.contains(node) && body.includes(line)) && isDateLine(line)) add(node, shown)
  }
  return found
}

/** Whether `el`'s text is longer than `max` (a block holding a whole list need not be read to its end). */
function textLongerThan(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4)
  let length = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).length
    if (length > max) return true
  }
  return false
}

/** Whether `el` is one of a list's items: a list item or article, or one of siblings built alike (`div.review-card`). */
function isItem(el: Element, byClass: boolean): boolean {
  if (ITEM.test(el.tagName) || /^(?:listitem|article)$/.test(el.getAttribute("role") ?? "")) return true
  const kind = el.getAttribute("class")
  if (!byClass || !kind) return false
  for (const other of [el.previousElementSibling, el.nextElementSibling]) if (other?.tagName === el.tagName && other.getAttribute("class") === kind) return true
  return false
}

/**
 * The review's date from the blocks around its words, climbing from the closest: the first block
 * with one date line before the words gives it (the review's header); with two, the block holds
 * another review (or its header is no date), and the climb stops. A date line after the words in
 * the review's own element or the one around it is a footer ("Posted 3 May 2021"), taken at once:
 * a date further up belongs to another review. The climb ends at a list's item (a review card) and
 * at a block that holds another review's words or is much longer than the review.
 */
function dateFor(place: Place, body: string, root: Element, holds: Map<Element, Set<number>>): string | null {
  for (let block: Element | null = place.el, level = 0; block && block !== root && level <= MAX_CLIMB; block = block.parentElement, level++) {
    if ((holds.get(block)?.size ?? 0) > 1 || textLongerThan(block, body.length + MAX_BLOCK_EXTRA)) break
    const { before, after } = datesIn(block, place, body)
    if (before.length > 1) break
    if (before.length === 1) return before[0]!
    if (after.length && level <= MAX_FOOTER_LEVEL) return after[0]!
    // The review's own element may repeat its class in its paragraphs (Tchibo's "c-tp-copytext"
    // for the header and the words): only the blocks above it are told apart as items.
    if (isItem(block, level > 0)) break
  }
  return null
}

/**
 * `reviews` with a date read from the page for each that has none and whose words the page prints
 * (the date as printed: settling reads it, in the order its list shows, src/extract/dates.ts). A
 * review dated here keeps the id it had without the date: stored before, it is not stored again.
 * A review another review in the list repeats with a date (its widget's copy) is dated by joining
 * that copy (src/extract/review-copies.ts), not here.
 */
export function withVisibleDates(doc: Document, reviews: Review[]): Review[] {
  const bodies = reviews.map((r) => words(r.body))
  const dated = new Set(bodies.filter((_, i) => reviews[i]!.date))
  // Reviews with the same words cannot be told apart by where they are printed (the data's order
  // need not be the page's): they stay undated.
  const seen = new Map<string, number>()
  for (const body of bodies) seen.set(body, (seen.get(body) ?? 0) + 1)
  const want = reviews.map((r, i) => datable(r) && !dated.has(bodies[i]!) && seen.get(bodies[i]!) === 1)
  const root = doc.body
  if (!want.some(Boolean) || !root) return reviews
  // Every review with enough words is looked for, dated or not: a block that holds another
  // review's words is a list, not a review. Short reviews by their whole text, the others by their start.
  const byText = new Map<string, number[]>()
  const byStart = new Map<string, number[]>()
  bodies.forEach((body, i) => {
    if (body.length < MIN_BODY) return
    const [map, key] = body.length < MIN_AGREE ? [byText, body] : [byStart, body.slice(0, MIN_AGREE)]
    map.set(key, [...(map.get(key) ?? []), i])
  })
  const longest = Math.max(...bodies.map((b) => b.length))
  // The places printing a review's whole words (the first three), else the first printing their
  // start (cut short with "…"): a snippet of a review near the buy box is not the review. A
  // carousel may print a review twice, a "most helpful review" box repeats one, and a short
  // review's words may be another review's title ("Sehr zufrieden"): the dates of its places must
  // agree. A short text in a heading is a title, not looked at.
  const whole = new Map<number, Place[]>()
  const start = new Map<number, Place>()
  const printed = (i: number, place: Place) => {
    const list = whole.get(i)
    if (!list) whole.set(i, [place])
    else if (list.length < MAX_PLACES) list.push(place)
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */)
  let [nodes, texts, chars] = [0, 0, 0]
  for (let node = walker.nextNode(); node && nodes < MAX_NODES && texts < MAX_TEXTS && chars < MAX_CHARS; node = walker.nextNode(), nodes++) {
    if (!isText(node) || node.length < MIN_BODY) continue
    texts++
    const raw = node.data.slice(0, longest + 40)
    chars += raw.length
    // Most long text nodes of a page are its source's indentation: let go before any other DOM read.
    if (!raw.trim()) continue
    const el = node.parentElement
    if (!el || NOT_TEXT.test(el.tagName)) continue
    const shown = words(raw)
    // A shop that shortens long reviews prints "…" or "..." where it cut.
    const cut = shown.replace(/(?:…|\.\.\.)$/, "").trimEnd()
    if (!HEADING.test(el.tagName)) for (const i of byText.get(shown) ?? []) printed(i, { el, node })
    const long = (byStart.get(shown.slice(0, MIN_AGREE)) ?? []).slice(0, MAX_CANDIDATES)
    const i = long.find((i) => bodies[i] === shown || bodies[i] === cut)
    if (i !== undefined) {
      printed(i, { el, node })
      continue
    }
    if (cut.length < MIN_AGREE) continue
    const j = long.find((j) => !start.has(j) && bodies[j]!.startsWith(cut))
    if (j !== undefined) start.set(j, { el, node })
  }
  const places = new Map<number, Place[]>()
  bodies.forEach((_, i) => {
    const found = whole.get(i) ?? (start.has(i) ? [start.get(i)!] : undefined)
    if (found) places.set(i, found)
  })
  // Which reviews' words each block above them holds, up to the page's body.
  const holds = new Map<Element, Set<number>>()
  for (const [i, list] of places) {
    for (const { el } of list) {
      for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
        const held = holds.get(up)
        if (held) held.add(i)
        else holds.set(up, new Set([i]))
      }
    }
  }
  return reviews.map((review, i) => {
    if (!want[i] || !places.has(i)) return review
    const dates = new Set(places.get(i)!.map((place) => dateFor(place, bodies[i]!, root, holds)))
    dates.delete(null)
    const [date] = dates
    return dates.size === 1 ? { ...review, id: keptId(review), date: date! } : review
  })
}
