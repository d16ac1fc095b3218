// Whether a page is a Shopify store: the checkout token meta tag, or assets on Shopify's CDN.
// Read from the page's few <meta>, <link> and <script> elements: the same test as one selector
// list (meta[name=…], link[href^=…], script[src*=…]) that Chromium would match against every
// element of the page, at a fraction of the cost, on every page the generic script runs on.

import { attr } from "../extract/text"

const some = (doc: Document, tag: string, name: string, test: RegExp) =>
  [...doc.getElementsByTagName(tag)].some((el) => test.test(attr(el, name)))

export const hasShopifySignals = (doc: Document): boolean =>
  some(doc, "meta", "name", /^shopify-(?:checkout-api-token|digital-wallet)$/) ||
  // href = https://cdn.shopify.com, or starting https://cdn.shopify.com/ or //cdn.shopify.com/
  some(doc, "link", "href", /^https:\/\/cdn\.shopify\.com(?:\/|$)|^\/\/cdn\.shopify\.com\//) ||
  some(doc, "script", "src", /^(?:https:)?\/\/cdn\.shopify\.com\/|\/cdn\/shopifycloud\//)
