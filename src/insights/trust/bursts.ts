// Bursts: days with far more reviews than the product's own pace explains. The pace is the set's
// own (reviews per day over its date span, or around that day if higher), so a bestseller with 50
// reviews a day is not flagged and a quiet product that gets 12 in one afternoon is.

import type { PreparedReview } from "../prepare"
import { percent, tested, skipped, weightAll, type Outcome } from "./outcome"

const TITLE = "Bursts of reviews on the same days"
const EXPLANATION =
  "Days on which many more reviews were posted than the product's usual pace. Review campaigns (paid, or friends and family asked at once) arrive in bursts; genuine reviews trickle in with sales."

const MIN_DATED = 10
const MIN_SPAN_DAYS = 14
const MIN_BURST = 3
/** Chance a day reaches its count by luck, shared over all days in the span (Bonferroni). */
const ALPHA = 0.01
/** Neighbouring days that set the local pace, excluding the day and the days right beside it. */
const NEIGHBOURHOOD = 15
const BURST_WEIGHT = 0.5
const DAY_MS = 86_400_000

function dayOf(date: string | null): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? "")
  if (!match) return null
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** P(X ≥ count) for X ~ Poisson(rate), summed in log space so large counts do not overflow. */
export function poissonTail(count: number, rate: number): number {
  if (count <= 0) return 1
  let logTerm = -rate + count * Math.log(rate) - logFactorial(count)
  let total = 0
  for (let k = count; k < count + 200; k++) {
    total += Math.exp(logTerm)
    logTerm += Math.log(rate) - Math.log(k + 1)
    if (Math.exp(logTerm) < total * 1e-12) break
  }
  return Math.min(1, total)
}

function logFactorial(n: number): number {
  let sum = 0
  for (let i = 2; i <= n; i++) sum += Math.log(i)
  return sum
}

export function burstsTest(reviews: readonly PreparedReview[]): Outcome {
  const byDay = new Map<number, PreparedReview[]>()
  for (const review of reviews) {
    const day = dayOf(review.review.date)
    if (day === null) continue
    const list = byDay.get(day)
    if (list) list.push(review)
    else byDay.set(day, [review])
  }
  const dated = [...byDay.values()].reduce((sum, list) => sum + list.length, 0)
  if (dated < MIN_DATED) return skipped("bursts", TITLE, `Only ${dated} reviews carry a date; ${MIN_DATED} are needed.`)
  const days = [...byDay.keys()].sort((a, b) => a - b)
  const span = (days[days.length - 1] ?? 0) - (days[0] ?? 0) + 1
  if (span < MIN_SPAN_DAYS) return skipped("bursts", TITLE, `All dated reviews fall within ${span} days; too short a span to tell a burst from a launch.`)
  const globalRate = dated / span
  const threshold = ALPHA / span
  const bursts: { day: number; count: number; expected: number }[] = []
  for (const day of days) {
    const count = byDay.get(day)?.length ?? 0
    if (count < MIN_BURST) continue
    let around = 0
    for (let d = day - NEIGHBOURHOOD; d <= day + NEIGHBOURHOOD; d++) {
      if (Math.abs(d - day) > 1) around += byDay.get(d)?.length ?? 0
    }
    const expected = Math.max(globalRate, around / (2 * NEIGHBOURHOOD - 2))
    if (poissonTail(count, expected) < threshold) bursts.push({ day, count, expected })
  }
  const inBursts = bursts.flatMap(({ day }) => byDay.get(day) ?? [])
  const share = inBursts.length / dated
  const status = bursts.length === 0 ? "pass" : share >= 0.2 && inBursts.length >= 5 ? "fail" : "warn"
  const worst = [...bursts].sort((a, b) => b.count - a.count).slice(0, 3)
  const measured =
    bursts.length === 0
      ? `No day stands out: ${dated} dated reviews over ${span} days (about ${globalRate.toFixed(2)} a day).`
      : `${bursts.length} day${bursts.length > 1 ? "s" : ""} with unusually many reviews ${bursts.length > 1 ? "hold" : "holds"} ${inBursts.length} of ${dated} dated reviews (${percent(inBursts.length, dated)}): ${worst.map((b) => `${isoDay(b.day)} had ${b.count} (about ${b.expected.toFixed(1)} expected)`).join("; ")}.`
  const ids = inBursts.map((review) => review.review.id)
  return tested(
    { id: "bursts", title: TITLE, status, value: share, measured, explanation: EXPLANATION },
    ids,
    status === "pass" ? new Map() : weightAll(ids, BURST_WEIGHT)
  )
}
