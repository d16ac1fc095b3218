// Review dates as shops print them, in several languages, to ISO yyyy-mm-dd. Ambiguous numeric
// dates (03/04/2021) are left null rather than guessed.

import { isString, squish, toLower } from "../price/letters"

const MONTHS: Record<string, number> = {}
// One string, months apart by "|", names by spaces: an array of strings costs the content script
// three bytes more per name (it is capped at 60 KB, issue #3).
// Romanian, Bulgarian and Hungarian for eMAG's reviews ("23 Ian 2020").
const NAMES =
  "january jan januar janvier janv enero ene gennaio gen janeiro januari stycznia января " +
  "leden ledna ianuarie ian януари яну január|february feb februar février févr fevrier febrero " +
  "febbraio fevereiro februari lutego февраля únor února februarie февруари фев február febr|march " +
  "mar märz maerz mars marzo março maart marca март мара březen března martie март március márc|" +
  "april apr avril avr abril abr aprile kwietnia апреля duben dubna aprilie април апр április ápr|" +
  "may mai mayo maggio mag maio mei maja мая květen května май május máj|june jun juni juin " +
  "junio giugno giu junho czerwca июня červen června iunie iun юни június jún|july jul juli " +
  "juillet juil julio luglio lug julho lipca июля červenec července iulie iul юли július júl|" +
  "august aug août aout agosto ago augustus sierpnia август авга srpen srpna август augusztus|" +
  "september sep sept septembre septiembre settembre set setembro wrzesnia września сентября " +
  "září septembrie септември сеп szeptember szept|october oct oktober okt octobre octubre ottobre " +
  "ott outubro out października октября říjen října octombrie октомври окт október|november nov " +
  "novembre noviembre novembro listopada ноября listopad listopadu noiembrie noi ноември ное|" +
  "december dec dezember dez décembre diciembre dic dicembre dezembro grudnia декабря " +
  "prosinec prosince decembrie декември дек"
NAMES.split("|").forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i + 1)))

const pad = (n: number) => String(n).padStart(2, "0")

function iso(year: number, month: number, day: number): string | null {
  if (year < 1995 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null
}

export function parseReviewDate(value: unknown): string | null {
  if (!isString(value)) return null
  const text = squish(toLower(value)).slice(0, 200)
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /(\d{4})[年/.](\d{1,2})[月/.](\d{1,2})/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  // "3 March 2021", "3. März 2021", "3 de marzo de 2021", "le 3 mars 2021"
  m = /(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]+)\.?,?\s+(?:de\s+)?(\d{4})/u.exec(text)
  if (m && MONTHS[m[2]!]) return iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]))
  // "March 3, 2021", "Mar 3 2021"
  m = /([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(text)
  if (m && MONTHS[m[1]!]) return iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]))
  // "2020. január 23." (Hungarian: the day ends with a dot)
  m = /(\d{4})\.\s+([\p{L}]+)\.?\s+(\d{1,2})\.(?!\d)/u.exec(text)
  if (m && MONTHS[m[2]!]) return iso(Number(m[1]), MONTHS[m[2]!]!, Number(m[3]))
  // 31.12.2021 or 31/12/2021 only when the day cannot be a month.
  m = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(text)
  if (m && Number(m[1]) > 12) return iso(Number(m[3]), Number(m[2]), Number(m[1]))
  return null
}
