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
    "in stock|auf lager|availability|stock status|stan magazynowy|disponibilit(?:[éy]|à|ad|ade)|verfügbarkeit|lagerstatus|beschikbaarheid",
    "dostępność|наличие|dostupnost|dostupnosť|razpoložljivost|skladem|na zalogi|zaloga|在庫|库存|庫存|재고",
    "delivery|delivery time|shipping time|dispatch time|lieferzeit|délai de livraison|plazo de entrega|tempi di consegna|prazo de entrega",
    "levertijd|czas dostawy|срок доставки|dodací lhůta|dodacia lehota|rok dobave|rok isporuke|发货时间|배송 ?기간",
    // Ways to pay, in the plural: a watch's "Payment: Garmin Pay" is the product's.
    "payment methods|payment options|zahlungsarten|modes de paiement|formas de pago|metodi di pagamento|formas de pagamento",
    "betaalmethoden|formy płatności|способы оплаты|způsoby platby|付款方式|お支払い方法|결제 ?방법"
  ].join("|")})(?: \\(online\\))?[\\s:：*]*$`,
  "iu"
)
// A shop's record key ("variationId", "productID", "ProductId", "product_id"): never a label
// written for people. Capitalised, only with "Id": a phone's "FaceID" is a feature.
const RECORD_KEY = /^[a-z]+(?:[A-Z][a-z]+)*I[dD]$|^[A-Z][a-z]+(?:[A-Z][a-z]+)*Id$|^[a-z]+(?:_[a-z]+)*_id$/
function shopTerm(name: string): boolean {
  const label = name.trim()
  return SHOP_TERMS.test(label.normalize("NFC")) || RECORD_KEY.test(label)
}

// With or without the emoji variation selector ("✔️").
const YES = /^[+✓✔✅]\uFE0F?$/
const NO = /^[✗✘❌]\uFE0F?$/
const DASH = /^[-–—−]$/

export function settleSpecs(specs: readonly Spec[]): Spec[] {
  // The shop's rows go first: a "+" in its stock row does not make the product's dashes "No".
  const facts = specs.filter((spec) => !shopTerm(spec.name))
  const plusMinus = facts.some((spec) => spec.value.trim() === "+")
  return facts.flatMap((spec) => {
    const value = spec.value.trim()
    if (YES.test(value)) return [{ name: spec.name, value: "Yes" }]
    if (NO.test(value)) return [{ name: spec.name, value: "No" }]
    if (DASH.test(value)) return plusMinus ? [{ name: spec.name, value: "No" }] : []
    return [spec]
  })
}
