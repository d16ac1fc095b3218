// Layout heuristics for pages with no markup and no adapter: the buy box. A product page has one
// add-to-cart button; the current price is the price-looking text closest to it that is not struck
// through and not in a "related products", instalment or shipping context. Every loop is capped.
// The page checks also ask it whether the buy box says sold out where structured data says not.

import { parsePrice, type ParsedPrice } from "../price/parse"
import { STOCK_IN, STOCK_OUT, emptyFields, type ProductFields } from "../product"
import { availabilityFromText } from "./availability-text"
import { mainHeading } from "./heading"
import { skuByLabel } from "./labelled-value"
import { cleanText } from "./normalize"
import type { PageTexts } from "./page-texts"
import { MAX_CARD_CHECKS, inOtherProductCard } from "./product-card"
import { all, attr, byClass, isPageRoot, one, parentOf, textPrefix } from "./text"

const MAX_CANDIDATES = 3000
const MAX_PRICE_NODES = 1500

const BUY = new RegExp(
  [
    "add(?:ing)? to (?:cart|basket|bag|trolley)",
    "buy (?:it )?now",
    "in den (?:warenkorb|einkaufswagen)",
    "ajouter au panier",
    "(?:a[ñn]adir|agregar) (?:a la|al) (?:cesta|carrito)",
    "aggiungi al carrello",
    "adicionar (?:ao|à) (?:carrinho|cesto)",
    "(?:in|aan) (?:de )?winkelwagen",
    "do koszyka",
    "в корзину",
    "купи(?:ть|ти)",
    "加入[购購]物[车車]",
    "立即购买",
    "カートに(?:入れる|追加)",
    "장바구니",
    "구매하기",
    "do ko[sš](?:íka|íku|arice)|v košarico|kosárba|i varukorgen|legg i handlekurv|læg i kurv|lisää ostoskoriin|sepete ekle|adaug[aă] [iî]n co[sșş]|στο καλάθι|לסל(?!\\S)|[إا]ل[ىي] السلة|للسلة|vào giỏ|^comprar\\b(?! e[mn] | n[ao] )",
    // OpenCart's #button-cart and the usual class names, for buttons that are only an icon.
    "add[-_]?to[-_]?cart|buy-?now|(?:btn|button)-?cart"
  ].join("|"),
  "i"
)

// Parts of a page that are not the product in front of the shopper: other products, the site's
// header, menus and footer, cookie banners (Cookiebot's tables of cookies read as specs), a
// review site's boxes of advantages and disadvantages (smartprix's "Has Dual Sim | Use multiple
// sims at the same time…"), a seller's customer satisfaction scores (tmon's "상품 | 89점"). Not the product's own header or an accordion of its details
// ("product-header", "details-accordion-menu").
export const STRIPS =
  /advantage|customer[-_]?satisfaction|related|recommend|similar|upsell|cross-?sell|also[-_ ]?(?:bought|viewed|like)|footer|(?<!product[-_]*)header|navigation|\bnav\b|(?<!accordion[-_]*)menu|mini-?cart|cart-drawer|compare(?!\d)|bundle|accessor|cookie-?(?:bot|bar|banner|notice|law|dialog)|consent|gdpr|onetrust/i
/** STRIPS and carousels (a main image reader keeps a gallery's carousel). */
export const NOT_MAIN = new RegExp(`carousel|${STRIPS.source}`, "i")
// WooCommerce names the product's own wrapper after its categories, tags and brands
// ("product_cat-accessories", "product_tag-cookies", Perfect Brands' "pwb-brand-advantage"):
// words from those are no context. (Not "category-…" in general: a "category-menu" or
// "category-carousel" is one.)
const TAXONOMY = /\b(?:product_(?:cat|tag|brand)|pwb-brand)-\S*/g
const STRUCK = /\b(?:old|was|regular|strike|striked|crossed|before|list|original|rrp|uvp|msrp|compare)[-_]?price|price[-_]?(?:old|was|before|regular|strike|original)|line-through|compare-at|oldprice|preis-alt|prix-barre|\bbarred/i
// Nor a list price said in words first ("Was $99.99", "RRP £99.99", "UVP 99,99 €"; in a box with
// today's price first, "69,99 € UVP 99,99 €", the price parser passes over it). Instalments in the
// languages of shops that print them beside the buy button: "166 kr/mån", "166,- /mnd", "16,67 €/kk",
// "16,67 € im Monat", "3 termijnen van € 66,66", "Rata już od 44,95 zł", "taksitlerle", "Splátky od 417 Kč".
const NOT_PRICE_TEXT = /^(was|rrp|uvp|statt)\b|\/\s*(?:mo|mes|mån|mnd|kk)|per month|monthly|im monat|monatl|termijn|rata|taksit|splát|x\s*\d|\d\s*x\b|instal|raten|cuotas|rate da|shipping|versand|delivery|livraison|envío|spedizione|frete|save|\bspare|économ|ahorra|risparmi|rating|review|bewertung|avis|opiniones|recensioni/i

// A price before tax, which shops that sell to businesses print first ("€82,64 excl. BTW", "Ex Tax:
// $100.00", "exkl. USt.", "exkl. moms", "zzgl. MwSt.", "12,00 € HT", "bez DPH", "82,00 € + IVA",
// Magento's "price-excluding-tax"), counts less than one with tax beside it. Read up to 20
// characters after the first digit: a box that gives the price with
// tax first ("120,00 € TTC (100,00 € HT)", "€ 99,00 incl. btw € 81,82 excl. btw") is the parser's
// first price, one that starts with the price before tax ("Excl. Tax: £149.99 Incl. Tax: £179.99",
// Magento 1) is not. A shop that shows only net prices still has one. The tax word after a
// separate word ("exclusiva" is no "excl. IVA"), and not "netto": Italian "prezzo netto" is the
// price paid, Polish shops print "brutto" and "netto" together (found by review).
const PRE_TAX = /\bex(?:cl|kl)?[a-z]*\.?[-_ ](?:vat|tax|btw|mwst|ust|moms|gst|iva|tva)|zzgl\.? ?mwst|\bht\b|bez dph|\+ ?iva/i

// Called for every ancestor inContext() and isStruck() climb, the hottest read of the extraction:
// its own getAttribute calls, not attr()'s one call site shared by every caller and element type
// (over all of a page's elements, 0–18% faster in Chromium).
function attrs(el: Element): string {
  return `${el.id} ${el.getAttribute("class") ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("data-testid") ?? ""}`
}

function label(el: Element): string {
  return `${textPrefix(el, 120)} ${attr(el, "value")} ${attr(el, "aria-label")} ${attr(el, "title")} ${attrs(el)}`.slice(0, 300)
}

export function inContext(el: Element, pattern: RegExp, levels = 8): boolean {
  let node: Element | null = el
  for (let i = 0; node && i < levels; i++, node = parentOf(node)) {
    if (isPageRoot(node)) return false
    const a = attrs(node)
    if (pattern.test(a) && pattern.test(a.replace(TAXONOMY, ""))) return true
  }
  return false
}

export function isStruck(el: Element): boolean {
  let node: Element | null = el
  for (let i = 0; node && i < 4; i++, node = parentOf(node)) {
    if (/^(?:DEL|S|STRIKE)$/.test(node.tagName) || STRUCK.test(attrs(node))) return true
    const style = attr(node, "style")
    if (/line-through/.test(style)) return true
  }
  return false
}

/** The depth of `el` and each of its ancestors, the root's being 1: made once per buy button. */
export function ancestorDepths(el: Element): Map<Element, number> {
  const chain: Element[] = []
  for (let n: Element | null = el; n; n = parentOf(n)) chain.push(n)
  return new Map(chain.map((n, i) => [n, chain.length - i]))
}

/** Depth of the closest common ancestor with the buy button: larger means closer together in the page. */
export function closeness(el: Element, buyChain: Map<Element, number>): number {
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const depth = buyChain.get(n)
    if (depth !== undefined) return depth
  }
  return 0
}

function buyButtons(doc: Document): Element[] {
  const found: Element[] = []
  // The same elements as "button, input[type=submit], …, a[class*=buy i]", but Chromium tests each
  // part of a list on every element: grouped under their tag, the link parts fail at once on
  // elements that are not links (over the corpus the query takes about half as long, same result).
  for (const el of all(doc, "button,input:is([type=submit],[type=button]),a:is([role=button],[class*=cart i],[id*=cart i],[class*=buy i])", MAX_CANDIDATES)) {
    if (BUY.test(label(el)) && !inContext(el, NOT_MAIN)) found.push(el)
  }
  return found
}

interface PriceCandidate {
  el: Element
  amount: string
  currency: string | null
  currencyText: string | null
  score: number
}

function priceCandidates(doc: Document, country: string | null, buyChain: Map<Element, number> | null): PriceCandidate[] {
  const out: PriceCandidate[] = []
  // Listings and carousels print the same few price strings many times: each is parsed once.
  const parsed = new Map<string, ParsedPrice>()
  const parse = (text: string) => {
    const price = parsed.get(text) ?? parsePrice(text, null, country)
    parsed.set(text, price)
    return price
  }
  // Price words in the id or class ([class*=price i],[id*=price i],[class*=preis i],…) or itemprop=price.
  // Or OpenCart's default theme's price, a heading in its list of prices ("<ul class=list-unstyled><li><h2>$122.00</h2>").
  for (const el of byClass(doc, /price|preis|prix|precio|prezzo|cena|amount/i, MAX_PRICE_NODES, (el) => attr(el, "itemprop") === "price" || (el.localName == "h2" && el.matches(".list-unstyled>li>h2")))) {
    const text = cleanText(textPrefix(el, 100), 80)
    if (!text || text.length > 40 || NOT_PRICE_TEXT.test(text)) continue
    const own = attrs(el)
    if (NOT_PRICE_TEXT.test(own)) continue
    let price = parse(text)
    if (!price.amount || isStruck(el) || inContext(el, NOT_MAIN)) continue
    // A box whose text starts with its struck list price, struck by tag, class or style ("144 990 тг.
    // 131 990 тг.", Tailwind's "line-through", "price-old"), is read after it; a box with the current
    // price first, or an empty or hidden struck slot after it, is read whole. A child struck by its
    // class only beside others: Magento 1's "regular-price" alone in its box is the price it charges.
    const children = [...el.children]
    const struck = cleanText(textPrefix((children[1] && children.find(isStruck)) || one(el, "s,del,strike"), 80), 80)
    if (struck && text.startsWith(struck)) price = parse(text.slice(struck.length))
    // OpenCart's heading only with a currency or cents ("24.999,00 KM", a currency the parser does
    // not know): a list of headings is often no list of prices ("Top 10").
    if (!price.amount || !(Number(price.amount) > 0) || (el.localName == "h2" && !price.currency && !/\d[.,]\d\d\b/.test(text))) continue
    let score = price.currency ? 3 : 0
    if (/price/i.test(own)) score += 1
    if (/(?:sale|special|final|current|now|actual|selling|our)[-_]?price|price[-_]?(?:sale|now|current|final)/i.test(own)) score += 2
    if (buyChain) score += closeness(el, buyChain) / 4
    // A tie-breaker only, less than a level of closeness: the price before tax loses to the one
    // with tax beside it, not to another box's price on a shop that shows only net prices.
    if (PRE_TAX.test(text.slice(0, text.search(/\d/) + 20) + own)) score -= 0.1
    out.push({ el, amount: price.amount, currency: price.currency, currencyText: price.currencyText, score })
  }
  return out.sort((a, b) => b.score - a.score)
}

/** Stock words, for an id or class: [class*=stock i],[id*=stock i],[class*=availab i],…,[class*=delivery i]. */
export const STOCK_WORDS = /stock|availab|lager|dispon|delivery/i

/**
 * Stock words count only in the buy box: pages also print store-pickup availability, delivery
 * notes and hidden templates ("currently unavailable") elsewhere. Without a buy button, no guess.
 */
function availabilityNear(doc: Document, buy: Element | null, buyChain: Map<Element, number> | null): ProductFields["availability"] {
  if (!buy || !buyChain) return null
  return stockWordsNear(doc, buy, buyChain) ?? (isDisabled(buy) ? STOCK_OUT : STOCK_IN)
}

function stockWordsNear(doc: Document, buy: Element, buyChain: Map<Element, number>): ProductFields["availability"] {
  const depth = buyChain.get(buy)!
  // Only the buy box's lines count, so only its parent's are read: the box is the buy button's
  // ancestor BUY_BOX_LEVELS up (its siblings fail the closeness test below), not the whole page.
  for (const el of byClass([...buyChain.keys()][BUY_BOX_LEVELS + 1] ?? doc, STOCK_WORDS, 200)) {
    if (inContext(el, NOT_MAIN) || closeness(el, buyChain) < depth - BUY_BOX_LEVELS) continue
    const found = availabilityFromText(cleanText(textPrefix(el, 160), 120))
    // Shops print both notices and hide the one that does not apply (mobly's "Produto esgotado").
    if (found && (el as Element & { checkVisibility?(): boolean }).checkVisibility?.() !== false) return found
  }
  return null
}

const isDisabled = (buy: Element) =>
  buy.hasAttribute("disabled") || attr(buy, "aria-disabled") === "true" || /disabled|sold-?out/i.test(attrs(buy))

/**
 * Structured data is often the template's default (nay.sk's JSON-LD says InStock on a product
 * its page says cannot be bought). The page wins only when two things it shows agree: the main
 * buy button is disabled and a visible stock line in its buy box says sold out. Not when its form
 * has a size or colour to choose: shops disable the button until one is chosen, and the sold-out
 * words there are a size's. Most pages have no disabled element and pay one query.
 */
export function soldOutInBuyBox(doc: Document): boolean {
  const buy = one(doc, "[disabled],[aria-disabled=true]") && buyButtons(doc)[0]
  return !!buy && isDisabled(buy) && !one(buy.closest("form"), "select,[type=radio]") && stockWordsNear(doc, buy, ancestorDepths(buy)) === STOCK_OUT
}

/** How far up from the buy button the buy box reaches. */
const BUY_BOX_LEVELS = 6

export interface HeuristicRead {
  fields: ProductFields
  /** One buy button, a title and a price: the page looks like a single product. */
  looksLikeProduct: boolean
  /** The price is the one the shop's own analytics event names, not one found in the layout. */
  eventPrice?: boolean
}

/** Which parts to run: each costs a bounded DOM walk, so only what other sources left open runs. */
export interface HeuristicNeeds {
  buyBox: boolean
  availability: boolean
  sku: boolean
}

/** The page's add-to-cart button: the first, when the page has one to three (more is a listing). */
export function mainBuyButton(doc: Document): Element | null {
  const buttons = buyButtons(doc)
  const distinct = new Set(buttons.map((b) => b.closest("form") ?? b)).size
  return distinct >= 1 && distinct <= 3 ? buttons[0]! : null
}

/** `buy`: mainBuyButton(doc), where the caller has it already. */
export function readHeuristics(
  doc: Document,
  country: string | null,
  needs: HeuristicNeeds,
  texts: PageTexts,
  buyButton?: Element | null
): HeuristicRead {
  const fields = emptyFields()
  let buy: Element | null = null
  let priced = false
  if (needs.buyBox || needs.availability) buy = buyButton === undefined ? mainBuyButton(doc) : buyButton
  // Both the price and the stock search measure distances to the buy button: its chain, made once.
  const buyChain = buy && ancestorDepths(buy)
  if (needs.buyBox) {
    const best = priceCandidates(doc, country, buyChain)
      .slice(0, MAX_CARD_CHECKS)
      .find((c) => !inOtherProductCard(c.el, buy))
    if (best) {
      fields.price = best.amount
      fields.currency = best.currency
      fields.currencyText = best.currencyText
      priced = true
    }
    fields.name = mainHeading(doc)?.text ?? null
  }
  if (needs.availability) fields.availability = availabilityNear(doc, buy, buyChain)
  if (needs.sku) fields.sku = skuByLabel(texts)
  return { fields, looksLikeProduct: buy !== null && priced && fields.name !== null }
}
