// Whether a page is a Shopify store: the checkout token meta tag, or assets on Shopify's CDN.
// Read from the page's few <meta>, <link> and <script> elements: the same test as one selector
// list (meta[name=…], link[href^=…], script[src*=…]) that Chromium would match against every
// element of the page, at a fraction of the cost, on every page the generic script runs on.

const META_NAMES = new Set(["shopify-checkout-api-token", "shopify-digital-wallet"])
const CDN = ["https://cdn.shopify.com/", "//cdn.shopify.com/"]

const fromCdn = (url: string | null) => url !== null && CDN.some((cdn) => url.startsWith(cdn))

export function hasShopifySignals(doc: Document): boolean {
  for (const meta of Array.from(doc.getElementsByTagName("meta"))) {
    if (META_NAMES.has(meta.getAttribute("name") ?? "")) return true
  }
  for (const link of Array.from(doc.getElementsByTagName("link"))) {
    const href = link.getAttribute("href")
    if (href === "https://cdn.shopify.com" || fromCdn(href)) return true
  }
  for (const script of Array.from(doc.getElementsByTagName("script"))) {
    const src = script.getAttribute("src")
    if (fromCdn(src) || (src !== null && src.includes("/cdn/shopifycloud/"))) return true
  }
  return false
}
