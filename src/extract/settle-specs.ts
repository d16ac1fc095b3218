// Specs as the side panel and the model read them. Rows of the shop's terms are left out (below).
// Spec values some shops print as marks: 1k.by's feature lists say "+" for a feature the product
// has and "-" for one it lacks ("Мытье в посудомойке: +"). The side panel and the model read words,
// so the background turns them into "Yes" and "No" as it settles a page's result, as it settles
// reviews' dates (settle-review.ts): no bytes in the content scripts, and the CLI does the same.
// A tick is "Yes" and a cross "No" wherever they are. A dash counts as "no" only where the same
// product has a "+" too, the shops that mark features with plus and minus: beside a tick ("Wi-Fi ✓",
// "Weight —", found by review) or alone it is a shop's blank, which says nothing, and the row is
// left out rather than read as a "no".

import type { Spec } from "../product"

// Rows that are the shop's terms, not the product's facts, in the languages whose shops print them
// among the specs: stock ("Razpoložljivost: Dobavljivo", "In Stock: Yes"), delivery times ("Rok
// dobave: 1−10 delovnih dni"), ways to pay ("付款方式") and the shop's own record keys
// ("variationId" in Otto's microdata). The whole label must be one: "Lieferumfang" (what is in the
// box) and "Shipping weight" are the product's. The content script drops the commonest (specs.ts);
// the rest cost nothing here.
const SHOP_TERMS = new RegExp(
  `^(?:${[
    "in stock|availability|stock status|disponibilit(?:[éy]|à|ad|ade)|verfügbarkeit|lagerstatus|beschikbaarheid|dostępność|наличие",
    "dostupnost|dostupnosť|razpoložljivost|skladem|na zalogi|zaloga|在庫|库存|庫存|재고",
    "delivery time|dispatch time|lieferzeit|délai de livraison|plazo de entrega|tempi di consegna|prazo de entrega|levertijd",
    "czas dostawy|срок доставки|dodací lhůta|dodacia lehota|rok dobave|rok isporuke|发货时间|배송 ?기간",
    "payment(?: methods?| options)?|zahlungsarten?|modes? de paiement|formas? de pago|metodi di pagamento|formas? de pagamento",
    "betaalmethoden?|płatność|formy płatności|способы оплаты|оплата|způsob platby|付款方式|支付方式|お支払い方法|결제 ?방법"
  ].join("|")})[\\s:：]*$`,
  "iu"
)
// A shop's record key in camel case ("variationId", "productId"): never a label written for people.
const RECORD_KEY = /^[a-z]+(?:[A-Z][a-z]+)*Id$/

// With or without the emoji variation selector ("✔️").
const YES = /^[+✓✔✅]\uFE0F?$/
const NO = /^[✗✘❌]\uFE0F?$/
const DASH = /^[-–—−]$/

export function settleSpecs(specs: readonly Spec[]): Spec[] {
  const plusMinus = specs.some((spec) => spec.value.trim() === "+")
  return specs.flatMap((spec) => {
    if (SHOP_TERMS.test(spec.name.trim()) || RECORD_KEY.test(spec.name.trim())) return []
    const value = spec.value.trim()
    if (YES.test(value)) return [{ name: spec.name, value: "Yes" }]
    if (NO.test(value)) return [{ name: spec.name, value: "No" }]
    if (DASH.test(value)) return plusMinus ? [{ name: spec.name, value: "No" }] : []
    return [spec]
  })
}
