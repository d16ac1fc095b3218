// Analytics events that shops fire on their product pages, read from the inline scripts: Google
// Analytics' product "detail" view (`ecommerce: {detail: {products: [{price, brand}]}}`), GA4's
// `view_item` and Facebook's `fbq('track', 'ViewContent', {value})`. Shops with no schema.org
// still send these to their trackers, and they name the product the page is about (impressions
// and cart events name other products, so only these three count). Their currency is left out:
// GA's shop-wide currencyCode is often a default nobody changed.

import { STOCK_IN, STOCK_OUT, type Availability } from "../product"
import { all } from "./text"

const MAX_SCRIPTS = 300
const MAX_SCRIPT_CHARS = 300_000
const EVENT = /detail\W*\{[^{}]{0,400}?products\W*\{|view_item[\s\S]{0,400}?items\W*\{|ViewContent\W*\{(?=[^}]*content_type\W*product\W)/
const PAIR = /(\w+)["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|([\d.]+|true|false)\b)/g
// A page's state often says it outright: `"inStock":true`, `outOfStock:false`, `in_stock:!0`,
// `"availability":"OutOfStock"` or `true`. Keys about restocking ("backInStock") do not count.
const STOCK_FLAG = /\W(?:is|product|globally)?_?(in_?stock|out_?of_?stock|sold_?out|availability)\W{1,4}(true|false|!0|!1|["'][\w:/.]*(?:InStock|OutOfStock|SoldOut)["'])/i

export interface DataLayerRead {
  price: string | null
  brand: string | null
  availability: Availability | null
}

function stockFlag(text: string): Availability | null {
  const m = STOCK_FLAG.exec(text)
  if (!m) return null
  const [, key, value] = m as unknown as [string, string, string]
  return /true|!0|[/"']InStock/i.test(value) === !/^(?:out|sold)/i.test(key) ? STOCK_IN : STOCK_OUT
}

export function readDataLayer(doc: Document): DataLayerRead | null {
  let availability: Availability | null = null
  for (const script of all(doc, "script:not([src])", MAX_SCRIPTS)) {
    const text = (script.firstChild as Text | null)?.substringData(0, MAX_SCRIPT_CHARS) ?? ""
    availability ??= stockFlag(text)
    const m = EVENT.exec(text)
    if (!m) continue
    // The event's own object, up to its first nested brace.
    const pairs = new Map<string, string>()
    for (const p of (text.slice(m.index + m[0].length, m.index + 2000).split("}")[0] ?? "").matchAll(PAIR)) {
      if (!pairs.has(p[1]!)) pairs.set(p[1]!, p[2] ?? p[3] ?? p[4]!)
    }
    const price = Number(pairs.get("price") ?? pairs.get("value"))
    if (!(price > 0)) continue
    return { price: String(price), brand: pairs.get("brand") ?? pairs.get("item_brand") ?? null, availability }
  }
  return availability ? { price: null, brand: null, availability } : null
}
