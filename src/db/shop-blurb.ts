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

/** The text's words of four characters or more (not "the", "and", "air"), accents off, lower-cased. */
const words = (text: string) => new Set(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])
/** A word in both, or one beginning the other ("purifier", "purifiers"): erring towards keeping copy. */
const share = (a: Set<string>, b: Set<string>) => [...a].some((x) => [...b].some((y) => x.startsWith(y) || y.startsWith(x)))

/** The description two products carry is the shop's, not theirs: it speaks of neither, and they are no variants of one product. */
export function isShopWide(description: string, a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const [text, first, second] = [words(description), words(a), words(b)]
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
export async function dropShopWideDescription(db: CartwiseDb, stored: StoredProduct): Promise<void> {
  const text = stored.description
  if (!text || !FROM_META.has(stored.sources.description?.source)) return
  const others = await db.products
    .where("host")
    .equals(stored.host)
    .filter((p) => p.key !== stored.key && (p.shopBlurb === text || (p.description === text && isShopWide(text, stored.name, p.name))))
    .toArray()
  if (others.length === 0) return
  forget(stored, text)
  for (const other of others) {
    if (other.description !== text) continue
    forget(other, text)
    await db.products.put(other)
  }
}
