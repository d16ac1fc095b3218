// Why a page was read only in part, in a shopper's words. The extraction and the background's
// validation record their reasons as short technical lines (src/extract/index.ts's guarded(),
// jsonld.ts, messages/validate.ts); the popup says what they mean for the product shown.

/** The popup lists at most this many; the rest are counted. */
export const MAX_NOTES = 4

// What each reading step of src/extract/index.ts reads, for "could not read the page's …".
const STEPS: [RegExp, string][] = [
  [/^(?:json-ld|products|microdata|meta|og)$/i, "structured product data"],
  [/^lists$/, "images, specifications and variants"],
  [/^adapter\b/, "shop-specific layout"],
  [/^specs$/, "specification table"],
  [/^layout$/, "layout (title, price and buy box)"],
  [/^image$/, "main image"],
  [/^breadcrumbs$/, "category path"],
  [/reviews$|^reader$/i, "reviews"],
  [/^canonical$/, "canonical address"],
  [/^checks$/, "consistency checks"]
]

// Values the validator can leave out, named as the popup names them.
const VALUES: [RegExp, string][] = [
  [/^(?:price|listPrice)\b/, "a price"],
  [/^images?\b/, "an image"],
  [/^specs\b/, "a specification"],
  [/^variants\b/, "a variant"],
  [/^reviews\b/, "a review"],
  [/^breadcrumbs\b/, "a category"],
  [/^(?:sku|gtin|mpn)\b/, "a product code"],
  [/^(?:rating|reviewCount)\b/, "the rating"],
  [/^currency/, "the currency"],
  [/^availability\b/, "the stock status"],
  [/^canonicalUrl\b/, "the page's own address"],
  [/^(?:name|brand|description|seller)\b/, "some text"]
]

// Lists the validator keeps the start of (messages/validate.ts's list()).
const LISTS: [RegExp, string][] = [
  [/^variants$/, "options"],
  [/^images$/, "images"],
  [/^specs$/, "specifications"],
  [/^reviews$/, "reviews"],
  [/^breadcrumbs$/, "category levels"]
]

function named(table: [RegExp, string][], key: string, fallback: string): string {
  return table.find(([pattern]) => pattern.test(key))?.[1] ?? fallback
}

function noteFor(warning: string): string {
  const cut = /^Left out: (\S+) past the first (\d+)/.exec(warning)
  if (cut) return `Kept the first ${cut[2]} ${named(LISTS, cut[1]!, "items")} of a longer list.`
  const leftOut = /^Left out: (\S+)/.exec(warning)
  if (leftOut) return `Left out ${named(VALUES, leftOut[1]!, "a value")} that cannot be right (too long or malformed).`
  if (/^JSON-LD block \d+ skipped: too large/.test(warning)) return "Skipped a block of product data too large to read safely."
  if (/^JSON-LD block \d+ skipped/.test(warning)) return "Skipped a block of product data that is broken (not valid JSON)."
  const failed = /^(.+?) could not be read: /.exec(warning)
  if (failed) return `Could not read the page's ${named(STEPS, failed[1]!, "markup")}; used the rest.`
  return "Part of the page could not be read."
}

/** Each different reason once, in the order found, at most MAX_NOTES; `more` counts the others. */
export function readNotes(warnings: readonly string[]): { notes: string[]; more: number } {
  const notes = [...new Set(warnings.map(noteFor))]
  return { notes: notes.slice(0, MAX_NOTES), more: Math.max(0, notes.length - MAX_NOTES) }
}
