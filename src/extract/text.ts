// Reading an element's text without building its whole string: on a hostile page one element can
// hold 50 MB of text, and `textContent` (or even `nodeValue`) copies all of it before we could
// cut it down. This walks the text nodes and copies only the characters it keeps.

const MAX_TEXT_NODES = 400

// Elements that end a line where they sit: a review written as "peeled off.<br>Customer service…"
// or in <p>s must not read as one glued word ("off.Customer"), which hides the sentence break.
const LINE_BREAKS = /^(?:BR|P|DIV|LI)$/

// Review widgets put their "Read more" / "Show less" toggle inside the body: a button, a control
// with aria-expanded, or an in-page link. Its words are not the reviewer's ("Read more" became a
// counted highlight on Amazon), so prose skips such controls with everything in them.
const CONTROLS = "button,script,style,[aria-expanded],a[href^='#'],a[href^='javascript:' i],a[href='']"
const skipControls = (n: Node): number => (n.nodeType === 1 && (n as Element).matches(CONTROLS) ? 2 /* FILTER_REJECT: all of it */ : 1)

/**
 * The first `max` characters of the element's text, as textContent would give them but without
 * the text of scripts and styles inside it (Amazon's stock line holds a script before its words);
 * `prose` puts a space where an element breaks a line and leaves out buttons and toggles (for
 * reviews and descriptions, never for prices).
 */
export function textPrefix(node: Node | null | undefined, max: number, prose = false): string {
  if (!node) return ""
  if (node.nodeType === 3 /* TEXT_NODE */) return (node as Text).substringData(0, max)
  const doc = node.ownerDocument
  if (!doc) return ""
  // Most labels, cells and prices are one text node: read it without making a walker.
  const only = node.firstChild
  if (only === null) return ""
  if (only.nextSibling === null && only.nodeType === 3 && max > 0) return (only as Text).substringData(0, max)
  const walker = prose ? doc.createTreeWalker(node, 5 /* SHOW_ELEMENT | SHOW_TEXT */, skipControls) : doc.createTreeWalker(node, 4 /* SHOW_TEXT */)
  let out = ""
  for (let n = walker.nextNode(), seen = 0; n && out.length < max && seen < MAX_TEXT_NODES; n = walker.nextNode(), seen++) {
    if (n.nodeType !== 3) {
      if (LINE_BREAKS.test((n as Element).tagName) && out && !/\s$/.test(out)) out += " "
    } else if (n.parentNode === node || !/^(SCRIPT|STYLE)$/.test(n.parentNode!.nodeName)) out += (n as Text).substringData(0, max - out.length)
  }
  return out
}

/** Length of a text node without copying its characters. */
export const textLength = (node: Node): number => (node as Text).length ?? 0
