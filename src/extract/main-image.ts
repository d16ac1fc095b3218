// The product's picture on a page whose data names none (the "main product image" for
// pages with no markup): the first picture in the part of the page that holds the main heading
// most closely, since a shop's gallery sits beside the product's title (often in a carousel), and
// other products' strips, the header and the footer sit further away; a picture named like the
// product goes first. Logos, brand marks, icons, badges, tracking pixels and pictures declared
// narrower than a thumbnail are left out. Read only when no other source gave an image.

import { mainHeading } from "./heading"
import { NOT_MAIN, ancestorDepths, closeness, inContext } from "./heuristics"
import { resolveUrl } from "./normalize"
import { all, attr } from "./text"
import { toLower } from "../price/letters"

const NOT_PHOTO = /logo|icon|sprite|pixel|banner|avatar|badge|brand|placeholder|secure|chat|qr|\.svg|\.gif/i
const words = (text: string) => toLower(text).match(/\p{L}{4,}/gu) ?? []

export function mainImage(doc: Document, pageUrl: string): string | null {
  const heading = mainHeading(doc)
  if (!heading) return null
  const chain = ancestorDepths(heading.el)
  const title = new Set(words(heading.text))
  let best = ""
  // Sharing only <html> and <body> with the heading says nothing about where a picture is.
  let bestDepth = 2
  for (const img of all(doc, "img", 300)) {
    // Lazy galleries keep the real address in data-src, and a blank in src.
    const src = attr(img, "data-src") || attr(img, "src")
    // A picture whose alt text shares words with the heading (more than a brand's name) is the
    // product's: it goes before any without, however close those are (badges beside the title).
    // Not in a strip of other products, whose names share words with this one's.
    const named = words(attr(img, "alt")).filter((w) => title.has(w)).length > 1 && !inContext(img, NOT_MAIN)
    const depth = closeness(img, chain) + (named ? 99 : 0)
    if (
      depth > bestDepth &&
      // An address, not an inline blank or a stray word ("false" in IKEA's markup).
      /^(?!data:).*[./]/.test(src) &&
      !(Number(attr(img, "width") || 1e3) < 100) &&
      !NOT_PHOTO.test(`${src} ${attr(img, "class")} ${attr(img, "alt")}`)
    ) {
      bestDepth = depth
      best = src
    }
  }
  return resolveUrl(best, pageUrl)
}
