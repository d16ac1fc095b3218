// The open-source peer: web-auto-extractor (JSON-LD, microdata, RDFa and meta tags from HTML, on
// cheerio). It returns raw structured data; this maps it to the benchmark's fields as generously
// as a user of that library reasonably would (first Product, its first offer, og/product meta).
import WAE from "web-auto-extractor"

const parser = (WAE.default ?? WAE)()

const first = (v) => (Array.isArray(v) ? first(v[0]) : v)
const text = (v) => {
  const x = first(v)
  if (x && typeof x === "object") return text(x.name ?? x["@value"])
  return x === undefined || x === null || x === "" ? null : String(x).trim()
}

function product(groups) {
  for (const [type, items] of Object.entries(groups ?? {})) {
    if (/product/i.test(type) && items.length) return items[0]
  }
  return null
}

export function peerExtract(html) {
  const data = parser.parse(html)
  const p = product(data.jsonld) ?? product(data.microdata) ?? product(data.rdfa) ?? {}
  const offer = first(p.offers) ?? {}
  const meta = (k) => text(data.metatags?.[k])
  const availability = text(offer.availability) ?? meta("product:availability") ?? meta("og:availability")
  const currency = text(offer.priceCurrency) ?? meta("product:price:currency") ?? meta("og:price:currency")
  return {
    price: text(offer.price ?? offer.lowPrice) ?? meta("product:price:amount") ?? meta("og:price:amount"),
    // Structured data gives ISO codes; score them as such, like ours.
    currency: { iso: currency && /^[A-Z]{3}$/.test(currency) ? currency : null, text: currency },
    availability: availability ? (/out.?of.?stock|sold.?out|discontinued/i.test(availability) ? "OutOfStock" : /in.?stock/i.test(availability) ? "InStock" : availability) : null,
    sku: text(p.sku) ?? meta("product:retailer_item_id"),
    brand: text(p.brand) ?? meta("product:brand"),
    gtin: text(p.gtin13 ?? p.gtin12 ?? p.gtin14 ?? p.gtin8 ?? p.gtin),
    mpn: text(p.mpn)
  }
}
