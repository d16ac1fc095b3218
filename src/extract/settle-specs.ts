// Specs as the side panel and the model read them. Rows of the shop's terms, and star ratings and
// best-seller ranks, are left out (below).
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
// box) and "Shipping weight" are the product's. Terms of sale, ratings and ranks below.
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
function shopTerm({ name, value }: Spec): boolean {
  const label = name.trim()
  return SHOP_TERMS.test(label.normalize("NFC")) || RECORD_KEY.test(label) || SALE_TERMS.test(name) || RATING_OR_RANK.test(value) || NO_FACT.test(name) || NO_FACT.test(value)
}

// Moved here from the content script (specs.ts) too. Nor is a label or value that only points
// elsewhere: the Korean legal notice that every shop there prints is often "상품상세설명 참조" ("see
// the description") in every row, Japanese "参照". Nor a Korean sentence (a syllable ending in 다.
// or 요.: "가능합니다."; not the list marker "다."), or words of a refund or a return (환불, 반품; not
// 일반품, "regular item"): Korean shops set out their returns policy in labelled rows too ("상태 별
// 환불/교환 불가 사유").
const NO_FACT = /[참参][조照]$|(?<=[가-힣])[다요]\.|환불|(?<!일)반품/

// Moved here from the content script (specs.ts), which had them cost bytes of its 60 KB and their
// compiling on every page with specs. A label that names terms of sale, tested on labels only:
// - one that ends in a way of delivery ("Domestic Shipping | Item can be shipped within U.S.",
//   "Next Day Delivery", "Versandkosten"), or starts with German "Zustellung" or
//   "Lieferung"/"Liefertermin" (eduscho's "Zustellung: per Post"), where "Shipping Weight", "Scope
//   of delivery", "État à la livraison", "Lieferumfang" and "USB Power Delivery" are the product's;
// - one of the Korean legal notice's terms of trade that follows the product's facts: supply,
//   withdrawal, damages, terms, escrow ("재화 등의 공급방법 및 공급시기", "청약철회 및 계약의 해제에
//   관한 사항", "결제대금예치업 등록번호"). Not in values: a warranty row's value cites the damages
//   rules ("소비자피해보상규정에 따름"); 약관 only as a word of its own (not 예약관리).
const SALE_TERMS =
  /(?<!\b(?:of|on|at|la|power) )(?:shipping|delivery|versand(?:kosten)?|livraison)$|^(?:zustellung|lieferung|liefertermin)\b|재화 등|청약철회|소비자피해|(?<![가-힣])약관|결제대금/i
// Nor is a star rating or a best-seller rank a fact about the product: shops list both in their
// product details, and the popup shows the rating on its own. A rating is out of 5 stars in so
// many words ("4,6 sur 5 étoiles", "4,6 z 5 gwiazdek", "5つ星のうち4.4"; "2.4 and 5 GHz" is a
// measure); a rank names its category again after Amazon's "Top 100" ("Nr. 2,804 in Beauty
// (Siehe Top 100 in Beauty)"; "2 in 1 (pack of 100)" is no rank).
// A word here is a run of anything but spaces, digits and dashes ("1,5 – 5 Stunden" is a range),
// and the capital S of "Sternen" is spelled out.
const RATING_OR_RANK = /^\d[.,]\d (?:[^-–\s\d]+ )?[^-–\s\d]+ 5 (?:[sS]t|ét|es|gw|نج)|^5つ星のうち|\d \S{1,2} ([^(]+?) \(\D+ 100\b.*\1/

// With or without the emoji variation selector ("✔️").
const YES = /^[+✓✔✅]\uFE0F?$/
const NO = /^[✗✘❌]\uFE0F?$/
const DASH = /^[-–—−]$/

export function settleSpecs(specs: readonly Spec[]): Spec[] {
  // The shop's rows go first: a "+" in its stock row does not make the product's dashes "No".
  const facts = specs.filter((spec) => !shopTerm(spec))
  const plusMinus = facts.some((spec) => spec.value.trim() === "+")
  return facts.flatMap((spec) => {
    const value = spec.value.trim()
    if (YES.test(value)) return [{ name: spec.name, value: "Yes" }]
    if (NO.test(value)) return [{ name: spec.name, value: "No" }]
    if (DASH.test(value)) return plusMinus ? [{ name: spec.name, value: "No" }] : []
    return [spec]
  })
}
