// The one entry point: (Document, URL) → ExtractionResult. Pure: reads the DOM, never writes it,
// never throws. Sources are tried in order of trust and each field keeps the source it came from.

import { countryFromHost } from "../price/currency"
import {
  FIELD_NAMES,
  emptyCollections,
  priceSource,
  emptyFields,
  type ExtractionResult,
  type FieldSource,
  type ProductFields,
  type ProductSnapshot,
  type Review
} from "../product"
import { findProductCandidates, readJsonLd, type ProductCandidate } from "./jsonld"
import { readMicrodataProducts } from "./microdata"
import { mainHeading } from "./heading"
import { readCanonicalLink, readMetaTags, readOpenGraph } from "./opengraph"
import { fillMissing, readSchemaProduct, type SchemaNode } from "./schema-product"
import { MAX_IMAGES, MAX_SPECS, readBreadcrumbs, schemaCollections, uniqueCapped } from "./collections"
import { mergeReviews } from "./reviews"
import { mainImage } from "./main-image"
import { readReviewSpec } from "../sites/review-spec"
import { readHeuristicsFor } from "./fallbacks"
import { checkAgainstPage } from "./page-checks"
import { toLower } from "../price/letters"
import { setField, type ReadFields, type ReadSource } from "./set-field"
import { readSpecs, specKey, type Spec } from "./specs"
import { all, one } from "./text"
import { isPlaceholder } from "./normalize"
import { adapterFor } from "../sites/choose"
import type { SiteAdapter } from "../sites/types"
import { readAdapter } from "../sites/read"

interface SourceRead {
  source: ReadSource
  fields: ReadFields
}

function pathOf(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return `${u.host.replace(/^www\./, "")}${u.pathname.replace(/\/$/, "")}`
  } catch {
    return null
  }
}

function candidateScore(c: ProductCandidate, fields: ProductFields, pageUrl: string, heading: string): number {
  let score = 0
  if (c.mainEntity) score += 4
  // The page's main heading is its product's name, where an accessory's or a bundle's block comes
  // first. The whole name: a part of it is often another model's ("Apple iPhone 15" in "Apple
  // iPhone 15 Pro"), or the phone a case fits (found by review).
  if (fields.name && heading == toLower(fields.name)) score += 3
  if (c.listed) score -= 6
  if (pathOf(fields.canonicalUrl) === pathOf(pageUrl)) score += 3
  if (fields.price) score += 2
  if (fields.name) score += 1
  return score
}

const sameProduct = (a: ProductFields, b: ProductFields) =>
  (a.sku !== null && a.sku === b.sku) ||
  (a.gtin !== null && a.gtin === b.gtin) ||
  (a.name !== null && a.name === b.name) ||
  b.name === null

/** The page's own product among JSON-LD candidates; partial blocks about it fill its gaps. */
function pickJsonLd(candidates: ProductCandidate[], pageUrl: string, country: string | null, heading: string): Picked & { listing: boolean } {
  const read = candidates.map((c) => ({ c, fields: readSchemaProduct(c.node, pageUrl, country) }))
  const own = read.filter((r) => !r.c.listed)
  if (own.length === 0) return { fields: null, nodes: [], listing: read.length >= 2 }
  own.sort((a, b) => candidateScore(b.c, b.fields, pageUrl, heading) - candidateScore(a.c, a.fields, pageUrl, heading))
  const best = own[0]!.fields
  const nodes = [own[0]!.c.node]
  for (const other of own.slice(1)) {
    if (!sameProduct(best, other.fields)) continue
    fillMissing(best, other.fields)
    nodes.push(other.c.node)
  }
  return { fields: best, nodes, listing: false }
}

interface Picked {
  fields: ProductFields | null
  /** The schema.org nodes the fields came from, for the product's lists (images, reviews…). */
  nodes: SchemaNode[]
}

function pickMicrodata(doc: Document, pageUrl: string, country: string | null, h1: Element | undefined): Picked {
  const items = readMicrodataProducts(doc)
  const top = items.filter((i) => !i.nested)
  // Related-product grids often repeat the markup; the page's own product holds its main heading.
  const holding = h1 ? top.filter((i) => i.scope.contains(h1)) : []
  // Else the one that says it is the page's subject and holds all the others: Argos's product with
  // its 18 related products' cards inside, no h1. A listing's card marked so by mistake sits beside
  // the others, or away from the listing's h1 (found by review).
  const mains = top.filter((i) => i.main && (!h1 || i.scope.contains(h1)) && top.every((o) => i.scope.contains(o.scope)))
  const pool = holding.length === 1 ? holding : mains.length === 1 ? mains : top.length ? top : items.length === 1 ? items : []
  // Many top-level products with different names is a listing, not a product page.
  const fields = pool.map((i) => readSchemaProduct(i.node, pageUrl, country))
  const names = new Set(fields.map((f) => f.name).filter(Boolean))
  if (fields.length === 0 || names.size > 2) return { fields: null, nodes: [] }
  const best = fields[0]!
  const nodes = [pool[0]!.node]
  fields.slice(1).forEach((other, i) => {
    if (!sameProduct(best, other)) return
    fillMissing(best, other)
    nodes.push(pool[i + 1]!.node)
  })
  return { fields: best, nodes }
}

function isUsable(fields: ProductFields | null): fields is ProductFields {
  return fields !== null && (fields.name !== null || fields.price !== null || fields.sku !== null || fields.gtin !== null)
}

// The page's own canonical link outranks a `url` property that templates often fill carelessly.
const CANONICAL_ORDER: FieldSource[] = ["meta", "opengraph", "json-ld", "microdata", "adapter", "heuristic"]

function merge(url: string, reads: SourceRead[]): ProductSnapshot {
  const product: ProductSnapshot = { ...emptyFields(), ...emptyCollections(), url, sources: {} }
  const byCanonicalOrder = [...reads].sort(
    (a, b) => CANONICAL_ORDER.indexOf(a.source) - CANONICAL_ORDER.indexOf(b.source)
  )
  for (const name of FIELD_NAMES) {
    for (const { source, fields } of name === "canonicalUrl" ? byCanonicalOrder : reads) {
      // A price of 0 is a placeholder for "no price" (sold out, ask for a quote), never the price.
      if (fields[name] === null || isPlaceholder(fields[name]) || (name === "price" && !(Number(fields.price) > 0))) continue
      setField(product, name, fields[name], source)
      break
    }
  }
  // An MPN equal to the SKU is a template filling both with one id: it tells the shopper nothing.
  // Compared here, with the sources' own SKU, before the page checks may take the one printed.
  if (product.mpn !== null && product.mpn === product.sku) {
    product.mpn = null
    delete product.sources.mpn
  }
  // The brand's label, a name's empty template label, a book's ISBN as its GTIN and a currency text
  // of another reading than the currency's are settled by the background (settle-product.ts).
  // A currency from a different source than the price is a guess; say so.
  const source = priceSource(product)
  const currencyOrigin = product.sources.currency
  if (source && currencyOrigin && currencyOrigin.source !== source) currencyOrigin.confidence *= 0.8
  return product
}

/** What broke a reading, for a warning or the reason a page could not be read. */
const why = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * `read()`, or `fallback` with a warning when it throws. `label` names the step in a short word,
 * which the popup words for the shopper (src/ui/read-notes.ts): the 60 KB content script has no
 * room for sentences (issue #3).
 */
function guarded<T>(label: string, warnings: string[], read: () => T, fallback: T): T {
  try {
    return read()
  } catch (error) {
    warnings.push(`${label} could not be read: ${why(error)}`)
    return fallback
  }
}

/**
 * The page's reviews as the review reader completes them (src/reviews/page-reviews.ts): with the
 * review widgets' and with the dates the page prints beside reviews whose data has none.
 */
export type PageReviewReader = (doc: Document, reviews: Review[]) => Review[]

/**
 * `adapters` are the site adapters this caller carries (a content script carries one shop's, or
 * the platform ones); without them only the general layers run. `readReviews` completes the
 * reviews: the content script loads it only on a page that has a review widget
 * (src/sites/widgets/detect.ts) or a review without a date, so without it the product simply has
 * no widget reviews and no dates read from the page yet.
 */
export function extractProduct(doc: Document, url: string, adapters: readonly SiteAdapter[] = [], readReviews?: PageReviewReader): ExtractionResult {
  const warnings: string[] = []
  try {
    const address = new URL(url)
    const host = address.hostname
    const country = countryFromHost(host)
    const heading = mainHeading(doc)
    // A WordPress blog post (its body class "single-post"; a shop's product is "single-product")
    // marks up the product its review plugin reviews (Rank Math): only its layout can make it a
    // product (a shop's product block in a post, whose markup then fills what the layout leaves).
    const post = one(doc, "body.single-post")
    const jsonLd = guarded("json-ld", warnings, () => readJsonLd(doc), { roots: [], warnings: [] })
    warnings.push(...jsonLd.warnings)
    const fromJsonLd = guarded(
      "products",
      warnings,
      () => pickJsonLd(findProductCandidates(jsonLd.roots), url, country, toLower(heading?.text ?? "")),
      { fields: null, nodes: [], listing: false }
    )
    const microdata = guarded("microdata", warnings, () => pickMicrodata(doc, url, country, heading?.el), { fields: null, nodes: [] })
    const fromMicrodata = microdata.fields
    const tags = guarded("meta", warnings, () => readMetaTags(doc), new Map<string, string>())
    const og = guarded("og", warnings, () => readOpenGraph(tags, url, country), {
      fields: emptyFields(),
      isProduct: false
    })
    const structured: SourceRead[] = []
    if (isUsable(fromJsonLd.fields)) structured.push({ source: "json-ld", fields: fromJsonLd.fields })
    if (isUsable(fromMicrodata)) structured.push({ source: "microdata", fields: fromMicrodata })
    const adapter = guarded("adapter", warnings, () => adapterFor(host, doc, adapters), null)
    // Read once, by the adapter (Amazon's and eBay's read it) or the fallbacks, whichever asks first;
    // under the body, which is never a spec container itself (a class "specialShipping" on it is no
    // spec list), or under the elements the adapter names (the whole page when none is there).
    let specTable: Spec[] | null = null
    const pageSpecs = () => (specTable ??= guarded("specs", warnings, () => {
      const roots = all(doc, adapter?.specsIn ?? "body")
      return readSpecs(roots.length ? roots : [doc])
    }, []))
    const fromAdapter = adapter
      ? guarded(`adapter ${adapter.id}`, warnings, () => readAdapter(adapter, doc, url, country, pageSpecs), null)
      : null
    const adapterFound = fromAdapter !== null && fromAdapter.name !== null && (fromAdapter.price !== null || fromAdapter.sku !== null)
    const known = post ? [] : [fromJsonLd.fields, fromMicrodata, fromAdapter, og.isProduct ? og.fields : null]
    // Without these, only the layout can make the page a product (and never a listing's).
    const sourced = !post && (structured.length > 0 || adapterFound || (og.isProduct && isUsable(og.fields)))
    // A listing is also a category or search page by its platform's marks, however few its cards'
    // buy buttons: WordPress's body classes (WooCommerce), Magento's, PrestaShop's body id, older
    // Shopify themes' template class, and a Shopify collection's address (Dawn marks its body with none).
    // So is a cart, a checkout or a wish list, by the end of its address in the languages of the big
    // shop platforms' defaults ("/cart", Magento's "/checkout/cart/", WooCommerce's "/warenkorb/",
    // PrestaShop's "/panier"): one item in it, with its price and an "Add to cart", is no product
    // page. Only at the end: "/basket/ballons/…" is a French sports shop's basketball, "/carrito/…"
    // a Spanish pram, "/cart/seats/…" a golf cart's (found by review).
    const listing =
      fromJsonLd.listing ||
      /\/collections\/[^/]+\/?$|\/(?:wish-?list|cart|basket|checkout|warenkorb|merkzettel|panier|carrito|carrello)(?:\.\w+)?\/?$/i.test(address.pathname) ||
      !!one(doc, "body:is(.archive,.search-results,.catalog-category-view,.catalogsearch-result-index,.template-collection,.template-search,#category,#search)")
    const fromHeuristics =
      sourced || !listing ? guarded("layout", warnings, () => readHeuristicsFor(doc, url, country, known, pageSpecs, !sourced), null) : null
    const isProduct = sourced || (!listing && fromHeuristics !== null && fromHeuristics.looksLikeProduct)
    if (!isProduct) {
      // A code for the sentence the popup shows (src/extract/reasons.ts).
      return { kind: "not-product", reason: listing ? "listing" : "none", warnings }
    }
    const meta = emptyFields()
    meta.canonicalUrl = guarded("canonical", warnings, () => readCanonicalLink(doc, url), null)
    const reads: SourceRead[] = [...structured]
    if (fromAdapter) reads.push({ source: "adapter", fields: fromAdapter })
    reads.push({ source: "opengraph", fields: og.fields })
    if (fromHeuristics) reads.push({ source: "heuristic", fields: fromHeuristics.fields })
    reads.push({ source: "meta", fields: meta })
    const product = merge(url, reads)
    // A name that starts with a bracket may start with the shop's tag, which the background takes
    // out by the page's <title> (settle-product.ts): the title goes with it.
    if (product.name?.[0] == "[") product.pageTitle = doc.title.slice(0, 600)
    for (const field of adapter?.prefer ?? []) {
      if (fromAdapter === null || fromAdapter[field] === null) continue
      setField(product, field, fromAdapter[field], "adapter")
    }
    // The price's source and amount, which a reading may state as the lowest of several: its own,
    // or another giving the same amount so (og:price "2,900원~" beside JSON-LD's 2900, found by review).
    const [source, price] = [priceSource(product), product.price]
    guarded("checks", warnings, () => checkAgainstPage(doc, product, country, fromHeuristics?.eventPrice), undefined)
    // Said after the checks, which read the price's own source, and only while they left it.
    if (priceSource(product) === source && product.price === price && reads.some((r) => r.fields.priceFrom && Number(r.fields.price) === Number(price))) product.sources.price!.source = "from-price"
    const lists = guarded(
      "lists",
      warnings,
      () => [schemaCollections(fromJsonLd.nodes, url, country, "json-ld"), schemaCollections(microdata.nodes, url, country, "microdata")],
      []
    )
    product.images = uniqueCapped([product.image, ...lists.flatMap((l) => l.images), og.fields.image], MAX_IMAGES)
    if (!product.images.length) {
      const image = guarded("image", warnings, () => mainImage(doc, url), null)
      if (image) {
        setField(product, "image", image)
        product.images = [image]
      }
    }
    product.breadcrumbs = guarded("breadcrumbs", warnings, () => readBreadcrumbs(jsonLd.roots, doc), [])
    product.specs = uniqueCapped([...lists.flatMap((l) => l.specs), ...pageSpecs()], MAX_SPECS, specKey)
    // A shop adapter's names its variants as the shop does (Shopify's "S / Black"); schema.org's often do not.
    product.variants = (fromAdapter?.variants?.length ? fromAdapter.variants : lists.find((l) => l.variants.length)?.variants) ?? []
    const adapterReviews = adapter?.reviews ? guarded(`${adapter.id} reviews`, warnings, () => readReviewSpec(doc, adapter.reviews!, adapter.id), []) : []
    const reviews = mergeReviews(...lists.map((l) => l.reviews), adapterReviews, fromAdapter?.reviews ?? [])
    product.reviews = readReviews ? guarded("reader", warnings, () => readReviews(doc, reviews), reviews) : reviews
    return { kind: "product", product, warnings }
  } catch (error) {
    return {
      kind: "not-product",
      // What broke, which the background words as the page not being readable (reasons.ts).
      reason: why(error),
      warnings
    }
  }
}
