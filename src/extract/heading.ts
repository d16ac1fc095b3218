// The page's main heading: the first <h1> that has words. Many shops wrap their logo in an <h1>
// for search engines, before the product's own title.

import { cleanText } from "./normalize"
import { textPrefix } from "./text"

export function mainHeading(doc: Document): { el: Element; text: string } | null {
  for (const el of doc.querySelectorAll("h1")) {
    const text = cleanText(textPrefix(el, 400), 300)
    if (text) return { el, text }
  }
  return null
}
