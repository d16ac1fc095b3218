// The body's text nodes in document order, walked once per extraction and only as far as a
// reader asks. The labelled-value readers and the check that the page prints an id each used to
// walk them again from the start; now the second reader gets the first one's nodes for free, and
// each node's text is read from the page once: on a page's first run every `data` and `length`
// is a call into the browser from code V8 has not optimised yet, and the readers ask for the
// same ten thousand texts three or four times.

export interface PageTexts {
  /** The i-th text node of the body (0-based), or null past the end or without a body. */
  at(i: number): Text | null
  /** The i-th text node's text, or null past the end. */
  text(i: number): string | null
}

export function pageTexts(doc: Document): PageTexts {
  const nodes: Text[] = []
  const texts: string[] = []
  let walker: TreeWalker | null = doc.body ? doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */) : null
  const at = (i: number) => {
    while (walker && nodes.length <= i) {
      const next = walker.nextNode() as Text | null
      if (next) {
        nodes.push(next)
        texts.push(next.data)
      } else walker = null
    }
    return nodes[i] ?? null
  }
  return { at, text: (i) => (at(i) ? texts[i]! : null) }
}
