import type { Variant } from "~src/product"
import { availabilityLabel, formatPrice } from "~src/ui/format"
import { optionsSummary, productOptions } from "~src/ui/options"

/**
 * The product's options (sizes, colours, packs) and which of them can be bought, counted, with the
 * list folded away. Shown only when the shop lists two or more. Page text, rendered as text.
 */
export function Options({
  product,
  open = false
}: {
  product: { name: string | null; price: string | null; currency: string | null; url: string; variants: readonly Variant[] }
  /** Unfolded: the side panel has the room, and the list is what the model is told. */
  open?: boolean
}) {
  const options = productOptions(product)
  if (!options) return null
  return (
    <section className="cw-options" data-testid="product-options">
      <h2>Options</h2>
      <p data-testid="options-summary">{optionsSummary(options)}</p>
      {options.named === 0 ? (
        <p className="cw-muted cw-small">The page does not name them: choose one there.</p>
      ) : (
        <details open={open}>
          <summary>All {options.rows.length} options</summary>
          <ul className="cw-option-list">
            {options.rows.map((row, i) => {
              const stock = row.availability ? availabilityLabel(row.availability) : null
              return (
                <li key={i} data-testid="option-row" className={row.selected ? "cw-option-selected" : undefined}>
                  <span dir="auto">{row.label ?? `Option ${i + 1}`}</span>
                  {row.selected ? <span className="cw-muted"> (this page)</span> : null}
                  {row.price ? <span> · {formatPrice(row.price, product.currency)}</span> : null}
                  {stock ? <span className={`cw-option-stock cw-option-${stock.tone}`}> · {stock.label}</span> : null}
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </section>
  )
}
