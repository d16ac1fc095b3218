import type { ProductSnapshot } from "../product"

export function shopHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, "")
}

/**
 * Identity of a product within one shop: its SKU, else GTIN, else its canonical path. Scoped to the
 * shop on purpose: price history compares a shop with itself; the same GTIN at two shops is two rows.
 */
export function productKey(product: ProductSnapshot): string {
  const host = shopHost(product.url)
  if (product.sku) return `${host}|sku:${product.sku}`
  if (product.gtin) return `${host}|gtin:${product.gtin}`
  const page = new URL(product.canonicalUrl ?? product.url)
  const path = page.pathname.replace(/\/+$/, "") || "/"
  return `${host}|url:${path}${page.search}`
}
