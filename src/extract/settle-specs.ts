// Spec values some shops print as marks: 1k.by's feature lists say "+" for a feature the product
// has and "-" for one it lacks ("Мытье в посудомойке: +"). The side panel and the model read words,
// so the background turns them into "Yes" and "No" as it settles a page's result, as it settles
// reviews' dates (settle-review.ts): no bytes in the content scripts, and the CLI does the same.
// A dash counts as "no" only where the same product has a "+" too: elsewhere it is a shop's blank
// ("Colour: -"), which says nothing, and the row is left out rather than read as a "no".

import type { Spec } from "../product"

const YES = /^[+✓✔]$/
const DASH = /^[-–—]$/

export function settleSpecs(specs: readonly Spec[]): Spec[] {
  const marks = specs.some((spec) => YES.test(spec.value.trim()))
  return specs.flatMap((spec) => {
    const value = spec.value.trim()
    if (YES.test(value)) return [{ name: spec.name, value: "Yes" }]
    if (DASH.test(value)) return marks ? [{ name: spec.name, value: "No" }] : []
    return [spec]
  })
}
