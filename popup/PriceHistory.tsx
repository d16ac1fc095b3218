import { showsBids, summarizePrices } from "~src/db/history"
import type { PriceObservation } from "~src/db/schema"
import { formatDate, formatPrice } from "~src/ui/format"

// An auction's bids get their own wording: a rising bid is the auction going on, not a price rise.
const WORDS = {
  price: { title: "Price history", none: "No price seen yet on this page.", first: "First seen at", low: "Lowest", high: "Highest", points: "price points" },
  bid: { title: "Bid history", none: "No bid seen yet on this page.", first: "First seen bidding at", low: "Lowest bid", high: "Highest bid", points: "bid amounts" },
  // A "from" price is the lowest of several options or sellers: its history is of those, apart from fixed prices.
  from: { title: "Lowest-price history", none: "No price seen yet on this page.", first: "First seen from", low: "Lowest", high: "Highest", points: "lowest prices" }
}

export function PriceHistory({ observations, currency, bid: currentIsBid = false, from: currentIsFrom = false }: { observations: PriceObservation[]; currency: string | null; bid?: boolean; from?: boolean }) {
  const bid = showsBids(observations, currency, currentIsBid)
  const from = !bid && currentIsFrom
  const words = WORDS[bid ? "bid" : from ? "from" : "price"]
  const summary = summarizePrices(observations, currency, bid, from)
  if (!summary) {
    return (
      <section className="cw-history" data-testid="price-history">
        <h2>{words.title}</h2>
        <p className="cw-muted">{words.none}</p>
      </section>
    )
  }
  const { lowest, highest, count, since } = summary
  if (count === 1) {
    return (
      <section className="cw-history" data-testid="price-history">
        <h2>{words.title}</h2>
        <p data-testid="price-history-row">
          {words.first} {formatPrice(lowest.price, currency)} on {formatDate(since)}.
        </p>
        <p className="cw-muted cw-small">Cartwise notes every change when you come back, on this device only.</p>
      </section>
    )
  }
  return (
    <section className="cw-history" data-testid="price-history">
      <h2>{words.title}</h2>
      {lowest.price === highest.price ? (
        <p data-testid="price-history-row">
          {formatPrice(lowest.price, currency)} every time since {formatDate(since)}
        </p>
      ) : (
        <table className="cw-range">
          <tbody>
            <tr data-testid="price-history-row">
              <th scope="row">{words.low}</th>
              <td data-testid="price-lowest">{formatPrice(lowest.price, currency)}</td>
              <td className="cw-muted">{formatDate(lowest.at)}</td>
            </tr>
            <tr data-testid="price-history-row">
              <th scope="row">{words.high}</th>
              <td data-testid="price-highest">{formatPrice(highest.price, currency)}</td>
              <td className="cw-muted">{formatDate(highest.at)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="cw-muted cw-small" data-testid="price-history-count">
        {count} {words.points} recorded since {formatDate(since)}, on this device only.
      </p>
    </section>
  )
}
