// Spec values some shops print as marks: 1k.by's feature lists say "+" for a feature the product
// has and "-" for one it lacks ("Мытье в посудомойке: +"). The side panel and the model read words,
// so the background turns them into "Yes" and "No" as it settles a page's result, as it settles
// reviews' dates (settle-review.ts): no bytes in the content scripts, and the CLI does the same.
// A tick is "Yes" and a cross "No" wherever they are. A dash counts as "no" only where the same
// product has a "+" too, the shops that mark features with plus and minus: beside a tick ("Wi-Fi ✓",
// "Weight —", found by review) or alone it is a shop's blank, which says nothing, and the row is
// left out rather than read as a "no".

import type { Spec } from "../product"

// With or without the emoji variation selector ("✔️").
const YES = /^[+✓✔✅]\uFE0F?$/
const NO = /^[✗✘❌]\uFE0F?$/
const DASH = /^[-–—−]$/

export function settleSpecs(specs: readonly Spec[]): Spec[] {
  const plusMinus = specs.some((spec) => spec.value.trim() === "+")
  return specs.flatMap((spec) => {
    const value = spec.value.trim()
    if (YES.test(value)) return [{ name: spec.name, value: "Yes" }]
    if (NO.test(value)) return [{ name: spec.name, value: "No" }]
    if (DASH.test(value)) return plusMinus ? [{ name: spec.name, value: "No" }] : []
    return [spec]
  })
}
