// The product's picture on a page whose data names none (the "main product image" for
// pages with no markup): the picture in the part of the page that holds the main heading most
// closely, the first of those, since a shop's gallery sits beside the product's title (often in
// a carousel) and the header and footer sit further away. A picture whose alt text is named like
// the product goes first. Never one in a strip of other products, a logo, brand mark, icon,
// badge, placeholder or pixel, nor one the browser shows narrower than a thumbnail (stars, payment
// logos, swatches). Read only when no other source gave an image.

import { mainHeading } from "./heading"
import { STRIPS, ancestorDepths, closeness, inContext } from "./heuristics"
import { resolveUrl } from "./normalize"
import { all, attr } from "./text"
import { toLower } from "../price/letters"

// Words of a file name or class, not inside a word ("silicone", "Google Pixel" are products);
// banners, badges and captchas inside one too ("supersavebanner").
const NOT_PHOTO = /(?<![a-z])(?:logo|icon|pixel|brand|placeholder)|banner|badge|captcha|\.svg|\.gif/i
const words = (text: string) => toLower(text).match(/\p{L}{4,}/gu) ?? []

export function mainImage(doc: Document, pageUrl: string): string | null {
  const heading = mainHeading(doc)
  if (!heading) return null
  const chain = ancestorDepths(heading.el)
  const title = new Set(words(heading.text))
  let best: string | null = null
  // Sharing only <html> and <body> with the heading says nothing about where a picture is.
  let bestDepth = 2
  for (const img of all(doc, "img", 300)) {
    // Lazy galleries keep the real address in data-src, and a blank in src.
    const src = attr(img, "data-src") || attr(img, "src")
    // A picture whose alt text shares words with the heading (more than a brand's name) is the
    // product's: it goes before any without, however close those are (badges beside the title).
    const named = words(attr(img, "alt")).filter((w) => title.has(w)).length > 1
    const depth = closeness(img, chain) + (named ? 99 : 0)
    let url: string | null = null
    if (
      depth > bestDepth &&
      !inContext(img, STRIPS) &&
      // An address, not an inline blank or a stray word ("false" in IKEA's markup).
      /[./]/.test(src) &&
      // The width shown (natural when hidden; 0, so kept, when a lazy picture has not loaded yet).
      !(((img as HTMLImageElement).width || 1e3) < 100) &&
      !NOT_PHOTO.test(`${src} ${attr(img, "class")}`) &&
      // Resolved here: a blob: or other non-http(s) picture must not hide a later one.
      (url = resolveUrl(src, pageUrl))
    ) {
      bestDepth = depth
      best = url
    }
  }
  return best
}
