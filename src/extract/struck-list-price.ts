// The regular price a shop prints struck through beside today's price ("<s>144 990 тг.</s>
// 131 990 тг.") is the list price the popup shows as "was", with the saving. Only when the
// nearest price printed around the struck one, a few levels up and never past <main> or <body>,
// is the price the product costs: a related product's "<s>150 990</s> 133 990" and a variant's
// "Large <s>€50</s> €40" beside "Small €25" never count, nor does another product's card at the
// same price (a link around it, or a linked card title in its box before the page's <h1>). Never
// a struck shipping fee, service or unit price ("Shipping: <s>$7.99</s> FREE", "(<del>€9,98</del>
// €7,98/kg)"), only in the same currency, above the price and under ten times it, and never for a
// bid; only a struck amount printed with a currency, in it or beside it (shops strike sold-out
// sizes: "<s>42</s>").
// Struck means a struck tag, a line-through utility class (Tailwind's "line-through",
// Bootstrap's "text-decoration-line-through", "strikethrough"), Magento's data-price-type=
// "oldPrice" or Yandex Market's data-auto="old-price" (its classes are hashes): names that only
// ever mean a struck price. Words like "old" or "regular" in a class
// do not count: an OpenCart theme prints today's price in "price-old-live".

import { parsePrice } from "../price/parse"
import { isBid, priceSource, type ProductSnapshot } from "../product"
import { NOT_MAIN, inContext } from "./heuristics"
import { setField } from "./set-field"
import { all, isPageRoot, one, parentOf, textPrefix } from "./text"

const BOX_LEVELS = 3
const STRUCK = "s,del,strike,[class*=line-through],[class*=strikethrough],[data-price-type=oldPrice],[data-auto=old-price]"
// Shipping and service fees ("FREE", "gratis") and unit prices ("€7,98/kg", "per 100 g", "pro
// Stück"), not a word like "Pro" in a name.
const NOT_THE_ITEM =
  /shipping|versand|delivery|livraison|envío|spedizione|frete|\bfree\b|gratis|kostenlos|gratuit|(?:\/|\bper|\bpro)\s*(?:100|kg|g|lb|l|ml|m|pc|st|unit|stück)\b/i

/**
 * Inside another product's card: a link or a Magento ".product-item" around it, or a linked
 * heading nearer than the <h1>.
 * Broader than product-card.ts's inOtherProductCard (three levels, headings that contain a link),
 * which the buy-box price search uses: a struck price sits deeper in a theme's card, and cards that
 * are one link (WooCommerce) have their heading inside it; widening the shared check to these
 * shapes changed the layout price on Amazon.de (99.12 became a carousel's 92.99), so the two stay apart.
 */
function inCard(struck: Element): boolean {
  const h1 = one(struck.ownerDocument, "h1")
  for (let n = parentOf(struck), i = 0; n && i < 6; n = parentOf(n), i++) {
    if (h1 && n.contains(h1)) return false
    // Magento titles its cards (widgets, related, up-sells) with a <strong>, but names them all.
    if (n.matches("a[href],.product-item") || one(n, ":is(h2,h3,h4) a[href],a[href] :is(h2,h3,h4)")) return true
  }
  return false
}

export function struckListPrice(doc: Document, product: ProductSnapshot, country: string | null): void {
  const price = Number(product.price)
  if (product.listPrice || !(price > 0) || isBid(priceSource(product))) return
  for (const struck of all(doc, STRUCK, 30)) {
    const was = parsePrice(textPrefix(struck, 40), product.currency, country)
    const amount = Number(was.amount)
    if (!(amount > price && amount < 10 * price) || (was.currency ?? product.currency) !== product.currency) continue
    // Read only for the few struck amounts in range. Printed with a currency (not the hint's), in
    // it or just beside it ("<s>129,99</s> €"): a struck "42" among sizes is a sold-out size.
    const around = textPrefix(parentOf(struck), 200)
    if (!parsePrice(around, null, country).currencyText || inContext(struck, NOT_MAIN) || NOT_THE_ITEM.test(around)) continue
    let box: Element | null = struck
    for (let i = 0; i < BOX_LEVELS && (box = parentOf(box)) && !isPageRoot(box); i++) {
      // The box's parts apart from the struck one's, each read on its own so that one element's
      // text never runs into the next's ("63,07 LeiAdd to cart" hides the currency). A price is a
      // number printed with a currency ("iPhone 15 Pro" holds none).
      const parts = (prose?: boolean) => Array.from(box!.childNodes, (n, k) => (k > 30 || n.contains(struck) ? "" : textPrefix(n, 300, prose))).join(" ")
      const rest = parts()
      const near = parsePrice(rest.replace(/\s+/g, " "), null, country)
      // A level without a price that names a fee ("Shipping:" in the wrapper of "<s>$7.99</s> FREE")
      // is no box of the product's price.
      if (near.amount === null || near.currencyText === null) {
        if (NOT_THE_ITEM.test(rest)) break
        continue
      }
      // Blocks inside one part run together as well: Yandex Market's "899 ₽" and its discount
      // badge's "41" (the "−…%" is drawn by CSS) read "899 ₽41". So the parts are read again as
      // prose, a space between blocks, before the level is given up (not first: prose reads
      // superscript cents as digits, "63<sup>07</sup>" as 6307). The card test queries whole
      // boxes: only for the rare struck price beside the right amount.
      if ((Number(near.amount) === price || Number(parsePrice(parts(true), null, country).amount) === price) && !inCard(struck))
        setField(product, "listPrice", was.amount)
      break
    }
    if (product.listPrice) return
  }
}
