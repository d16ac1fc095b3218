// The body's text nodes in document order, walked once per extraction and only as far as a
// reader asks. The labelled-value readers and the check that the page prints an id each used to
// walk them again from the start; now the second reader gets the first one's nodes for free.

export interface PageTexts {
  /** The i-th text node of the body (0-based), or null past the end or without a body. */
  at(i: number): Text | null
}

export function pageTexts(doc: Document): PageTexts {
  const nodes: Text[] = []
  let walker: TreeWalker | null = doc.body ? doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */) : null
  return {
    at(i) {
      while (walker && nodes.length <= i) {
        const next = walker.nextNode() as Text | null
        if (next) nodes.push(next)
        else walker = null
      }
      return nodes[i] ?? null
    }
  }
}
