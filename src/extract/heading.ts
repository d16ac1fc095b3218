// The page's main heading: the first <h1> that has words. Many shops wrap their logo in an <h1>
// for search engines, before the product's own title.

import { cleanText } from "./normalize"
import { textPrefix } from "./text"

export interface Heading {
  el: Element
  text: string
}

export function mainHeading(doc: Document): Heading | null {
  for (const el of doc.querySelectorAll("h1")) {
    const text = cleanText(textPrefix(el, 400), 300)
    if (text) return { el, text }
  }
  return null
}

/** The main heading found at most once however many readers ask (the DOM stays put meanwhile). */
export function headingOnce(doc: Document): () => Heading | null {
  let found: Heading | null | undefined
  return () => (found === undefined ? (found = mainHeading(doc)) : found)
}
