// Reading an element's text without building its whole string: on a hostile page one element can
// hold 50 MB of text, and `textContent` (or even `nodeValue`) copies all of it before we could
// cut it down. This walks the text nodes and copies only the characters it keeps.

import { trim } from "../price/letters"

const MAX_TEXT_NODES = 400

// Elements that end a line where they sit: a review written as "peeled off.<br>Customer service…"
// or in <p>s must not read as one glued word ("off.Customer"), which hides the sentence break.
const LINE_BREAKS = /^(?:BR|P|DIV|LI)$/

// Review widgets put their "Read more" / "Show less" toggle inside the body: a button (or an
// element with role=button), or an in-page or script link. Its words are not the reviewer's ("Read
// more" became a counted highlight on Amazon), so prose skips such controls with everything in
// them. Not every element with aria-expanded: eBay puts it on the hidden rest of a text. Skipped by
// hand, not with a NodeFilter: where page scripts are off (the CLI, some shops' sandboxes) Chromium
// refuses to call a filter ("callback is no longer runnable") and the whole read would fail.
// A link to log in ("Log In needed", in usedvictoria's product name) is the shop's, not the text's
// (a path part, so "analoginen" and "designing" in a link are words). Nor is a tooltip, or a
// tooltip's icon: an anchor without an address holding a letter or two (nay.sk's "i" before each
// spec label read "iTyp displeja"; such an anchor with words is text: a label that is a tooltip's
// trigger, a link whose address a review widget removed). Nor is the text a video or a sound holds
// for browsers that cannot play it ("Your browser does not support HTML5 video." began an Amazon
// review whose buyer posted a video).
const CONTROLS = "button,script,style,video,audio,[role=button],[role=tooltip],a[href^='#'],a[href^='javascript:' i],a[href=''],a[href*='/login' i],a[href*='/signin' i]"

/**
 * The first `max` characters of the element's text, without white space at its ends (every
 * caller trims, so it is done once here), as textContent would give them but without
 * the text of scripts and styles inside it (Amazon's stock line holds a script before its words);
 * `prose` puts a space where an element breaks a line and leaves out buttons and toggles (for
 * reviews and descriptions, never for prices).
 */
export function textPrefix(node: Node | null | undefined, max: number, prose = false): string {
  if (!node) return ""
  if (node.nodeType === 3 /* TEXT_NODE */) return trim((node as Text).substringData(0, max))
  const doc = node.ownerDocument
  if (!doc) return ""
  // Most labels, cells and prices are one text node: read it without making a walker.
  const only = node.firstChild
  if (only === null) return ""
  if (only.nextSibling === null && only.nodeType === 3 && max > 0) return trim((only as Text).substringData(0, max))
  // Only prose walks elements (SHOW_ELEMENT | SHOW_TEXT); other reads walk text alone.
  const walker = doc.createTreeWalker(node, prose ? 5 : 4)
  let out = ""
  let control: Node | null = null
  for (let n = walker.nextNode(), seen = 0; n && out.length < max && seen < MAX_TEXT_NODES; n = walker.nextNode(), seen++) {
    if (control?.contains(n)) continue
    if (n.nodeType !== 3) {
      if ((n as Element).matches(CONTROLS) || ((n as Element).matches("a:not([href])") && textPrefix(n, 3).length < 3)) control = n
      else if (LINE_BREAKS.test((n as Element).tagName) && out && !/\s$/.test(out)) out += " "
    } else if (n.parentNode === node || !/^(SCRIPT|STYLE)$/.test(n.parentNode!.nodeName)) {
      const text = (n as Text).substringData(0, max - out.length)
      // Cents set as a superscript ("63<sup>07</sup> Lei", "1.299<sup>00</sup>") are the decimals,
      // not two more digits: without a separator the price read 100 times too high. Not in prose,
      // where "10<sup>23</sup>" is a power.
      // After a price that has its decimals ("€ 49,99<sup>10</sup>") it is a footnote, set apart.
      // So are cents in an element of their own, named so ("<span class=cents>99</span>", Walmart's
      // "price-mantissa", BEM's "price__dec"; not "percent", "accent", "centre", Tailwind's
      // "decoration-1"). The class is read last, for two digits after a digit, and from an element
      // only (a shadow root holds some widgets' texts). Templates often set the two apart by a line
      // break ("<span>149</span>\n<span class=cents>99</span>").
      const cents =
        !prose && /\d\s*$/.test(out) && /^\d\d$/.test(text) &&
        (n.parentNode!.nodeName === "SUP" || /(?<![a-z])cents?(?![a-z])|dec(?!o)|fraction|mantissa/i.test(n.parentElement?.getAttribute("class") ?? ""))
      if (cents) out = out.trimEnd()
      out += cents ? (/[.,]\d\d$/.test(out) ? " " : /\.\d{3}$/.test(out) ? "," : ".") + text : text
    }
  }
  return trim(out)
}

/** An attribute's value, "" when absent: shorter than `getAttribute(name) ?? ""` at each of the many calls. */
export const attr = (el: Element, name: string): string => el.getAttribute(name) ?? ""

/** `node.parentElement`, spelled once for the content script's dozen ancestor walks (60 KB cap). */
export const parentOf = (node: Node): Element | null => node.parentElement

/** The page's body or main landmark: ancestor walks in search of one product's box stop there. */
export const isPageRoot = (el: Element): boolean => /^(?:BODY|MAIN)$/.test(el.tagName)

/** The nearest ancestor of `node` (never `node` itself) that matches `selector`. */
export const above = (node: Node, selector: string): Element | null | undefined => parentOf(node)?.closest(selector)

/**
 * The first element under `root` that matches `selector` (none without a root): one spelling of
 * `querySelector` for the content scripts' seventeen calls, about ten bytes shorter each.
 */
export const one = (root: ParentNode | null | undefined, selector: string): Element | null | undefined => root?.querySelector(selector)

/**
 * The first `max` elements under `root` that match `selector`, as an array: one spelling of the
 * bounded query every reader makes (a few bytes each in the 60 KB content scripts). Called once
 * per query, never per element.
 */
export const all = <E extends Element = Element>(root: ParentNode, selector: string, max = Infinity): E[] =>
  [...root.querySelectorAll<E>(selector)].slice(0, max)

/**
 * The first `max` elements under `root`, in document order, whose id or class has a match of
 * `words`, or that `also` accepts: `all(root, "[class*=price i],[id*=price i],…")` for word lists.
 * Chromium tests every part of a selector list on every element, and case-insensitive substring
 * parts are the slowest kind: the price and stock lists were the costliest queries on big pages.
 * One TreeWalker pass testing one regular expression on each class and id, with no string built
 * per element, took 60–70% of the lists' time over the corpus. Bounded as the query it replaces:
 * one pass over the page's elements, `max` kept.
 */
export function byClass(root: Node, words: RegExp, max: number, also?: (el: Element) => boolean): Element[] {
  const out: Element[] = []
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* SHOW_ELEMENT */)
  for (let el; out.length < max && (el = walker.nextNode() as Element | null); ) {
    const cls = el.getAttribute("class")
    if ((cls && words.test(cls)) || (el.id && words.test(el.id)) || also?.(el)) out.push(el)
  }
  return out
}
