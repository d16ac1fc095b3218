// Some shops give every page the same meta description, their own slogan ("Free shipping on orders
// over $50. Clean air since 1998."). One product cannot tell it from copy that happens not to name
// the product; two of the shop's products can: the same text on both, about neither, and the two
// no variants of one product (their names share no word). The Q&A would hand that slogan to the
// model as the product's description, so the stored products drop it, and remember it
// (`shopBlurb`), so that every later product of the shop drops it at once.

import type { FieldSource } from "../product"
import type { CartwiseDb, StoredProduct } from "./schema"

// Only descriptions written for search results: structured data's description is the shop's field
// for the product's copy, which variants of a product legitimately share.
const FROM_META: ReadonlySet<FieldSource | undefined> = new Set<FieldSource | undefined>(["meta", "opengraph"])

// Scripts written without spaces between words: there a name is one long run, so runs are
// compared by their pairs of characters instead ("纯棉T恤白色" and "纯棉T恤黑色" share "纯棉").
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu

/**
 * The text's words of four characters or more (not "the", "and", "air"), accents off, lower-cased;
 * and every pair of characters of its runs in unspaced scripts.
 */
function words(text: string): Set<string> {
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
  const out = new Set(plain.match(/[\p{L}\p{N}]{4,}/gu) ?? [])
  for (const [run] of plain.matchAll(UNSPACED)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
  return out
}

/** A word in both, or one beginning the other ("purifier", "purifiers"): erring towards keeping copy. */
const share = (a: Set<string>, b: Set<string>) => [...a].some((x) => [...b].some((y) => x.startsWith(y) || y.startsWith(x)))

/**
 * The description two products carry is the shop's, not theirs: it speaks of neither, and they are
 * no variants of one product. A name with no word to compare ("Air Max 90", "Oak Bed") could be
 * either, so it keeps the description.
 */
export function isShopWide(description: string, a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const [text, first, second] = [words(description), words(a), words(b)]
  if (first.size === 0 || second.size === 0) return false
  return !share(first, second) && !share(text, first) && !share(text, second)
}

function forget(product: StoredProduct, text: string): void {
  const { description: _slogan, ...sources } = product.sources
  product.description = null
  product.sources = sources
  product.shopBlurb = text
}

/**
 * Drops the shop's slogan from the product about to be stored, and from the shop's products that
 * showed it too (stored as they were until this one revealed it). Runs inside the report's
 * transaction; reads the shop's stored products, which are the shopper's own history of one shop.
 */
export async function dropShopWideDescription(db: CartwiseDb, stored: StoredProduct, existing: StoredProduct | undefined): Promise<void> {
  if (existing?.shopBlurb && !stored.shopBlurb) stored.shopBlurb = existing.shopBlurb
  const text = stored.description
  if (!text || !FROM_META.has(stored.sources.description?.source)) return
  // Looked at when the product first showed this text; its later reads (three per page, and every
  // revisit) need not read the shop's products again.
  if (existing?.description === text) return
  if (stored.shopBlurb === text) return forget(stored, text)
  const others = await db.products
    .where("host")
    .equals(stored.host)
    .filter(
      (p) =>
        p.key !== stored.key &&
        (p.shopBlurb === text || (p.description === text && FROM_META.has(p.sources.description?.source) && isShopWide(text, stored.name, p.name)))
    )
    .toArray()
  if (others.length === 0) return
  forget(stored, text)
  for (const other of others) {
    // A product that dropped the slogan before keeps whatever description it has now.
    if (other.description !== text) continue
    forget(other, text)
    await db.products.put(other)
  }
}
