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
  if (count === 1) {
    return (
      <section className="cw-history" data-testid="price-history">
        <h2>Price history</h2>
        <p data-testid="price-history-row">
          First seen at {formatPrice(lowest.price, currency)} on {formatDate(since)}.
        </p>
        <p className="cw-muted cw-small">Cartwise notes every change when you come back, on this device only.</p>
      </section>
    )
  }
  return (
    <section className="cw-history" data-testid="price-history">
      <h2>Price history</h2>
      {lowest.price === highest.price ? (
        <p data-testid="price-history-row">
          {formatPrice(lowest.price, currency)} every time since {formatDate(since)}
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
        {count} price points recorded since {formatDate(since)}, on this device only.
      </p>
    </section>
  )
}
