// The lists that come with a product: images, breadcrumbs, specs, variants and reviews. Each is
// capped (product.ts validation repeats the caps at the message boundary).

import { parsePrice } from "../price/parse"
import type { ProductCollections, Spec, Variant } from "../product"
import { cleanText, normalizeAvailability, normalizeId, resolveUrl } from "./normalize"
import { all, one, textPrefix } from "./text"
import { reviewsFromSchema } from "./reviews"
import { specKey } from "./specs"
import { uniqueCapped } from "./unique"

export { uniqueCapped }
import { asArray, isNode, pickOffer, typesOf, type SchemaNode } from "./schema-product"
import { isArray } from "../price/letters"

export const MAX_IMAGES = 20
export const MAX_BREADCRUMBS = 12
export const MAX_SPECS = 200
export const MAX_VARIANTS = 100

function imagesOf(node: SchemaNode, base: string): string[] {
  return asArray(node["image"])
    .slice(0, MAX_IMAGES)
    .map((item) => resolveUrl(isNode(item) ? item["contentUrl"] ?? item["url"] : item, base))
    .filter((url): url is string => url !== null)
}

function specsOf(node: SchemaNode): Spec[] {
  const out: Spec[] = []
  for (const item of asArray(node["additionalProperty"]).slice(0, MAX_SPECS)) {
    if (!isNode(item)) continue
    const name = cleanText(item["name"] ?? item["propertyID"], 80)
    const value = cleanText(item["value"] ?? item["description"], 300)
    if (name && value) out.push({ name, value })
  }
  return out
}

/**
 * A variant's name and the options it is told apart by: Google's variant markup often repeats the
 * group's name on every variant and gives the option in `color` and `size` (a text or a
 * SizeSpecification): "Tee / Black / M". The popup's label takes off the group's name and any
 * option the name already says (src/ui/options.ts), which costs this script no bytes.
 */
const variantName = (item: SchemaNode) =>
  [item["name"], item["color"], item["size"]].map((v) => cleanText(isNode(v) ? v["name"] : v, 300)).filter(Boolean).join(" / ") || null

function variantsOf(node: SchemaNode, pageUrl: string, country: string | null): Variant[] {
  const variants: Variant[] = []
  for (const item of asArray(node["hasVariant"]).slice(0, MAX_VARIANTS)) {
    if (!isNode(item)) continue
    const offer = pickOffer(item["offers"], pageUrl, country)
    variants.push({
      name: variantName(item),
      sku: normalizeId(item["sku"]),
      price: offer?.price ?? null,
      availability: offer?.availability ?? null,
      url: resolveUrl(item["url"], pageUrl)
    })
  }
  if (variants.length) return variants
  // Shopify and others list one offer per variant on the product itself.
  const offers = asArray(node["offers"]).filter(isNode)
  if (offers.length < 2) return []
  return offers.slice(0, MAX_VARIANTS).map((offer) => ({
    name: cleanText(offer["name"], 300),
    sku: normalizeId(offer["sku"]),
    price: parsePrice(String(offer["price"] ?? ""), null, country).amount,
    availability: normalizeAvailability(offer["availability"]),
    url: resolveUrl(offer["url"], pageUrl)
  }))
}

/** Collections of the chosen schema.org product and the partial blocks merged into it. */
export function schemaCollections(nodes: SchemaNode[], pageUrl: string, country: string | null, source: string): ProductCollections {
  return {
    images: uniqueCapped(nodes.flatMap((n) => imagesOf(n, pageUrl)), MAX_IMAGES),
    breadcrumbs: [],
    specs: uniqueCapped(nodes.flatMap(specsOf), MAX_SPECS, specKey),
    variants: nodes.length ? variantsOf(nodes[0]!, pageUrl, country) : [],
    reviews: nodes.flatMap((n) => reviewsFromSchema(n, source))
  }
}

function crumbsOfList(list: SchemaNode): string[] {
  const items = asArray(list["itemListElement"])
    .filter(isNode)
    .slice(0, 30)
    .sort((a, b) => Number(a["position"] ?? 0) - Number(b["position"] ?? 0))
  return items
    .map((item) => {
      const target = item["item"]
      return cleanText(item["name"] ?? (isNode(target) ? target["name"] : null), 120)
    })
    .filter((name): name is string => name !== null)
}

/** Breadcrumbs from JSON-LD's BreadcrumbList, else the page's breadcrumb navigation. */
export function readBreadcrumbs(roots: unknown[], doc: Document): string[] {
  const queue: unknown[] = [...roots]
  for (let i = 0; i < queue.length && i < 500; i++) {
    const value = queue[i]
    if (isArray(value)) queue.push(...value.slice(0, 50))
    else if (isNode(value)) {
      if (typesOf(value).includes("breadcrumblist")) {
        const crumbs = crumbsOfList(value)
        if (crumbs.length) return crumbs.slice(0, MAX_BREADCRUMBS)
      }
      if (value["@graph"] !== undefined) queue.push(value["@graph"])
      if (isNode(value["breadcrumb"])) queue.push(value["breadcrumb"])
    }
  }
  // One pass, first match in document order (an <ol>/<ul> with the class is matched by the last
  // parts). The class is matched case-sensitively in its usual spellings (breadcrumb, Breadcrumb,
  // BreadCrumb, breadCrumb, BREADCRUMB): Chromium lower-cases every class on the page for an `i`
  // match, which took 2.4 ms on a 17,771-element page against 1.1 (same element on all 67 pages).
  const nav = one(doc, "nav[aria-label*=breadcrumb i],[itemtype*=BreadcrumbList],[class*=readcrumb],[class*=readCrumb],[class*=READCRUMB]")
  if (!nav) return []
  const parts = all(nav, "li, a", 60)
  const texts = (parts.some((p) => p.tagName === "LI") ? parts.filter((p) => p.tagName === "LI") : parts).map((p) =>
    cleanText(textPrefix(p, 160).replace(/[›»>/|]+\s*$/, ""), 120)
  )
  return uniqueCapped(texts, MAX_BREADCRUMBS)
}
