import { summarizePrices } from "~src/db/history"
import type { PriceObservation } from "~src/db/schema"
import { formatDate, formatPrice } from "~src/ui/format"

export function PriceHistory({ observations, currency }: { observations: PriceObservation[]; currency: string | null }) {
  const summary = summarizePrices(observations, currency)
  if (!summary) {
    return (
      <section className="cw-history" data-testid="price-history">
        <h2>Price history</h2>
        <p className="cw-muted">No price seen yet on this page.</p>
      </section>
    )
  }
  const { lowest, highest, count, since } = summary
  return (
    <section className="cw-history" data-testid="price-history">
      <h2>Price history</h2>
      {count === 1 || lowest.price === highest.price ? (
        <p data-testid="price-history-row">
          {formatPrice(lowest.price, currency)} since {formatDate(since)}
          {count === 1 ? <span className="cw-muted"> · Cartwise notes every change when you come back.</span> : null}
        </p>
      ) : (
        <table className="cw-range">
          <tbody>
            <tr data-testid="price-history-row">
              <th scope="row">Lowest</th>
              <td data-testid="price-lowest">{formatPrice(lowest.price, currency)}</td>
              <td className="cw-muted">{formatDate(lowest.at)}</td>
            </tr>
            <tr data-testid="price-history-row">
              <th scope="row">Highest</th>
              <td data-testid="price-highest">{formatPrice(highest.price, currency)}</td>
              <td className="cw-muted">{formatDate(highest.at)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="cw-muted cw-small" data-testid="price-history-count">
        {count} {count === 1 ? "price" : "prices"} recorded since {formatDate(since)}, on this device only.
      </p>
    </section>
  )
}
