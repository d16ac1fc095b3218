// Currency text as shops print it → ISO 4217. Ambiguous symbols ($, kr, ¥) are settled by the
// shop's country (its top-level domain) when we know it, and fall back to the most common reading.

import { CURRENCY_SIGN, toLower, trim } from "./letters"

// Written without spaces (three letters each): 150 bytes less in the 60 KB content scripts. The
// minifier cannot tell match() from a call with effects: marked pure, so that a bundle which reads
// no code (Trustpilot's frame script) leaves the tables out, as it did with split().
const ISO_CODES = new Set(
  /* @__PURE__ */ (
    "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBRLBSDBTNBWPBYNBZDCADCDFCHFCLPCNYCOPCRC" +
    "CUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMD" +
    "JODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMYRMZNNAD" +
    "NGNNIONOKNPRNZDOMRPABPENPGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSYPSZL" +
    "THBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVESVNDVUVWSTXAFXCDXOFXPFYERZARZMWZWL"
  ).match(/.../g)
)

// Withdrawn ISO 4217 codes still printed on old or archived pages (euro predecessors, kuna, …).
// Codes that are also common words (ESP) are left out.
const HISTORIC_CODES = new Set(
  /* @__PURE__ */ "ATSBEFCYPDEMEEKFIMFRFGRDHRKIEPITLLTLLUFLVLMTLNLGPTESITSKK".match(/.../g)
)

// Lower-case ISO codes that are everyday words: "all", "top" and "try" are not Albanian lek,
// pa'anga or lira unless written in capitals.
const CODE_WORDS = new Set(/* @__PURE__ */ "allbambobcopcupgelilsmadmopmurnadpenphpsostoptry".match(/.../g))

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code)
}

/**
 * Unambiguous currency texts (compared lower-case, dots kept), listed under their ISO code, as
 * "CODE text,text|CODE text": the code is written once per currency, and one string takes about
 * 500 bytes less in the content script than an object of arrays (the script is capped at 60 KB,
 * issue #3). No text holds "," or "|". Longest match wins in the parser.
 */
const FIXED_BY_CODE =
  // Dollars with a country prefix.
  "USD us$,us $,usd$|CAD ca$,can$,c$,cad$|AUD a$,au$|NZD nz$|HKD hk$|SGD s$|TWD nt$|BRL r$|" +
  "MXN mx$|ARS ar$|COP col$|BZD bz$|JMD j$|GYD g$|TTD tt$|XCD ec$|NAD n$|DOP rd$|BBD bds$|" +
  "FJD fj$|SBD si$|WST ws$|KYD ci$|LRD l$|ZWL z$|BOB $b|MOP mop$|" +
  // Europe.
  "EUR €,euro,euros,eur|GBP £,₤|PLN zł,zl,zloty,złoty|CZK kč|HUF ft,forint|RON lei|" +
  "BGN лв,лв.|TRY ₺,tl|CHF chf,fr.|ALL lek|RSD din.,dinara,дин,дин.|MKD ден,ден.|HRK kn|" +
  "RUB ₽,руб,руб.,рубль,рубля,рублей,rur|UAH ₴,грн,грн.|GEL ₾,ლ,ლარი,lari|AZN ₼|AMD ֏|" +
  // Asia and the Pacific.
  "INR ₹,rs.,rs|KRW ₩,원|JPY 円,yen|CNY 圆,人民币,rmb,yuan|VND ₫,đ,vnđ|PHP ₱|THB ฿,บาท|" +
  "IDR rp,rupiah|MYR rm,ringgit|KZT ₸,тг|KGS сом|UZS сўм,сум,sʻ,so'm|MNT ₮|LAK ₭|KHR ៛|" +
  "BDT ৳|AFN ؋,افغانی|PYG ₲|CRC ₡|PEN s/.,s/|" +
  // Africa.
  "NGN ₦|GHS ₵|EGP e£,ج.م,جنيه مصري,ج.م.|ETB ብር|ERN نافكا|KES ksh|TZS tsh|XAF fcfa|" +
  // Israel and the Arabic-script currencies (abbreviations with dots, and the names).
  "ILS ₪,ש\"ח,ש״ח,שקל,nis,shekel,shekels,ش.ج|SAR ر.س,ريال سعودي|AED د.إ,درهم إماراتي,dhs|" +
  "KWD د.ك,دينار كويتي|QAR ر.ق,ريال قطري|BHD د.ب,دينار بحريني|OMR ر.ع.,ر.ع,ريال عماني|" +
  "JOD د.ا,د.أ,دينار أردني|IQD د.ع,دينار عراقي|LYD د.ل,دينار ليبي|TND د.ت,دينار تونسي|" +
  "DZD د.ج,دينار جزائري|MAD د.م.,د.م,درهم مغربي|LBP ل.ل,ليرة لبنانية|SYP ل.س,ليرة سورية|" +
  "YER ر.ي,ريال يمني|SDG ج.س,ج.س.|IRR تومان,ریال|PKR روپیہ"

// Currency texts we recognise with no ISO code to give (bitcoin, historic units).
const NO_CODE = ["btc", "₿", "¢", "kwz"]

// Built on first use, as the scanner's index (currency-scan.ts): the content script runs in every
// page, most of them no shop's, and building both took about 0.8 ms of each first run there.
let fixedTable: Record<string, string | null> | undefined
const fixed = (): Record<string, string | null> =>
  (fixedTable ??= Object.setPrototypeOf(
    Object.fromEntries([
      ...FIXED_BY_CODE.split("|").flatMap((entry) => entry.slice(4).split(",").map((text) => [text, entry.slice(0, 3)])),
      ...NO_CODE.map((text) => [text, null])
    ]),
    null
  ))

// An ambiguous text's readings: "USD CAD AUD" is USD unless the shop's country reads it otherwise.
// The first code is the default ("-": no safe guess); the rest are read by country: an ISO 4217
// code begins with its country's ISO 3166 code, so "CAD" is Canada's reading, and a country with
// another country's currency is written in front of it ("liCHF", "snXOF"). Strings rather than
// objects of country → code pairs: the content script is capped at 60 KB (issue #3).
const CFA = "cmXAF gaXAF cgXAF tdXAF cfXAF gqXAF snXOF ciXOF bfXOF mlXOF neXOF tgXOF bjXOF gwXOF"
// Readings shared by a text's spellings (singular and plural, dotted, full-width).
const YEN = "JPY CNY"
const RUBLE = "RUB BYN"
const INDIAN_RUPEE = "INR NPR"
const KRONA = "SEK NOK DKK ISK"
const POUND = "- GBP EGP LBP SYP GIP"
const DOLLAR = "USD CAD AUD NZD SGD HKD"
const FRANC = `- ${CFA} CHF liCHF KMF DJF GNF BIF RWF CDF`
const DINAR = "- RSD MKD KWD BHD JOD IQD LYD TND DZD"
const RUPEE = "INR PKR LKR NPR MUR"

/** Ambiguous texts and their readings (see above). */
const AMBIGUOUS: Record<string, string | null> = {
  // No prototype, in each table: a page's currency "constructor" or "toString" is no currency, and
  // must not find Object's function under that name.
  __proto__: null,
  "$": "USD CAD AUD NZD MXN SGD HKD TWD ARS CLP COP BRL",
  "¥": YEN,
  "￥": YEN,
  "圓": "- TWD HKD MOP",
  // China's yuan, and the word Taiwan, Hong Kong and Macau write after their own dollars ("29元").
  "元": "CNY TWD HKD MOP",
  "kr": KRONA,
  "kr.": `DKK ${KRONA}`,
  "р": RUBLE,
  "р.": RUBLE,
  "ƒ": "ANG AWG",
  "₨": "PKR LKR NPR MUR SCR INR",
  "र": INDIAN_RUPEE,
  "रु": INDIAN_RUPEE,
  "रू": "NPR INR",
  // Also a weight: a pound is money only on a shop of a country that pays in pounds.
  "pound": POUND,
  "pounds": POUND,
  "dollar": DOLLAR,
  "dollars": DOLLAR,
  "franc": FRANC,
  "francs": FRANC,
  "cfa": `XOF ${CFA}`,
  "dinar": DINAR,
  "dinars": DINAR,
  "دينار": DINAR,
  "ريال": "SAR QAR OMR YER IRR",
  "درهم": "AED MAD",
  "جنيه": "EGP SDG SSP",
  "ليرة": "LBP SYP TRY",
  "﷼": "IRR SAR QAR OMR YER",
  "pesos": "- MXN ARS CLP COP PHP UYU DOP CUP",
  "rupee": RUPEE,
  "rupees": RUPEE
}

function readAmbiguous(readings: string, country: string | null | undefined): string | null {
  const [fallback, ...local] = readings.split(" ")
  const found = country ? local.find((code) => toLower(code.slice(0, 2)) === country) : undefined
  return found ? found.slice(-3) : fallback === "-" ? null : fallback!
}

/**
 * Short currency abbreviations that are also words or initials in some other case ("um" is German,
 * "UM" the ouguiya): they count only in the case shops print them. Bare "din" (Danish "your") and
 * "MK" (a brand) are left out.
 */
const EXACT_CASE: Record<string, string | null> = {
  __proto__: null,
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
  const tld = toLower(host).split(".").pop() ?? ""
  if (tld === "uk") return "gb"
  return /^[a-z]{2}$/.test(tld) ? tld : null
}

/**
 * ISO code for currency text as printed (symbol, code or word), or null.
 * `country` is a two-letter country code used only to settle ambiguous symbols.
 */
export function currencyCode(text: string | null | undefined, country?: string | null): string | null {
  if (!text) return null
  const trimmed = trim(text)
  const exact = EXACT_CASE[trimmed]
  if (exact) return exact
  const upper = trimmed.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && (ISO_CODES.has(upper) || HISTORIC_CODES.has(upper))) return upper
  const key = toLower(trimmed)
  const code = fixed()[key]
  if (code) return code
  const ambiguous = AMBIGUOUS[key]
  return ambiguous ? readAmbiguous(ambiguous, country) : null
}

/**
 * Whether text found in a price string is a currency as printed: a known symbol or word, an ISO
 * code (in capitals, or lower-case when it is not also an everyday word), or any Unicode currency
 * sign. Names that are words in another case count only in their own case.
 */
export function isCurrencyText(text: string): boolean {
  if (text in EXACT_CASE) return true
  const key = toLower(text)
  if (key in fixed() || key in AMBIGUOUS) return !EXACT_CASE_KEYS.has(key) || text in EXACT_CASE
  if (/^[A-Z]{3}$/.test(text)) return ISO_CODES.has(text) || HISTORIC_CODES.has(text)
  if (/^[a-z]{3}$/i.test(text)) return ISO_CODES.has(key.toUpperCase()) && !CODE_WORDS.has(key)
  if (EXACT_CASE_KEYS.has(key)) return false
  return CURRENCY_SIGN.test(text)
}

const EXACT_CASE_KEYS = new Set(Object.keys(EXACT_CASE).map(toLower))

/** Every table of currency texts, for the parser's scanner (currency-scan.ts). */
export const currencyTables = () => [fixed(), AMBIGUOUS, EXACT_CASE]
