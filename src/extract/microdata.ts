// Microdata (itemscope/itemprop) turned into the same object shape JSON-LD gives, so one reader
// (schema-product.ts) serves both. Bounded: a page with thousands of items costs a fixed budget.

import { isProductNode, type SchemaNode } from "./schema-product"

const MAX_SCOPES = 3000
const MAX_PROPS_PER_ITEM = 2000
const MAX_DEPTH = 6

const URL_ATTR: Record<string, string> = {
  A: "href",
  AREA: "href",
  LINK: "href",
  IMG: "src",
  AUDIO: "src",
  VIDEO: "src",
  SOURCE: "src",
  IFRAME: "src",
  EMBED: "src",
  TRACK: "src",
  OBJECT: "data"
}

function propValue(el: Element): string {
  const tag = el.tagName.toUpperCase()
  if (tag === "META") return el.getAttribute("content") ?? ""
  const urlAttr = URL_ATTR[tag]
  if (urlAttr) return el.getAttribute(urlAttr) ?? el.getAttribute("content") ?? ""
  if (tag === "DATA" || tag === "METER") return el.getAttribute("value") ?? ""
  if (tag === "TIME") return el.getAttribute("datetime") ?? el.textContent ?? ""
  // Shops put the machine value in `content` and the pretty one in the text ("$1,299.00").
  return el.getAttribute("content") ?? el.textContent ?? ""
}

function readItem(scope: Element, depth: number): SchemaNode {
  const node: SchemaNode = {}
  const itemtype = scope.getAttribute("itemtype")
  if (itemtype) node["@type"] = itemtype.trim().split(/\s+/)
  const props = Array.from(scope.querySelectorAll("[itemprop]")).slice(0, MAX_PROPS_PER_ITEM)
  for (const prop of props) {
    // Only properties that belong to this item, not to an item nested inside it.
    if (prop.parentElement?.closest("[itemscope]") !== scope) continue
    const value: unknown =
      prop.hasAttribute("itemscope") ? (depth < MAX_DEPTH ? readItem(prop, depth + 1) : null) : propValue(prop)
    if (value === null) continue
    for (const name of (prop.getAttribute("itemprop") ?? "").trim().split(/\s+/)) {
      if (!name) continue
      const key = name.replace(/^https?:\/\/schema\.org\//i, "")
      const existing = node[key]
      node[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]
    }
  }
  return node
}

export interface MicrodataProduct {
  node: SchemaNode
  /** The item is a property of another item (a related product, a list entry). */
  nested: boolean
}

export function readMicrodataProducts(doc: Document): MicrodataProduct[] {
  const scopes = Array.from(doc.querySelectorAll("[itemscope][itemtype]")).slice(0, MAX_SCOPES)
  const out: MicrodataProduct[] = []
  for (const scope of scopes) {
    const itemtype = scope.getAttribute("itemtype") ?? ""
    if (!/product|offer|vehicle|car\b|book/i.test(itemtype)) continue
    const node = readItem(scope, 0)
    if (!isProductNode(node)) continue
    out.push({ node, nested: scope.hasAttribute("itemprop") && scope.parentElement?.closest("[itemscope]") !== null })
  }
  return out
}
