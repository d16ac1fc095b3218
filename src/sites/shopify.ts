import { cleanText, normalizeGtin, normalizeId, resolveUrl } from "../extract/normalize"
import { canonicalDecimal, listPriceAbove } from "../price/parse"
import { isIsoCurrency } from "../price/currency"
import { stockOf, type ProductFields, type Variant } from "../product"
import type { ReadFields } from "../extract/set-field"
import { isNode, type SchemaNode } from "../extract/schema-product"
import { hasShopifySignals } from "./shopify-signals"
import type { SiteAdapter } from "./types"
import { all, one } from "../extract/text"
import { isArray, isString } from "../price/letters"

// Shopify stores live on any domain, and a content script cannot see window.Shopify: the store is
// recognised by the checkout token meta tag or assets on Shopify's CDN. On /products/<handle>
// pages themes embed the product as JSON (data-product-json, #ProductJson-* in Debut-era themes;
// Dawn's data-selected-variant since 2021): the chosen variant's price, SKU, barcode and stock.
// Whatever the theme, Shopify itself prints the ShopifyAnalytics meta (vendor, variant prices in
// cents, SKUs, the shop currency) on product pages; it fills what the theme's JSON leaves out.
const MAX_JSON = 1_000_000
const MAX_VARIANTS = 250

type Node = SchemaNode

const variantsOf = (product: Node | undefined) =>
  isArray(product?.["variants"]) ? (product["variants"] as unknown[]).slice(0, MAX_VARIANTS).filter(isNode) : []

function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const json = (doc: Document, css: string) => parseJson(one(doc, css)?.textContent)

/** Shopify's money in JSON is an integer number of cents ("1999" in some themes). */
function money(value: unknown): string | null {
  const cents = isString(value) && /^\d{1,12}$/.test(value) ? Number(value) : value
  if (typeof cents !== "number" || !Number.isInteger(cents) || cents < 0) return null
  return canonicalDecimal(String(Math.floor(cents / 100)), String(cents % 100).padStart(2, "0"))
}

/**
 * The product's variants as the shop names them ("Small (180g)", "S / Black"), each with its stock
 * and own address (`?variant=<id>`, which the page's names when it shows that one), when there are
 * several. From the theme's JSON only: the analytics snippet gives no stock, and would hide the
 * stock of the JSON-LD offers that Dawn's pages list instead. Only the page's own product's (its
 * handle in the address): a featured-product or quick-view section's JSON is another product's.
 */
function variantList(product: Node | undefined, url: URL): Variant[] | undefined {
  const variants = variantsOf(product)
  if (variants.length < 2 || !url.pathname.includes(`/${encodeURIComponent(product?.["handle"] as string)}`)) return undefined
  return variants.map((v) => ({
    name: cleanText(v["public_title"] || v["title"], 300),
    sku: normalizeId(v["sku"]),
    price: money(v["price"]),
    availability: stockOf(v["available"]),
    url: typeof v["id"] == "number" ? `${url.origin}${url.pathname}?variant=${v["id"]}` : null
  }))
}

/** Shopify's own analytics snippet: `var meta = {"product":{…},"page":{"pageType":"product"}};`. */
function analytics(doc: Document, url: URL): Partial<ProductFields> {
  // A script's `text` is its text content, never null.
  const script = all<HTMLScriptElement>(doc, "script:not([src])", 300).find((s) => s.text.includes("ShopifyAnalytics.meta") && s.text.includes("var meta = "))
  const text = script?.text ?? ""
  if (text.length > MAX_JSON) return {}
  const meta = parseJson(/var meta = (\{.*\});\s*$/m.exec(text)?.[1])
  const product = isNode(meta) && isNode(meta["product"]) ? meta["product"] : undefined
  if (!product || !isNode(meta) || !isNode(meta["page"]) || meta["page"]["pageType"] !== "product") return {}
  const variants = variantsOf(product)
  const wanted = url.searchParams.get("variant")
  // The variant the address names, else the only one: the snippet gives no stock, so it cannot
  // tell which variant the page shows first (Shopify's first available one).
  const variant = variants.find((v) => String(v["id"]) === wanted) ?? (variants.length < 2 ? variants[0] : undefined)
  const price = money(variant?.["price"])
  const currency = /ShopifyAnalytics\.meta\.currency = '([A-Z]{3})'/.exec(text)?.[1] ?? ""
  return {
    // A variant's name is "Product - Variant" unless the product has only its default variant.
    name: variant?.["public_title"] === null ? cleanText(variant["name"], 300) : null,
    brand: cleanText(product["vendor"], 120),
    price,
    currency: price && isIsoCurrency(currency) ? currency : null,
    sku: normalizeId(variant?.["sku"])
  }
}

function chosenVariant(doc: Document, product: Node | undefined, url: URL): Node | undefined {
  const variants = variantsOf(product)
  const wanted = url.searchParams.get("variant")
  const selected = json(doc, "script[type='application/json'][data-selected-variant]")
  return (
    variants.find((v) => String(v["id"]) === wanted) ??
    (isNode(selected) ? selected : undefined) ??
    variants.find((v) => v["available"] === true) ??
    variants[0]
  )
}

/** The theme's product JSON and the chosen variant in it. */
function themeJson(doc: Document, url: URL): Partial<ReadFields> {
  const found = json(doc, "script[type='application/json']:is([data-product-json],[id^=ProductJson-])")
  const product = isNode(found) ? found : undefined
  const variant = chosenVariant(doc, product, url)
  if (!product && !variant) return {}
  const price = money(variant?.["price"] ?? product?.["price"])
  const was = money(variant?.["compare_at_price"])
  const currency = one(doc, "meta[property='og:price:currency']")?.getAttribute("content")?.trim().toUpperCase() ?? ""
  const image = variant?.["featured_image"]
  return {
    name: cleanText(product?.["title"], 300),
    brand: cleanText(product?.["vendor"], 120),
    price,
    currency: price && isIsoCurrency(currency) ? currency : null,
    listPrice: listPriceAbove(was, price),
    availability: stockOf(variant?.["available"] ?? product?.["available"]),
    sku: normalizeId(variant?.["sku"]),
    gtin: normalizeGtin(variant?.["barcode"]),
    image: resolveUrl(isNode(image) ? image["src"] : product?.["featured_image"], url.href),
    variants: variantList(product, url)
  }
}

export const shopify: SiteAdapter = {
  id: "shopify",
  detect: hasShopifySignals,
  // Over the JSON-LD: Shopify's own money (integer cents) for the variant Shopify shows, where a
  // theme's JSON-LD may print the price through a format that drops its decimal comma ("29,99" as
  // "2999": `money_without_currency | remove: ','`) or list a ProductGroup's sold-out first size.
  prefer: ["price", "availability", "sku"],
  picks: {
    name: [".product__title h1,h1.product-single__title,h1.product__title"]
  },
  parse({ doc, url }): Partial<ReadFields> {
    if (!/\/products\/[^/]+/.test(url.pathname)) return {}
    const fromTheme = themeJson(doc, url)
    const fromShopify = analytics(doc, url)
    for (const [key, value] of Object.entries(fromShopify) as [keyof ProductFields, unknown][]) (fromTheme as Record<string, unknown>)[key] ??= value
    return fromTheme
  }
}
