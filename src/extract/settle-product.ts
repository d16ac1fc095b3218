// A product's texts, ids and lists as Cartwise keeps them, settled by the background as it accepts
// a page's result (src/messages/validate.ts) and by the command line, like reviews' dates
// (settle-review.ts) and spec marks (settle-specs.ts): no bytes in the content scripts, which are
// held to 60 KB (issue #3). What the shopper and the model read must be words, not a shop's markup.
// Rules that need only the merged fields live here, not in the content script (its brand label,
// the template label left at a name's end, a book's ISBN as its GTIN, a currency text of another
// reading than the currency code's).

import type { ProductSnapshot, Variant } from "../product"
import { squish } from "../price/letters"
import { normalizeGtin, normalizeId, stripBrandLabel } from "./normalize"
import { setField, type ReadSource } from "./set-field"
import { settleReviews } from "./settle-review"
import { settleSpecs } from "./settle-specs"
import { settleText } from "./entities"

/**
 * The product as Cartwise keeps it: every text and list settled, by the one step the background's
 * validator and the command line share (so a new rule reaches both). A description, picture or
 * brand that settles to nothing loses its source too.
 */
export function settleProduct({ pageTitle, ...sent }: ProductSnapshot): ProductSnapshot {
  const product = settleFieldPairs(withTexts(sent))
  const description = product.description === null ? null : settleDescription(product.description)
  const image = product.image === null ? null : settleImage(product.image)
  const brand = stripBrandLabel(product.brand)
  const { sources } = product
  if (description === null) delete sources.description
  if (image === null) delete sources.image
  if (brand === null) delete sources.brand
  return {
    ...product,
    brand,
    // A template's label left empty at the end of a name ("… MONT BLANC דגם:", "… Model:") is no part of it.
    name: product.name && withoutShopTag(product.name, pageTitle ?? "").replace(/\s+[^\s:：]{1,15}[:：]$/u, ""),
    description,
    image,
    sources,
    images: product.images.filter((address) => settleImage(address) !== null),
    breadcrumbs: settleBreadcrumbs(product.breadcrumbs),
    specs: settleSpecs(product.specs),
    variants: settleVariants(product.variants, [product.url, product.canonicalUrl]),
    reviews: settleReviews(product.reviews)
  }
}

/**
 * `name` without a shop's tag in brackets before it ("[타임커머스 티몬] 빅사이즈 브라…" in og:title) when
 * the page's own <title> is the rest, a separator and the shop, which the tag names ("빅사이즈 브라…
 * - 티몬"). Any other bracket stays: a brand the title keeps ("[비비안] …"), a condition or pack
 * size ("[Refurbished] Pixel 8" beside "Pixel 8 (Refurbished) - Google Store", found by review).
 * Moved here from the content script (about 300 bytes of its 60 KB), which sends the title beside
 * a name that starts with a bracket.
 */
function withoutShopTag(name: string, pageTitle: string): string {
  const tagged = /^\[([^\]]{1,30})\]\s*(.+)/.exec(name)
  if (!tagged) return name
  const tag = tagged[1]!
  const rest = tagged[2]!
  const title = squish(pageTitle)
  const shop = title.startsWith(rest) && /^ [-|–—:·] (.+)$/.exec(title.slice(rest.length))?.[1]
  return shop && shop.split(" ").some((word) => word.length > 1 && tag.includes(word)) ? rest : name
}

// The fields that hold a shop's words or ids, whose entities are decoded first (entities.ts).
const TEXT_FIELDS = ["name", "brand", "description", "seller", "sku", "mpn"] as const

/**
 * A copy of `product` with the entities a shop's data left in its texts decoded: fields, category
 * path, specs and variant names (reviews are settled with theirs). A text left with nothing loses
 * its source; an id is held as the content script holds ids (normalizeId: one that decodes to
 * markup, "&lt;…&gt;", is none).
 */
function withTexts(product: ProductSnapshot): ProductSnapshot {
  const copy = { ...product, sources: { ...product.sources } }
  for (const field of TEXT_FIELDS) {
    const text = settleText(product[field])
    copy[field] = field === "sku" || field === "mpn" ? normalizeId(text) : text
    if (copy[field] === null) delete copy.sources[field]
  }
  copy.breadcrumbs = product.breadcrumbs.flatMap((part) => settleText(part) ?? [])
  copy.specs = product.specs.flatMap(({ name, value }) => {
    const [settledName, settledValue] = [settleText(name), settleText(value)]
    return settledName && settledValue ? [{ name: settledName, value: settledValue }] : []
  })
  copy.variants = product.variants.map((variant) => ({ ...variant, name: settleText(variant.name) }))
  return copy
}

/**
 * `product` (a copy the caller owns) with the fields that follow from another settled: a book's
 * sku as its GTIN (a book's id is its ISBN-13, which is its GTIN: 978/979 is the "Bookland" EAN
 * prefix, and shops give it as the sku only; the check digit keeps other 13-digit ids out), and
 * its currency text only where it is the currency's own reading.
 */
function settleFieldPairs(product: ProductSnapshot): ProductSnapshot {
  const isbn = normalizeGtin(product.sku)
  const skuSource = product.sources.sku?.source as ReadSource | undefined
  if (!product.gtin && /^97[89]\d{10}$/.test(isbn ?? "")) setField(product, "gtin", isbn, skuSource)
  // The shown currency text must come from the same reading as the currency code (the final ones,
  // after the page checks and a shop adapter's preferred fields).
  if (product.currencyText !== null && product.sources.currencyText?.source !== product.sources.currency?.source) {
    product.currencyText = null
    delete product.sources.currencyText
  }
  return product
}

// Markup a shop's JSON-LD or og:description sometimes carries as text, escaped once too often
// (John Lewis's "<p>Help your skin…", Currys' "<strong>…<br /><br /></strong>", Mobly's
// "<article><h2>…"). Taken out only where the text plainly holds markup, a closing tag or a line
// break: "Tamanhos <P> ao <GG>", "Cup sizes <A> to <D>" and an Amazon bullet's "<Small & Portable>"
// are the shop's words.
const HAS_MARKUP = /<\/[a-z][a-z0-9]*>|<br\s*\/?>/i
// Elements that end a line, and the rest of HTML's text elements, which join their text to the
// words beside them ("10 m<sup>2</sup>", "<strong>Material</strong>:"). A name is followed by a
// space, a slash or the tag's end, never another letter (not "<Pink>").
const BLOCK = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|article|section|header|footer|blockquote|table|caption|thead|tbody|tfoot|tr|pre)(?=[\s/>])[^<>]*>/gi
const INLINE =
  /<!--[^]*?-->|<(style|script)\b[^>]*>[^]*?<\/\1\s*>|<\/?(?:span|strong|b|i|em|u|s|del|ins|strike|mark|small|big|sup|sub|font|center|a|img|code|td|th|meta|o:p)(?=[\s/>])[^<>]*>/gi

/** The description without markup left in it as text: lines where the markup broke lines. */
export function settleDescription(description: string): string | null {
  if (!HAS_MARKUP.test(description)) return description
  const text = description
    .replace(INLINE, "")
    .replace(BLOCK, "\n")
    .replace(/[ \t\u00a0]*\n\s*/g, "\n")
    .replace(/[ \t\u00a0]{2,}/g, " ")
    .trim()
  return text || null
}

// What links a breadcrumb's parts, and what a trail's links show around a name: "‹ 3 SUISSES" is
// the back link, "/ ENFANTS" is Zara's separator inside the link, "…" is the expand control.
// Not a dash: "-30% Sale" is a name.
const EDGE = /^[\s/\\|›‹»«<>→←·•:❯＞〉▸—]+|[\s/\\|›‹»«<>→←·•:❯＞〉▸—]+$/g

/** Each part without separators at its ends; a part with no letter or digit left is no category. */
export function settleBreadcrumbs(parts: readonly string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const name = part.replace(EDGE, "")
    if (/[\p{L}\p{N}]/u.test(name) && out.at(-1) !== name) out.push(name)
  }
  return out
}

// The shop's own icons and logo, which og:image names on pages without a picture of their own or
// beside one (elkor's "/assets/favicon/android-icon-192x192", paris.cl's "…/paris-logo.svg"): a
// favicon or touch icon anywhere in the path, a logo only as an SVG file ("logo-print-tee.jpg" is a
// product's photo).
const SITE_ICON = /favicon|apple-touch-icon|android-(?:chrome|icon)-\d|mstile-\d|(?:^|[/_-])logo[^/]*\.svg$/i

/** The image, unless its address is the shop's icon or logo. */
export function settleImage(address: string): string | null {
  let path: string
  try {
    path = new URL(address).pathname
  } catch {
    return address
  }
  return SITE_ICON.test(path) ? null : address
}

/**
 * Variants the shopper can tell apart. An offer with no name, sku or address of its own (none, or
 * the product page's: `pages` are its address and canonical address) is not a variant but another
 * price of the same thing (paris.cl's store-card price, lafeltrinelli's hidden list-price offer,
 * eduscho's four identical offers); each variant is kept once. A variant's own fragment
 * ("#/1-size-s", PrestaShop's combinations) is its own address.
 */
export function settleVariants(variants: readonly Variant[], pages: readonly (string | null)[]): Variant[] {
  const seen = new Set<string>()
  const own = (url: string) => pages.some((page) => page !== null && (url === page || url === page.split("#")[0]))
  return variants.filter((v) => {
    if (v.name === null && v.sku === null && (v.url === null || own(v.url))) return false
    const key = JSON.stringify([v.name, v.sku, v.price, v.availability, v.url])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
