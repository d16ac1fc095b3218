// Turns an adapter's selectors into fields, with the same normalisation as every other source.

import { availabilityFromText } from "../extract/availability-text"
import { cleanText, firstNumber, normalizeCount, normalizeGtin, normalizeId, normalizeRating, resolveUrl } from "../extract/normalize"
import { parsePrice } from "../price/parse"
import { emptyFields, type ProductFields, type Spec } from "../product"
import { textPrefix } from "../extract/text"
import { selectFirst } from "./select"
import type { ReadFields } from "../extract/set-field"
import { pickAt, type Pick, type PickField, type SiteAdapter } from "./types"

function raw(doc: Document, given: Pick): string | null {
  const pick = pickAt(given)
  const el = selectFirst(doc, pick.css)
  if (!el) return null
  const value = pick.attr ? el.getAttribute(pick.attr) : textPrefix(el, 4000)
  const text = cleanText(value, 2000)
  if (!text || !pick.match) return text
  return cleanText(pick.match.exec(text)?.[1] ?? null, 2000)
}

function first(doc: Document, picks: Pick[] | undefined, read: (text: string) => boolean): void {
  for (const pick of picks ?? []) {
    const text = raw(doc, pick)
    if (text !== null && read(text)) return
  }
}

export function readAdapter(
  adapter: SiteAdapter,
  doc: Document,
  url: string,
  country: string | null,
  specs: () => Spec[]
): ReadFields {
  const fields: ReadFields = emptyFields()
  const picks = adapter.picks
  const set = <K extends keyof ProductFields>(key: K, value: ProductFields[K]) => {
    fields[key] = value
    return value !== null
  }
  const simple: [PickField, (t: string) => boolean][] = [
    ["name", (t) => set("name", cleanText(t, 300))],
    ["brand", (t) => set("brand", cleanText(t, 120))],
    ["sku", (t) => set("sku", normalizeId(t))],
    ["mpn", (t) => set("mpn", normalizeId(t))],
    ["gtin", (t) => set("gtin", normalizeGtin(t))],
    ["image", (t) => set("image", resolveUrl(t, url))],
    ["availability", (t) => set("availability", availabilityFromText(t))],
    ["rating", (t) => set("rating", normalizeRating(firstNumber(t), 5))],
    ["reviewCount", (t) => set("reviewCount", normalizeCount(t.match(/\d[\d.,\s]*/)?.[0]?.trim()))],
    [
      "price",
      (t) => {
        const parsed = parsePrice(t, null, country)
        if (!parsed.amount) return false
        fields.price = parsed.amount
        fields.currency = parsed.currency
        fields.currencyText = parsed.currencyText
        return true
      }
    ]
  ]
  for (const [key, read] of simple) first(doc, picks[key], read)
  if (adapter.parse) {
    const extra = adapter.parse({ doc, url: new URL(url), country, fields, specs })
    // What the picks left empty (or did not read: the variants).
    for (const [key, value] of Object.entries(extra) as [keyof ReadFields, unknown][]) {
      if (value != null && fields[key] == null) (fields as unknown as Record<string, unknown>)[key] = value
    }
  }
  return fields
}
