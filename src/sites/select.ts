// Selector lists in adapters and review specs are alternatives in priority order ("new layout,
// old layout"), not querySelector's document order: try each in turn.

import { one } from "../extract/text"
import { trim } from "../price/letters"

const cache = new Map<string, string[]>()

function alternatives(css: string): string[] {
  let parts = cache.get(css)
  if (parts) return parts
  parts = []
  let depth = 0
  let start = 0
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]
    if (ch === "(" || ch === "[") depth++
    else if (ch === ")" || ch === "]") depth--
    else if (ch === "," && depth === 0) {
      parts.push(trim(css.slice(start, i)))
      start = i + 1
    }
  }
  parts.push(trim(css.slice(start)))
  cache.set(css, parts)
  return parts
}

export function selectFirst(root: ParentNode, css: string): Element | null {
  for (const selector of alternatives(css)) {
    const found = one(root, selector)
    if (found) return found
  }
  return null
}
