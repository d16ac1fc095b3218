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

// Withdrawn ISO 4217 codes still printed on old or archived pages (euro predecessors, kuna, …).
// Codes that are also common words (ESP) are left out.
const HISTORIC_CODES = new Set(
  "ATS BEF CYP DEM EEK FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE SIT SKK".split(" ")
)

// Lower-case ISO codes that are everyday words: "all", "top" and "try" are not Albanian lek,
// pa'anga or lira unless written in capitals.
const CODE_WORDS = new Set("all bam bob cop cup gel ils mad mop mur nad pen php sos top try".split(" "))

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code)
}

/**
 * Unambiguous currency texts (compared lower-case, dots kept). Longest match wins in the parser.
 * A null value is a currency text we recognise without an ISO code (bitcoin, historic units).
 */
const FIXED: Record<string, string | null> = {
  // Dollars with a country prefix.
  "us$": "USD",
  "us $": "USD",
  "usd$": "USD",
  "ca$": "CAD",
  "can$": "CAD",
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
  "ar$": "ARS",
  "col$": "COP",
  "bz$": "BZD",
  "j$": "JMD",
  "g$": "GYD",
  "tt$": "TTD",
  "ec$": "XCD",
  "n$": "NAD",
  "rd$": "DOP",
  "bds$": "BBD",
  "fj$": "FJD",
  "si$": "SBD",
  "ws$": "WST",
  "ci$": "KYD",
  "l$": "LRD",
  "z$": "ZWL",
  "$b": "BOB",
  "mop$": "MOP",
  // Europe.
  "€": "EUR",
  "euro": "EUR",
  "euros": "EUR",
  "eur": "EUR",
  "£": "GBP",
  "₤": "GBP",
  "zł": "PLN",
  "zl": "PLN",
  "zloty": "PLN",
  "złoty": "PLN",
  "kč": "CZK",
  "ft": "HUF",
  "forint": "HUF",
  "lei": "RON",
  "лв": "BGN",
  "лв.": "BGN",
  "₺": "TRY",
  "tl": "TRY",
  "chf": "CHF",
  "fr.": "CHF",
  "lek": "ALL",
  "din.": "RSD",
  "dinara": "RSD",
  "дин": "RSD",
  "дин.": "RSD",
  "ден": "MKD",
  "ден.": "MKD",
  "kn": "HRK",
  "₽": "RUB",
  "руб": "RUB",
  "руб.": "RUB",
  "рубль": "RUB",
  "рубля": "RUB",
  "рублей": "RUB",
  "₴": "UAH",
  "грн": "UAH",
  "грн.": "UAH",
  "₾": "GEL",
  "ლ": "GEL",
  "ლარი": "GEL",
  "lari": "GEL",
  "₼": "AZN",
  "֏": "AMD",
  // Asia and the Pacific.
  "₹": "INR",
  "rs.": "INR",
  "rs": "INR",
  "₩": "KRW",
  "원": "KRW",
  "円": "JPY",
  "yen": "JPY",
  "元": "CNY",
  "圆": "CNY",
  "人民币": "CNY",
  "rmb": "CNY",
  "yuan": "CNY",
  "₫": "VND",
  "đ": "VND",
  "vnđ": "VND",
  "₱": "PHP",
  "฿": "THB",
  "บาท": "THB",
  "rp": "IDR",
  "rupiah": "IDR",
  "rm": "MYR",
  "ringgit": "MYR",
  "₸": "KZT",
  "тг": "KZT",
  "сом": "KGS",
  "сўм": "UZS",
  "сум": "UZS",
  "sʻ": "UZS",
  "so'm": "UZS",
  "₮": "MNT",
  "₭": "LAK",
  "៛": "KHR",
  "৳": "BDT",
  "؋": "AFN",
  "₲": "PYG",
  "₡": "CRC",
  "s/.": "PEN",
  // Africa.
  "₦": "NGN",
  "₵": "GHS",
  "e£": "EGP",
  "ብር": "ETB",
  "نافكا": "ERN",
  "ksh": "KES",
  "tsh": "TZS",
  "fcfa": "XAF",
  // Israel and the Arabic-script currencies (abbreviations with dots, and the names).
  "₪": "ILS",
  "ש\"ח": "ILS",
  "ש״ח": "ILS",
  "שקל": "ILS",
  "nis": "ILS",
  "shekel": "ILS",
  "shekels": "ILS",
  "ش.ج": "ILS",
  "ر.س": "SAR",
  "ريال سعودي": "SAR",
  "د.إ": "AED",
  "درهم إماراتي": "AED",
  "dhs": "AED",
  "ج.م": "EGP",
  "جنيه مصري": "EGP",
  "ج.م.": "EGP",
  "د.ك": "KWD",
  "دينار كويتي": "KWD",
  "ر.ق": "QAR",
  "ريال قطري": "QAR",
  "د.ب": "BHD",
  "دينار بحريني": "BHD",
  "ر.ع.": "OMR",
  "ر.ع": "OMR",
  "ريال عماني": "OMR",
  "د.ا": "JOD",
  "د.أ": "JOD",
  "دينار أردني": "JOD",
  "د.ع": "IQD",
  "دينار عراقي": "IQD",
  "د.ل": "LYD",
  "دينار ليبي": "LYD",
  "د.ت": "TND",
  "دينار تونسي": "TND",
  "د.ج": "DZD",
  "دينار جزائري": "DZD",
  "د.م.": "MAD",
  "د.م": "MAD",
  "درهم مغربي": "MAD",
  "ل.ل": "LBP",
  "ليرة لبنانية": "LBP",
  "ل.س": "SYP",
  "ليرة سورية": "SYP",
  "ر.ي": "YER",
  "ريال يمني": "YER",
  "ج.س": "SDG",
  "ج.س.": "SDG",
  "تومان": "IRR",
  "ریال": "IRR",
  "افغانی": "AFN",
  "روپیہ": "PKR",
  // Recognised, but with no ISO code to give.
  "btc": null,
  "₿": null,
  "¢": null,
  "kwz": null
}

const CFA_COUNTRIES: Record<string, string> = Object.fromEntries([
  ...["cm", "ga", "cg", "td", "cf", "gq"].map((c) => [c, "XAF"]),
  ...["sn", "ci", "bf", "ml", "ne", "tg", "bj", "gw"].map((c) => [c, "XOF"])
])
const FRANC_COUNTRIES: Record<string, string> = {
  ...CFA_COUNTRIES,
  ch: "CHF", li: "CHF", km: "KMF", dj: "DJF", gn: "GNF", bi: "BIF", rw: "RWF", cd: "CDF"
}
const DINAR_COUNTRIES: Record<string, string> = {
  rs: "RSD", mk: "MKD", kw: "KWD", bh: "BHD", jo: "JOD", iq: "IQD", ly: "LYD", tn: "TND", dz: "DZD"
}
const POUND_COUNTRIES: Record<string, string> = { gb: "GBP", eg: "EGP", lb: "LBP", sy: "SYP", gi: "GIP" }
const PESO_COUNTRIES: Record<string, string> = {
  mx: "MXN", ar: "ARS", cl: "CLP", co: "COP", ph: "PHP", uy: "UYU", do: "DOP", cu: "CUP"
}

/** Ambiguous texts: the default reading (null: no safe guess), and readings by the shop's country. */
const AMBIGUOUS: Record<string, { default: string | null; byCountry: Record<string, string> }> = {
  "$": {
    default: "USD",
    byCountry: {
      ca: "CAD", au: "AUD", nz: "NZD", mx: "MXN", sg: "SGD", hk: "HKD", tw: "TWD", ar: "ARS",
      cl: "CLP", co: "COP", br: "BRL"
    }
  },
  "¥": { default: "JPY", byCountry: { cn: "CNY" } },
  "￥": { default: "JPY", byCountry: { cn: "CNY" } },
  "圓": { default: null, byCountry: { tw: "TWD", hk: "HKD", mo: "MOP" } },
  "kr": { default: "SEK", byCountry: { se: "SEK", no: "NOK", dk: "DKK", is: "ISK" } },
  "kr.": { default: "DKK", byCountry: { se: "SEK", no: "NOK", dk: "DKK", is: "ISK" } },
  "р": { default: "RUB", byCountry: { by: "BYN" } },
  "р.": { default: "RUB", byCountry: { by: "BYN" } },
  "ƒ": { default: "ANG", byCountry: { aw: "AWG" } },
  "₨": { default: "PKR", byCountry: { lk: "LKR", np: "NPR", mu: "MUR", sc: "SCR", in: "INR" } },
  "र": { default: "INR", byCountry: { np: "NPR" } },
  "रु": { default: "INR", byCountry: { np: "NPR" } },
  "रू": { default: "NPR", byCountry: { in: "INR" } },
  // Also a weight: a pound is money only on a shop of a country that pays in pounds.
  "pound": { default: null, byCountry: POUND_COUNTRIES },
  "pounds": { default: null, byCountry: POUND_COUNTRIES },
  "dollar": { default: "USD", byCountry: { ca: "CAD", au: "AUD", nz: "NZD", sg: "SGD", hk: "HKD" } },
  "dollars": { default: "USD", byCountry: { ca: "CAD", au: "AUD", nz: "NZD", sg: "SGD", hk: "HKD" } },
  "franc": { default: null, byCountry: FRANC_COUNTRIES },
  "francs": { default: null, byCountry: FRANC_COUNTRIES },
  "cfa": { default: "XOF", byCountry: CFA_COUNTRIES },
  "dinar": { default: null, byCountry: DINAR_COUNTRIES },
  "dinars": { default: null, byCountry: DINAR_COUNTRIES },
  "دينار": { default: null, byCountry: DINAR_COUNTRIES },
  "ريال": { default: "SAR", byCountry: { qa: "QAR", om: "OMR", ye: "YER", ir: "IRR" } },
  "درهم": { default: "AED", byCountry: { ma: "MAD" } },
  "جنيه": { default: "EGP", byCountry: { sd: "SDG", ss: "SSP" } },
  "ليرة": { default: "LBP", byCountry: { sy: "SYP", tr: "TRY" } },
  "﷼": { default: "IRR", byCountry: { sa: "SAR", qa: "QAR", om: "OMR", ye: "YER" } },
  "pesos": { default: null, byCountry: PESO_COUNTRIES },
  "rupee": { default: "INR", byCountry: { pk: "PKR", lk: "LKR", np: "NPR", mu: "MUR" } },
  "rupees": { default: "INR", byCountry: { pk: "PKR", lk: "LKR", np: "NPR", mu: "MUR" } }
}

/**
 * Short currency abbreviations that are also words or initials in some other case ("um" is German,
 * "UM" the ouguiya): they count only in the case shops print them. Bare "din" (Danish "your") and
 * "MK" (a brand) are left out.
 */
const EXACT_CASE: Record<string, string> = {
  R: "ZAR",
  Br: "BYN",
  UM: "MRU",
  LD: "LYD",
  DT: "TND",
  FG: "GNF",
  GFr: "GNF",
  RF: "RWF",
  FRw: "RWF",
  ZK: "ZMW",
  Kz: "AOA",
  Vt: "VUV",
  USh: "UGX",
  FBu: "BIF",
  Fdj: "DJF",
  Nfk: "ERN",
  Bs: "VES",
  "Bs.": "VES",
  DA: "DZD",
  DH: "MAD",
  Dh: "AED"
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
  const exact = EXACT_CASE[trimmed]
  if (exact) return exact
  const upper = trimmed.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && (ISO_CODES.has(upper) || HISTORIC_CODES.has(upper))) return upper
  const key = trimmed.toLowerCase()
  const fixed = FIXED[key]
  if (fixed) return fixed
  const ambiguous = AMBIGUOUS[key]
  if (ambiguous) return (country && ambiguous.byCountry[country]) || ambiguous.default
  return null
}

/**
 * Whether text found in a price string is a currency as printed: a known symbol or word, an ISO
 * code (in capitals, or lower-case when it is not also an everyday word), or any Unicode currency
 * sign. Names that are words in another case count only in their own case.
 */
export function isCurrencyText(text: string): boolean {
  if (text in EXACT_CASE) return true
  const key = text.toLowerCase()
  if (key in FIXED || key in AMBIGUOUS) return !EXACT_CASE_KEYS.has(key) || text in EXACT_CASE
  if (/^[A-Z]{3}$/.test(text)) return ISO_CODES.has(text) || HISTORIC_CODES.has(text)
  if (/^[a-z]{3}$/i.test(text)) return ISO_CODES.has(key.toUpperCase()) && !CODE_WORDS.has(key)
  if (EXACT_CASE_KEYS.has(key)) return false
  return /^\p{Sc}$/u.test(text)
}

const EXACT_CASE_KEYS = new Set(Object.keys(EXACT_CASE).map((t) => t.toLowerCase()))

/**
 * Every currency text the parser should look for, longest first so "US$" beats "$". A single Latin
 * letter ("R" for the rand) is left to the parser, which takes it only glued to a number ("R299").
 */
export const CURRENCY_TEXTS: readonly string[] = [
  ...new Set([...Object.keys(FIXED), ...Object.keys(AMBIGUOUS), ...Object.keys(EXACT_CASE)])
]
  .filter((t) => !/^[A-Za-z]$/.test(t))
  .sort((a, b) => b.length - a.length)
