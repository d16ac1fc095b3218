// Currency text as shops print it → ISO 4217. Ambiguous symbols ($, kr, ¥) are settled by the
// shop's country (its top-level domain) when we know it, and fall back to the most common reading.

const ISO_CODES = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN " +
    "BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
    "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW " +
    "KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD " +
    "NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD " +
    "SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND " +
    "VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"
  ).split(" ")
)

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code)
}

/** Unambiguous currency texts (compared lower-case, dots kept). Longest match wins in the parser. */
const FIXED: Record<string, string> = {
  "us$": "USD",
  "usd$": "USD",
  "ca$": "CAD",
  "c$": "CAD",
  "cad$": "CAD",
  "a$": "AUD",
  "au$": "AUD",
  "nz$": "NZD",
  "hk$": "HKD",
  "s$": "SGD",
  "nt$": "TWD",
  "r$": "BRL",
  "mx$": "MXN",
  "€": "EUR",
  "euro": "EUR",
  "euros": "EUR",
  "eur": "EUR",
  "£": "GBP",
  "₤": "GBP",
  "₹": "INR",
  "rs.": "INR",
  "rs": "INR",
  "₩": "KRW",
  "원": "KRW",
  "円": "JPY",
  "元": "CNY",
  "rmb": "CNY",
  "₽": "RUB",
  "руб": "RUB",
  "руб.": "RUB",
  "р.": "RUB",
  "₴": "UAH",
  "грн": "UAH",
  "грн.": "UAH",
  "zł": "PLN",
  "zl": "PLN",
  "kč": "CZK",
  "ft": "HUF",
  "lei": "RON",
  "лв": "BGN",
  "лв.": "BGN",
  "₺": "TRY",
  "tl": "TRY",
  "₪": "ILS",
  "₫": "VND",
  "đ": "VND",
  "₱": "PHP",
  "฿": "THB",
  "rp": "IDR",
  "rm": "MYR",
  "chf": "CHF",
  "fr.": "CHF",
  "₦": "NGN",
  "₸": "KZT",
  "₾": "GEL",
  "₼": "AZN",
  "lek": "ALL",
  "din.": "RSD",
  "kn": "HRK",
  "ر.س": "SAR",
  "ريال": "SAR",
  "د.إ": "AED",
  "درهم": "AED",
  "ج.م": "EGP",
  "د.ك": "KWD",
  "ر.ق": "QAR",
  "تومان": "IRR",
  "ریال": "IRR"
}

/** Ambiguous texts: the default reading, and readings by the shop's country code. */
const AMBIGUOUS: Record<string, { default: string; byCountry: Record<string, string> }> = {
  "$": {
    default: "USD",
    byCountry: {
      ca: "CAD", au: "AUD", nz: "NZD", mx: "MXN", sg: "SGD", hk: "HKD", tw: "TWD", ar: "ARS",
      cl: "CLP", co: "COP", br: "BRL"
    }
  },
  "¥": { default: "JPY", byCountry: { cn: "CNY" } },
  "￥": { default: "JPY", byCountry: { cn: "CNY" } },
  "kr": { default: "SEK", byCountry: { se: "SEK", no: "NOK", dk: "DKK", is: "ISK" } },
  "kr.": { default: "DKK", byCountry: { se: "SEK", no: "NOK", dk: "DKK", is: "ISK" } },
  "р": { default: "RUB", byCountry: { by: "BYN" } },
  "р.": { default: "RUB", byCountry: { by: "BYN" } }
}

/** The shop's country from its host name: example.co.uk → "uk" → "gb". */
export function countryFromHost(host: string | null | undefined): string | null {
  if (!host) return null
  const tld = host.toLowerCase().split(".").pop() ?? ""
  if (tld === "uk") return "gb"
  return /^[a-z]{2}$/.test(tld) ? tld : null
}

/**
 * ISO code for currency text as printed (symbol, code or word), or null.
 * `country` is a two-letter country code used only to settle ambiguous symbols.
 */
export function currencyCode(text: string | null | undefined, country?: string | null): string | null {
  if (!text) return null
  const trimmed = text.trim()
  const upper = trimmed.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && ISO_CODES.has(upper)) return upper
  const key = trimmed.toLowerCase()
  const fixed = FIXED[key]
  if (fixed) return fixed
  const ambiguous = AMBIGUOUS[key]
  if (ambiguous) return (country && ambiguous.byCountry[country]) || ambiguous.default
  return null
}

/** Every currency text the parser should look for, longest first so "US$" beats "$". */
export const CURRENCY_TEXTS: readonly string[] = [...Object.keys(FIXED), ...Object.keys(AMBIGUOUS)].sort(
  (a, b) => b.length - a.length
)
