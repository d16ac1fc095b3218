// Benchmark-side reading of the currency text the corpus records ("$", "£", "руб."), used only to
// score an ISO code we predict against it. Deliberately separate from src/price/currency.ts so the
// scorer does not grade our own table with itself.
const SYMBOLS = {
  "$": ["USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "TWD", "ARS", "CLP", "COP"],
  "us$": ["USD"],
  "£": ["GBP"],
  "€": ["EUR"],
  "¥": ["JPY", "CNY"],
  "円": ["JPY"],
  "₹": ["INR"],
  "rs.": ["INR", "PKR"],
  "rs": ["INR", "PKR"],
  "₩": ["KRW"],
  "원": ["KRW"],
  "r$": ["BRL"],
  "zł": ["PLN"],
  "kč": ["CZK"],
  "kr": ["SEK", "NOK", "DKK", "ISK"],
  "kr.": ["DKK", "SEK", "NOK", "ISK"],
  "руб.": ["RUB", "BYN"],
  "руб": ["RUB", "BYN"],
  "р.": ["RUB", "BYN"],
  "₽": ["RUB"],
  "₪": ["ILS"],
  "₴": ["UAH"],
  "грн": ["UAH"],
  "lei": ["RON"],
  "chf": ["CHF"],
  "nt$": ["TWD"],
  "₸": ["KZT"],
  "тг": ["KZT"],
  "тг.": ["KZT"],
  "₺": ["TRY"],
  "rm": ["MYR"],
  "₱": ["PHP"],
  "ر.س": ["SAR"],
  "د.إ": ["AED"]
}

export function isoCandidates(text) {
  const key = String(text).trim().toLowerCase()
  // The table first: "lei" is three letters but no ISO code.
  return SYMBOLS[key] ?? (/^[a-z]{3}$/.test(key) ? [key.toUpperCase()] : [])
}
