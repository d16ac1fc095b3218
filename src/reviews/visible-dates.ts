// A review's date from the page when its structured data leaves it out. Tchibo's JSON-LD lists
// each review's words and author but prints "von Marika J. vom 26.09.2020" only above the review;
// 3 Suisses' microdata reviews show "21/10/2016" in an element without an itemprop; IKEA's and
// others' JSON-LD carry no date at all. Without dates the review list is undated and the trust
// report cannot see bursts of reviews. Each undated review's text is found where the page prints
// it, and the date is read from the smallest block around it that holds no other review.
// Runs in the on-demand review reader (src/platform/chrome-review-reader.ts), never in the content
// script, which is held to 60 KB (issue #3): the background asks a page for it when a reading
// leaves a review without a date (src/platform/chrome-background.ts).

import { parseReviewDate } from "../extract/dates"
import { madeId } from "../extract/settle-review"
import type { Review } from "../product"

// Bounds, whatever the page: text nodes visited, text nodes long enough to hold a review read,
// characters read from them, reviews compared with one text, levels climbed from a review's text,
// and how much longer than the review's own words its block may be.
const MAX_NODES = 300_000
const MAX_TEXTS = 50_000
const MAX_CHARS = 2_000_000
const MAX_CANDIDATES = 32
const MAX_CLIMB = 6
const MAX_BLOCK_EXTRA = 1500
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
// has been a member or customer ("Kundin seit 03.02.2015"), when it was bought or delivered. Not
// "customer" or "purchase" alone: "Avis client du 12/03/2021" and "Verified purchase · 3 May 2021" are review dates.
const NOT_REVIEW_DATE = new RegExp(
  [
    "antwort|answer|repl(?:y|ied)|respon|réponse|respuesta|risposta|resposta|odpowied|ответ",
    "seit|since|depuis|desde|sinds|\\bdal\\b|member|mitglied|membre|miembro|joined",
    "gekauft|kaufdatum|bought|purchased on|date of purchase|acheté|date d'achat|comprad|fecha de compra|acquistat|besteld|ordered|commandé",
    "liefer|deliver|livraison|livré|entrega|consegna|zustell|versand|dispatch|shipped|shipping"
  ].join("|"),
  "i"
)

const words = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase()

/** Whether a review can be dated from the page: it has no date and enough words to be found. */
export function datable(review: Review): boolean {
  return !review.date && words(review.body).length >= MIN_BODY
}

/** Whether `line` (lower case, one line) is a review date as shops print one: read as it is, or numbers its list settles. */
function isDateLine(line: string): boolean {
  return (
    line.length <= MAX_DATE_LINE &&
    !NOT_REVIEW_DATE.test(line) &&
    (parseReviewDate(line) !== null || /(?<!\d)\d{1,2}([./])\d{1,2}\1\d{4}(?!\d)/.test(line))
  )
}

const isText = (node: Node): node is Text => node.nodeType === 3

const ITEM = /^(?:LI|ARTICLE)$/

/** Where a review's words are printed: `el`, the element holding their first text node. */
interface Place {
  el: Element
  node: Text
}

/** The date lines in `block` outside the review's own words, those before them and those after. */
function datesIn(block: Element, place: Place, body: string): { before: string[]; after: string[] } {
  const found = { before: [] as string[], after: [] as string[] }
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */)
  for (let node = walker.nextNode(), seen = 0; node && seen < 400; node = walker.nextNode(), seen++) {
    if (!isText(node) || node === place.node || NOT_TEXT.test(node.parentNode?.nodeName ?? "")) continue
    const shown = node.data.slice(0, 400).replace(/\s+/g, " ").trim()
    const line = shown.toLowerCase()
    // The rest of the review's own words ("bought on <b>12.03.2021</b>") is no date line; a header
    // outside them that repeats a date the review mentions still is.
    if (!line || (place.el.contains(node) && body.includes(line)) || !isDateLine(line)) continue
    const after = place.node.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */
    ;(after ? found.after : found.before).push(shown)
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

/**
 * The review's date from the blocks around its words, climbing from the closest: a block with one
 * date line before the words is the review's header; with two, it holds another review (or its
 * header is not a date), and the climb stops. A date line only after the words (a footer: "Posted
 * 3 May 2021") is taken when no block above gives one before them: a shop's answer below a review
 * comes after the review's own date.
 */
function dateFor(place: Place, body: string, root: Element, holds: Map<Element, number>): string | null {
  let footer: string | null = null
  for (let block: Element | null = place.el, level = 0; block && block !== root && level <= MAX_CLIMB; block = block.parentElement, level++) {
    if ((holds.get(block) ?? 0) > 1 || textLongerThan(block, body.length + MAX_BLOCK_EXTRA)) break
    const { before, after } = datesIn(block, place, body)
    if (before.length > 1) break
    if (before.length === 1) return before[0]!
    footer ??= after[0] ?? null
    // A list's item is the review's whole block: a date beside it is another item's (one whose
    // words were too short to be found, "Super!").
    if (ITEM.test(block.tagName) || /^(?:listitem|article)$/.test(block.getAttribute("role") ?? "")) break
  }
  return footer
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
  const want = reviews.map((r, i) => datable(r) && !dated.has(bodies[i]!))
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
  // The first place printing a review's whole words, else the first printing their start (cut
  // short with "…"): a snippet of a review near the buy box is not the review. Reviews with the
  // same words take the places in order (a carousel may print a review twice).
  const whole = new Map<number, Place>()
  const start = new Map<number, Place>()
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */)
  let [nodes, texts, chars] = [0, 0, 0]
  for (let node = walker.nextNode(); node && nodes < MAX_NODES && texts < MAX_TEXTS && chars < MAX_CHARS; node = walker.nextNode(), nodes++) {
    const el = node.parentElement
    if (!isText(node) || !el || node.length < MIN_BODY || NOT_TEXT.test(el.tagName)) continue
    texts++
    const raw = node.data.slice(0, longest + 40)
    chars += raw.length
    const shown = words(raw)
    // A shop that shortens long reviews prints "…" or "..." where it cut.
    const cut = shown.replace(/(?:…|\.\.\.)$/, "").trimEnd()
    const exact = [...(byText.get(shown) ?? []), ...(byText.get(cut) ?? []), ...(byStart.get(shown.slice(0, MIN_AGREE)) ?? [])]
    let taken = false
    for (const i of exact.slice(0, MAX_CANDIDATES)) {
      const body = bodies[i]!
      if (!whole.has(i) && (shown === body || cut === body || (body.length >= MIN_AGREE && shown.startsWith(body) && shown.length <= body.length + 40))) {
        whole.set(i, { el, node })
        taken = true
        break
      }
    }
    if (taken || cut.length < MIN_AGREE) continue
    for (const i of (byStart.get(cut.slice(0, MIN_AGREE)) ?? []).slice(0, MAX_CANDIDATES)) {
      if (!start.has(i) && bodies[i]!.startsWith(cut)) {
        start.set(i, { el, node })
        break
      }
    }
  }
  const places = new Map<number, Place>()
  bodies.forEach((_, i) => {
    const place = whole.get(i) ?? start.get(i)
    if (place) places.set(i, place)
  })
  // How many reviews' words each block near them holds.
  const holds = new Map<Element, number>()
  for (const { el } of places.values()) {
    for (let up: Element | null = el, level = 0; up && level <= MAX_CLIMB; up = up.parentElement, level++) holds.set(up, (holds.get(up) ?? 0) + 1)
  }
  return reviews.map((review, i) => {
    const place = want[i] ? places.get(i) : undefined
    const date = place ? dateFor(place, bodies[i]!, root, holds) : null
    return date ? { ...review, id: review.id || madeId(review), date } : review
  })
}
