// Marketplaces make sellers fill in a brand, and many write that there is none: eBay's item
// specifics say "Unbranded" or "Does not apply", Amazon lists "Generic". Shown under the product's
// name, those read as a brand called "Unbranded"; stored, they are no brand at all.

const NO_BRAND =
  /^(?:unbranded|un-branded|generic|no[ -]?brand|non[ -]?branded|none|n\/?a|does not apply|not applicable|sin marca|ohne marke|markenlos|senza marca|sans marque|geen merk|bez marki|без бренда|ノーブランド|无品牌|無品牌)$/i

/** The brand, or null when it says there is none. */
export function realBrand(brand: string | null): string | null {
  return brand !== null && NO_BRAND.test(brand.trim().replace(/[.!]$/, "")) ? null : brand
}
