// Microdata (itemscope/itemprop) and RDFa (typeof/property) turned into the same object shape
// JSON-LD gives, so one reader (schema-product.ts) serves all three. Bounded: a page with
// thousands of items costs a fixed budget.

import { isProductNode, schemaName, type SchemaNode } from "./schema-product"
import { above, all, attr, one, textPrefix } from "./text"
import { isArray, trim } from "../price/letters"

const MAX_SCOPES = 3000
const MAX_PROPS_PER_ITEM = 2000
const MAX_DEPTH = 6
// Longest value any field keeps (descriptions), with room for white space to collapse.
const MAX_VALUE = 4000

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

// Prose properties keep their line breaks as spaces, so sentences stay apart for review analysis,
// and leave out the controls inside them. A name is read so too: shops put "Add to favourites"
// and "Log in" links inside the element they mark as the product's name.
const PROSE = /\b(?:reviewBody|description|text|name)\b/

function propValue(el: Element, names: string): string {
  const tag = el.tagName.toUpperCase()
  if (tag === "META") return attr(el, "content")
  const urlAttr = URL_ATTR[tag]
  if (urlAttr) return el.getAttribute(urlAttr) ?? attr(el, "content")
  if (tag === "DATA" || tag === "METER") return attr(el, "value")
  if (tag === "TIME") return el.getAttribute("datetime") ?? textPrefix(el, MAX_VALUE)
  // Shops put the machine value in `content` and the pretty one in the text ("$1,299.00").
  // A name that is all one in-page or script link ("<a href='#'>Acme</a>") is still its text.
  return el.getAttribute("content") ?? (textPrefix(el, MAX_VALUE, PROSE.test(names)) || textPrefix(el, MAX_VALUE))
}

/** Microdata and RDFa (Lite) say the same things with different attributes. */
interface Dialect {
  scope: string
  type: string
  prop: string
}

const MICRODATA: Dialect = { scope: "itemscope", type: "itemtype", prop: "itemprop" }
const RDFA: Dialect = { scope: "typeof", type: "typeof", prop: "property" }

function readItem(scope: Element, depth: number, d: Dialect): SchemaNode {
  const node: SchemaNode = {}
  const itemtype = attr(scope, d.type)
  if (itemtype) node["@type"] = trim(itemtype).split(/\s+/)
  const p = `[${d.prop}]`
  const props = all(scope, p, MAX_PROPS_PER_ITEM)
  for (const prop of props) {
    // Only properties that belong to this item, not to an item nested inside it.
    if (above(prop, `[${d.scope}]`) !== scope) continue
    const names = attr(prop, d.prop)
    const value: unknown = prop.hasAttribute(d.scope) ? (depth < MAX_DEPTH ? readItem(prop, depth + 1, d) : null) : propValue(prop, names)
    if (value === null) continue
    for (const name of trim(names).split(/\s+/)) {
      if (!name) continue
      // RDFa names carry a vocabulary prefix ("schema:price", "og:title"); only schema.org's
      // (as "schema:" or its address, with or without www.) counts.
      const key = schemaName(name)
      if (d === RDFA && /^[a-z]+:/i.test(name) && key === name) continue
      const existing = node[key]
      node[key] = existing === undefined ? value : isArray(existing) ? [...existing, value] : [existing, value]
    }
  }
  // An item with no properties of its own named in its content: Vue Storefront's
  // <meta itemprop="brand" itemscope itemtype="http://schema.org/Brand" content="MONNALISA">.
  if (!props.length && scope.hasAttribute("content")) node.name = attr(scope, "content")
  // A review whose words carry no property: spartoo's marks its author, date and stars and prints
  // the words in a plain <div> after them. They are its first child that holds no property and is
  // shown, if that reads as words, ten at least: a review's own lines ("Was this review helpful to
  // you?", "Reviewed in the United Kingdom on 3 March 2021") are shorter, and would make every
  // review with no words look like a copy of the others. As its `text`, which the review reader
  // takes after `reviewBody` and `description` (reviews.ts). Not a "Review-aggregate".
  if (/review(?!\S)/i.test(itemtype) && !node.reviewBody && !node.description) {
    node.text ??= textPrefix(one(scope, `:scope>:not(${p},:has(${p}),[${d.scope}],script,style,[hidden])`), MAX_VALUE, true).match(/^(?:\S+\s+){9}\S.*/s)?.[0]
  }
  return node
}

export interface MicrodataProduct {
  node: SchemaNode
  /** The item is a property of another item (a related product, a list entry). */
  nested: boolean
  /** The item says it is the page's subject (`itemprop="mainEntityOfPage"` or `mainEntity`). */
  main: boolean
  scope: Element
}

function readProducts(doc: Document, d: Dialect): MicrodataProduct[] {
  const selector = d === MICRODATA ? "[itemscope][itemtype]" : "[typeof]"
  const scopes = all(doc, selector, MAX_SCOPES)
  const out: MicrodataProduct[] = []
  for (const scope of scopes) {
    const itemtype = attr(scope, d.type)
    if (!/product|offer|vehicle|car\b|book/i.test(itemtype)) continue
    const node = readItem(scope, 0, d)
    if (!isProductNode(node)) continue
    const main = /mainEntity/i.test(attr(scope, d.prop))
    out.push({ node, nested: !main && scope.hasAttribute(d.prop) && !!above(scope, `[${d.scope}]`), main, scope })
  }
  return out
}

/** schema.org products written as microdata, or as RDFa when the page has no microdata ones. */
export function readMicrodataProducts(doc: Document): MicrodataProduct[] {
  const microdata = readProducts(doc, MICRODATA)
  return microdata.length ? microdata : readProducts(doc, RDFA)
}
