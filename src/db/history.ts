import type { PriceObservation } from "./schema"

export interface PricePoint {
  price: string
  at: number
}

export interface PriceSummary {
  lowest: PricePoint
  highest: PricePoint
  /** Observations in this currency (a change of currency starts a separate history). */
  count: number
  since: number
}

/**
 * Lowest and highest price seen, in the given currency only; ties keep the earliest date, which
 * is what "lowest since 3 May" means to a shopper. `bids` summarises an auction's bids instead:
 * a rising bid is not a price rise, and an asking price is not a bid, so the two never mix. `from`
 * summarises "from" prices (the lowest of several options or sellers) apart from fixed ones alike.
 */
export function summarizePrices(observations: PriceObservation[], currency: string | null, bids = false, from = false): PriceSummary | null {
  const priced = pricedIn(observations, currency)
    .filter((o) => (o.bid ?? false) === bids && (o.from ?? false) === from)
    .sort((a, b) => a.observedAt - b.observedAt)
  const first = priced[0]
  if (!first) return null
  let lowest: PricePoint = { price: first.price, at: first.observedAt }
  let highest: PricePoint = { ...lowest }
  for (const o of priced) {
    const value = Number(o.price)
    if (value < Number(lowest.price)) lowest = { price: o.price, at: o.observedAt }
    if (value > Number(highest.price)) highest = { price: o.price, at: o.observedAt }
  }
  return { lowest, highest, count: priced.length, since: first.observedAt }
}

/**
 * Whether the history to show is a bid history: the price read now is a bid, or every price seen
 * in this currency was (an auction that ended shows no bid, but its history is its bids).
 */
export function showsBids(observations: PriceObservation[], currency: string | null, currentIsBid: boolean): boolean {
  const priced = pricedIn(observations, currency)
  return currentIsBid || (priced.length > 0 && priced.every((o) => o.bid))
}

/** The observations with a price in this currency (a change of currency starts another history). */
function pricedIn(observations: PriceObservation[], currency: string | null) {
  return observations.filter((o): o is PriceObservation & { price: string } => o.price !== null && o.currency === currency)
}
