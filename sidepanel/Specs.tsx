import type { Spec } from "~src/product"

/**
 * The product's specifications as the page gave them, folded away under the price: what the
 * on-device model reads when it answers, so the shopper can check it (and read them without the
 * model). Page text, rendered as text.
 */
export function Specs({ specs }: { specs: readonly Spec[] }) {
  if (specs.length === 0) return null
  return (
    <details className="cw-specs" data-testid="qa-specs">
      <summary>Specifications ({specs.length})</summary>
      <dl>
        {specs.map((spec, i) => (
          // Names are unique as read from one page; the index keeps React calm if a source repeats one.
          <div key={`${i}:${spec.name}`}>
            <dt dir="auto">{spec.name}</dt>
            <dd dir="auto">{spec.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
