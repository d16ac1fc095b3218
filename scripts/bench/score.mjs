// Scoring as the corpus defines it: one predicted value per field; a prediction in the accepted set
// is a true positive; a wrong value is a false positive (and a false negative when a value was
// expected); no prediction where one was expected is a false negative. Micro precision/recall/F1.

const squash = (s) => String(s).normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase()

const sameNumber = (a, b) => {
  const x = Number(String(a).replace(/,/g, ""))
  const y = Number(String(b).replace(/,/g, ""))
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 0.005
}

// The corpus records two availabilities; schema.org has nine. Orderable states count as in stock.
const BINARY_AVAILABILITY = {
  InStock: "InStock",
  LimitedAvailability: "InStock",
  OnlineOnly: "InStock",
  InStoreOnly: "InStock",
  PreOrder: "InStock",
  BackOrder: "InStock",
  OutOfStock: "OutOfStock",
  SoldOut: "OutOfStock",
  Discontinued: "OutOfStock"
}

export const FIELDS = ["price", "currency", "availability", "sku", "brand", "gtin", "mpn"]

/** Does `predicted` match one of `accepted`? `currencyOf(text)` lists ISO codes that text can mean. */
export function matches(field, predicted, accepted, currencyOf) {
  if (field === "price") return accepted.some((a) => sameNumber(a, predicted))
  if (field === "availability") return accepted.includes(BINARY_AVAILABILITY[predicted] ?? predicted)
  if (field === "currency") {
    const { iso, text } = predicted
    return accepted.some((a) => (text && squash(a) === squash(text)) || (iso && currencyOf(a).includes(iso)))
  }
  return accepted.some((a) => squash(a) === squash(predicted))
}

export function emptyTally() {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]))
}

export function tallyPage(tally, truth, predicted, currencyOf) {
  for (const field of FIELDS) {
    const accepted = truth[field]
    const value = predicted[field]
    const has = field === "currency" ? value && (value.iso || value.text) : value !== null && value !== undefined && value !== ""
    const t = tally[field]
    if (!has) {
      if (accepted?.length) t.fn++
      continue
    }
    if (accepted?.length && matches(field, value, accepted, currencyOf)) t.tp++
    else {
      t.fp++
      if (accepted?.length) t.fn++
    }
  }
}

export function f1(t) {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

export function percentile(values, q) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}
