// Review dates as shops print them, in several languages, to ISO yyyy-mm-dd. Ambiguous numeric
// dates (03/04/2021) are left null rather than guessed.

import { isString, squish, toLower } from "../price/letters"

// No prototype: "3 constructor 2021" names no month.
const MONTHS: Record<string, number | null> = { __proto__: null }
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

// A day, month and four-digit year in numbers: "31.12.2021", "05/10/2016".
const NUMERIC = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/

/** Per separator, whether a list's numeric dates put the day first (true), the month (false), or cannot tell (null). */
export type DateOrder = Partial<Record<string, boolean | null>>

/**
 * ISO yyyy-mm-dd for a review's date as printed, or null. A numeric date whose day cannot be a
 * month (31/12/2021) is read day first; any other ("05/10/2016") only in the order its list shows
 * (`order`, from dateOrder), else null rather than a guess.
 */
export function parseReviewDate(value: unknown, order: DateOrder = {}): string | null {
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
  // 31.12.2021 or 31/12/2021 only when the day cannot be a month, or the list says which comes first.
  m = NUMERIC.exec(text)
  if (!m) return null
  const [first, second, year, dayFirst] = [Number(m[1]), Number(m[3]), Number(m[4]), order[m[2]!]]
  if (first > 12 || dayFirst === true) return iso(year, second, first)
  return dayFirst === false ? iso(year, first, second) : null
}

/**
 * The order of one list's numeric dates, for each way of writing them: a shop prints all its
 * reviews' dates one way, so one date whose day cannot be a month ("21/10/2016") settles
 * "05/10/2016" beside it, and one whose second number cannot be ("7/15/2023") puts the month
 * first. Dates written with dots are day first unless the list shows otherwise (31.12.2021: no
 * shop writes the month first with dots). Slashes and dots are settled apart; dates that disagree
 * settle nothing. settleReviews asks once per source, so a widget's US dates beside the shop's own
 * are not read in the shop's order.
 */
export function dateOrder(texts: readonly (string | null)[]): DateOrder {
  const votes: Record<string, { day: boolean; month: boolean }> = {}
  for (const text of texts) {
    const m = text === null ? null : NUMERIC.exec(text)
    if (!m) continue
    const vote = (votes[m[2]!] ??= { day: m[2] === ".", month: false })
    if (Number(m[1]) > 12) vote.day = true
    if (Number(m[3]) > 12) vote.month = true
  }
  return Object.fromEntries(Object.entries(votes).map(([separator, { day, month }]) => [separator, day === month ? null : day]))
}
