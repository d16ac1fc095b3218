// JSON-LD as shops really publish it: several blocks, @graph, arrays, ItemPage.mainEntity, and
// blocks broken by templating (HTML comments, CDATA, trailing commas, raw newlines in strings).
// A block that stays unreadable is skipped with a warning; it never stops the other sources.

import { isNode, isProductNode, typesOf, type SchemaNode } from "./schema-product"
import { all } from "./text"
import { isArray, trim } from "../price/letters"

const MAX_BLOCKS = 40
const MAX_BLOCK_CHARS = 2_000_000
const MAX_NODES = 20_000
const MAX_DEPTH = 16

/** Parses one block's text, repairing the common template damage before giving up. */
export function parseJsonLd(raw: string): unknown {
  const text = trim(
    raw
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, "")
      .replace(/(?:\/\/\s*)?\]\]>\s*$/, "")
      .replace(/^\s*<!--/, "")
      .replace(/-->\s*$/, "")
  )
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    // fall through to the repairs below
  }
  const repaired = text
    .replace(/^\uFEFF/, "")
    .replace(/[\u0000-\u001f]+/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/,(\s*[}\]])/g, "$1")
  for (const attempt of [repaired, escapeStrayQuotes(repaired)]) {
    try {
      return JSON.parse(attempt)
    } catch {
      // Two objects glued together ("}{" or "}\n{") are common when templates append blocks.
      try {
        return JSON.parse(`[${attempt.replace(/}\s*{/g, "},{")}]`)
      } catch {
        // try the next repair
      }
    }
  }
  return undefined
}

/**
 * Templates that paste product names into JSON unescaped ("name": "24" Monitor") leave quotes
 * inside strings. A quote inside a string that is not followed by , : } or ] cannot end it.
 */
export function escapeStrayQuotes(text: string): string {
  let out = ""
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === "\\" && inString) {
      out += ch + (text[i + 1] ?? "")
      i++
      continue
    }
    if (ch === '"') {
      if (!inString) inString = true
      else {
        const next = /\S/.exec(text.slice(i + 1, i + 40))?.[0]
        if (next === undefined || ",:}]".includes(next)) inString = false
        else {
          out += '\\"'
          continue
        }
      }
    }
    out += ch
  }
  return out
}

export interface ProductCandidate {
  node: SchemaNode
  /** Named as the page's mainEntity (ItemPage/WebPage.mainEntity). */
  mainEntity: boolean
  /** Found inside a list or a "related" property: another product than the page's. */
  listed: boolean
}

// Products under these keys are other products (related items, list entries, what a post
// mentions), not this page's; so is what a review or an article is about (below).
const LIST_KEYS = new Set([
  "mentions",
  "itemListElement",
  "isRelatedTo",
  "isSimilarTo",
  "isAccessoryOrSparePartFor",
  "isConsumableFor",
  "item"
])
// Variants and the group above them are read through their product, never as products of their own.
const SKIP_KEYS = new Set(["hasVariant", "isVariantOf", "review", "offers"])

/** Walks parsed JSON-LD roots breadth-first with hard limits, collecting product nodes. */
export function findProductCandidates(roots: unknown[]): ProductCandidate[] {
  const found: ProductCandidate[] = []
  const queue: { value: unknown; depth: number; mainEntity: boolean; listed: boolean }[] = roots.map((value) => ({
    value,
    depth: 0,
    mainEntity: false,
    listed: false
  }))
  let visited = 0
  for (let i = 0; i < queue.length && visited < MAX_NODES; i++) {
    const { value, depth, mainEntity, listed } = queue[i]!
    visited++
    if (depth > MAX_DEPTH) continue
    if (isArray(value)) {
      for (const item of value) queue.push({ value: item, depth: depth + 1, mainEntity, listed })
      continue
    }
    if (!isNode(value)) continue
    if (isProductNode(value)) found.push({ node: value, mainEntity, listed })
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== "object" || child === null || SKIP_KEYS.has(key)) continue
      queue.push({
        value: child,
        depth: depth + 1,
        mainEntity: key === "mainEntity" || key === "mainEntityOfPage",
        // A review site's or a blog's page is no shop's; an AggregateRating's itemReviewed (as
        // Google documents review snippets) or an article's mainEntity is the page's product.
        listed:
          listed ||
          LIST_KEYS.has(key) ||
          typesOf(value).includes("itemlist") ||
          (/^(about|itemReviewed)$/.test(key) && /article|posting|review/.test(`${typesOf(value)}`))
      })
    }
  }
  return found
}

export interface JsonLdRead {
  roots: unknown[]
  warnings: string[]
}

export function readJsonLd(doc: Document): JsonLdRead {
  const warnings: string[] = []
  const roots: unknown[] = []
  const scripts = all(doc, 'script[type="application/ld+json" i]', MAX_BLOCKS)
  scripts.forEach((script, index) => {
    const text = script.textContent ?? ""
    if (text.length > MAX_BLOCK_CHARS) {
      warnings.push(`JSON-LD block ${index + 1} skipped: too large (${text.length} characters)`)
      return
    }
    const parsed = parseJsonLd(text)
    if (parsed === undefined) {
      if (trim(text)) warnings.push(`JSON-LD block ${index + 1} skipped: not valid JSON`)
      return
    }
    roots.push(parsed)
  })
  return { roots, warnings }
}
