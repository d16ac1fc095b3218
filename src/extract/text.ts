// Reading an element's text without building its whole string: on a hostile page one element can
// hold 50 MB of text, and `textContent` (or even `nodeValue`) copies all of it before we could
// cut it down. This walks the text nodes and copies only the characters it keeps.

const MAX_TEXT_NODES = 400

/**
 * The first `max` characters of the element's text, as textContent would give them but without
 * the text of scripts and styles inside it (Amazon's stock line holds a script before its words).
 */
export function textPrefix(node: Node | null | undefined, max: number): string {
  if (!node) return ""
  if (node.nodeType === 3 /* TEXT_NODE */) return (node as Text).substringData(0, max)
  const doc = node.ownerDocument
  if (!doc) return ""
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */)
  let out = ""
  for (let t = walker.nextNode() as Text | null, seen = 0; t && out.length < max && seen < MAX_TEXT_NODES; t = walker.nextNode() as Text | null, seen++) {
    if (t.parentNode === node || !/^(SCRIPT|STYLE)$/.test(t.parentNode!.nodeName)) out += t.substringData(0, max - out.length)
  }
  return out
}

/** Length of a text node without copying its characters. */
export const textLength = (node: Node): number => (node as Text).length ?? 0
