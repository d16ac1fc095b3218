// How prices, dates and states read to a shopper. Pure (Intl only) so tests pin the wording.

import { isBid, priceSource, type Availability, type FieldSource, type ProductSnapshot } from "../product"

export function formatPrice(price: string | null, currency: string | null, locale?: string): string | null {
  if (price === null) return null
  const value = Number(price)
  if (!Number.isFinite(value)) return null
  // Without a currency to format by, cents still read as cents: 17.1 is shown "17.10".
  const plain = () => new Intl.NumberFormat(locale, { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 }).format(value)
  if (!currency) return plain()
  try {
    // The sign shoppers know ("₽899.00", "zł 32.00", "lei 63.07") rather than the ISO code the
    // "symbol" style gives most currencies ("RUB 899.00"), unless the sign is shared by several
    // currencies: then the style's own ("CA$", "NT$", "CN¥", "SEK") says which one it is.
    const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(value)
    const sign = parts.find((part) => part.type === "currency")?.value ?? ""
    return SHARED_SIGNS.test(sign) ? new Intl.NumberFormat(locale, { style: "currency", currency }).format(value) : parts.map((part) => part.value).join("")
  } catch {
    return `${plain()} ${currency}`
  }
}

// Signs more than one currency is written with, in some locale: the dollars and pesos, yen and
// yuan (full-width "￥" in Japanese), the Nordic crowns ("kr", Danish "kr.", Australian English
// "Kr"), the rupees' "Rs", pounds, "L" (leu, lempira, lek), "₱" (Philippine and Cuban pesos in
// en-AU), "K" (kyat and kwacha in German) and "₩" (both Koreas). Found by formatting every ISO
// code in 60 locales, in Node and in Chromium.
const SHARED_SIGNS = /^(?:\$|[¥￥]|kr\.?|Rs\.?|£|L|₱|K|₩)$/i

export function formatDate(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(at))
}

export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n)
}

/** "1 review", "1,234 reviews": a count and its word, made plural by an "s". */
export function counted(n: number, word: string, locale?: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? word : `${word}s`}`
}

const AVAILABILITY_LABELS: Record<Availability, { label: string; tone: "good" | "warn" | "bad" }> = {
  InStock: { label: "In stock", tone: "good" },
  OnlineOnly: { label: "In stock online", tone: "good" },
  LimitedAvailability: { label: "Limited stock", tone: "warn" },
  PreOrder: { label: "Pre-order", tone: "warn" },
  BackOrder: { label: "Back-order", tone: "warn" },
  InStoreOnly: { label: "In store only", tone: "warn" },
  OutOfStock: { label: "Out of stock", tone: "bad" },
  SoldOut: { label: "Sold out", tone: "bad" },
  Discontinued: { label: "Discontinued", tone: "bad" }
}

/**
 * `inferred`: no stock words were read, the page only shows a price and no sold-out notice; the
 * label says so instead of claiming what the shop did not.
 */
export function availabilityLabel(a: Availability, inferred = false, bid = false): { label: string; tone: "good" | "warn" | "bad"; why?: string } {
  // An auction in stock is one still taking bids: "In stock" beside "Current bid" read oddly.
  if (bid && a === "InStock") return { label: "Open for bids", tone: "good" }
  if (inferred && a === "InStock") return { label: "Probably in stock", tone: "good", why: "The page shows a price and no sold-out notice, but does not say it is in stock." }
  return AVAILABILITY_LABELS[a]
}

const PRICE_NOTES: Partial<Record<FieldSource, { label: string; why: string }>> = {
  bid: { label: "Current bid", why: "An auction: the highest bid so far, as its bidding box shows it. The final price may be higher." },
  "opening-bid": { label: "Starting bid", why: "An auction nobody has bid on yet: bidding starts at this price. The final price may be higher." },
  "from-price": { label: "Lowest price", why: "The shop gives this as the lowest of several prices (sizes, options or sellers): the one you choose may cost more." }
}

/**
 * What kind of price the shopper sees, when it is not a fixed one: on an auction it is the current
 * bid (source "bid") or, before anyone bids, the opening one ("opening-bid"); the hammer price
 * will meet or beat it. A "from" price ("from-price") is the lowest of several.
 */
export function priceNote(source: FieldSource | undefined): { label: string; why: string } | null {
  return (source && PRICE_NOTES[source]) ?? null
}

/** "4.5 out of 5 · 1,234 reviews", or null when the page shows neither. */
export function ratingLine(rating: number | null, reviewCount: number | null, locale?: string): string | null {
  const parts: string[] = []
  if (rating !== null) parts.push(`${rating.toLocaleString(locale, { maximumFractionDigits: 1 })} out of 5`)
  if (reviewCount !== null) parts.push(counted(reviewCount, "review", locale))
  return parts.length ? parts.join(" · ") : null
}

/**
 * Price and stock in one line, for the side panel: "£49.00 (was £64.00) · In stock",
 * "$400.00 current bid · Open for bids".
 */
export function factsLine(
  product: Pick<ProductSnapshot, "price" | "listPrice" | "currency" | "availability" | "sources">,
  locale?: string
): string | null {
  const note = priceNote(priceSource(product))
  const was = Number(product.listPrice) > Number(product.price) ? formatPrice(product.listPrice, product.currency, locale) : null
  const now = formatPrice(product.price, product.currency, locale)
  const price = now && was ? `${now} (was ${was})` : now
  const stock = product.availability ? availabilityLabel(product.availability, product.sources.availability?.source === "inferred", isBid(priceSource(product))).label : null
  const parts = [price && note ? `${price} ${note.label.toLowerCase()}` : price, stock].filter((part): part is string => part !== null)
  return parts.length ? parts.join(" · ") : null
}
