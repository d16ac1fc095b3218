// A product's variants as the shopper thinks of them: its options ("size 9", "Black / M"), each
// with its stock and, when it differs, its own price. Pure, so the popup, the side panel and the
// Q&A prompt say the same thing and tests pin it.

import { ORDERABLE, type Availability, type Variant } from "../product"
import { squish } from "../price/letters"

export interface OptionRow {
  /** What sets the option apart: its name without the product's, or null when the shop names none. */
  label: string | null
  /** Its own price, only when it differs from the product's. */
  price: string | null
  availability: Availability | null
  /** The option the page shows (its address is the page's). */
  selected: boolean
}

export interface ProductOptions {
  rows: OptionRow[]
  /** Options the shop names; 0 when it lists its options by code only (JSON-LD offers with a sku and nothing else). */
  named: number
  inStock: number
  soldOut: number
}

// In stock now, whatever the channel; pre- and back-orders can be ordered but are not.
const AVAILABLE: ReadonlySet<Availability> = new Set<Availability>(["InStock", "OnlineOnly", "LimitedAvailability", "InStoreOnly"])

export const isAvailable = (a: Availability | null) => a !== null && AVAILABLE.has(a)
/** Cannot be ordered at all: sold out, out of stock, discontinued. */
export const isGone = (a: Availability | null) => a !== null && !ORDERABLE.has(a)

// What joins a product's name to its option's: "Trail Runner 2 – size 9", "Tee, Red", "Tee / M".
// A dash before a digit is a sign ("-2.50" dioptres), brackets are taken off only in pairs.
const JOINERS = /^(?:[\s–—,:;/|·]|-(?!\d))+|[\s\-–—,:;/|·]+$/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean)

/** `name` without `product` at its start or end, cut only where a word ends ("Tees" is no "Tee"). */
function withoutProduct(name: string, product: string): string {
  const lower = name.toLowerCase()
  const own = product.toLowerCase()
  if (!own || own === lower) return own ? "" : name
  if (lower.startsWith(own) && !LETTER_OR_DIGIT.test(name[own.length] ?? "")) return name.slice(own.length)
  if (lower.endsWith(own) && !LETTER_OR_DIGIT.test(name[name.length - own.length - 1] ?? "")) return name.slice(0, name.length - own.length)
  return name
}

/**
 * The part of a variant's name that is its own: shops name variants "<product> – <option>",
 * "<option> <product>" or just the option, and extraction adds the variant's colour and size
 * ("Tee / Black / M"), which its name may say already ("Tee – Black / Black"): a part whose
 * every word an earlier part has is left out. A name that is only the product's says nothing.
 */
export function optionLabel(variantName: string | null, productName: string | null): string | null {
  if (!variantName) return null
  let rest = withoutProduct(squish(variantName), productName ? squish(productName) : "").replace(JOINERS, "")
  // Brackets around the whole label: "Mug (2 pack)" is "2 pack"; "Black (Wide)" keeps its own.
  rest = /^\(([^()]*)\)$/.exec(rest)?.[1]?.trim() ?? rest
  const parts: string[] = []
  for (const part of rest.split(" / ")) {
    const words = wordsOf(part)
    const said = new Set(parts.flatMap(wordsOf))
    if (part && !(words.length && words.every((w) => said.has(w)))) parts.push(part)
  }
  return parts.join(" / ") || null
}

/**
 * The option's address is the page's: the same path, and every parameter of the option's in the
 * page's with its value ("?variant=2" in "?variant=2&_pos=1&utm_source=…", a shop's search and
 * campaign links), whatever the fragment.
 */
function samePage(option: string | null, page: string): boolean {
  if (option === null) return false
  try {
    const [a, b] = [new URL(option), new URL(page)]
    return a.origin === b.origin && a.pathname === b.pathname && [...a.searchParams].every(([key, value]) => b.searchParams.getAll(key).includes(value))
  } catch {
    return false
  }
}

/**
 * The product's options, or null when it has fewer than two (one variant is the product itself).
 * `product.url` is the page's address, which names the selected option when an option's does.
 */
export function productOptions(product: { name: string | null; price: string | null; url: string; variants: readonly Variant[] }): ProductOptions | null {
  if (product.variants.length < 2) return null
  const labels = product.variants.map((v) => optionLabel(v.name, product.name))
  const rows = product.variants.map((v, i) => {
    const label = labels[i]!
    // Variants whose names give one of their differences only (the colour, not the size) would
    // read as one option several times: their codes tell them apart.
    const twin = label !== null && v.sku !== null && labels.indexOf(label) !== labels.lastIndexOf(label)
    return {
      label: twin ? `${label} (${v.sku})` : label,
      price: v.price !== null && (product.price === null || Number(v.price) !== Number(product.price)) ? v.price : null,
      availability: v.availability,
      selected: samePage(v.url, product.url)
    }
  })
  // Only one option may be the page's: several with its address means the address names none.
  if (rows.filter((r) => r.selected).length > 1) for (const row of rows) row.selected = false
  return {
    rows,
    named: rows.filter((r) => r.label !== null).length,
    inStock: rows.filter((r) => isAvailable(r.availability)).length,
    soldOut: rows.filter((r) => isGone(r.availability)).length
  }
}

/** "3 of 9 in stock", or what is known when the shop does not give every option's stock. */
export function optionsSummary(options: ProductOptions): string {
  const total = options.rows.length
  const known = options.rows.filter((r) => r.availability !== null).length
  const toOrder = known - options.inStock - options.soldOut
  if (known === 0) return `${total} options; the shop does not say which are in stock.`
  if (options.inStock === total) return `All ${total} options in stock.`
  if (options.soldOut === total) return `All ${total} options sold out.`
  if (toOrder === total) return `All ${total} options to order.`
  const parts = [options.inStock ? `${options.inStock} of ${total} in stock` : `None of ${total} in stock`]
  if (toOrder > 0) parts.push(`${toOrder} to order`)
  if (known < total) parts.push(`${total - known} not said`)
  return `${parts.join(", ")}.`
}

/** How an option's stock reads in a list: the three kinds the summary counts, and "not said". */
export function stockGroup(a: Availability | null): "in stock" | "to order" | "sold out" | "stock not said" {
  return a === null ? "stock not said" : isAvailable(a) ? "in stock" : isGone(a) ? "sold out" : "to order"
}
