// Most shops print no stock words while a product can be bought: the price and the buy button are
// the notice, and words appear only when it is gone ("Sold out", "Ausverkauft"). So a product whose
// price comes from the shop's own data, on a page that says nothing of it being sold out, is taken
// as in stock: with low confidence and its own source, so the shopper reads it as our conclusion.

import type { ProductSnapshot } from "../product"
import { saysOutOfStock } from "./availability-text"
import { NOT_MAIN, STOCK_WORDS, inContext } from "./heuristics"
import { attr, byClass, one, textPrefix } from "./text"

/**
 * Whether to infer "in stock": only when nothing read the stock, the price is positive and from
 * the shop's own data (structured data, meta tags, the adapter, its analytics event) or sits on a
 * classified ad whose action is contacting the seller, the markup does not state an availability
 * we could not read ("NOT SOLD" in an itemprop), and no stock line or button of the main content
 * (not related products, not the menu) says sold out, in words or by its class. Bounded: the first
 * 300 such elements.
 */
export function inStockUnlessSaid(doc: Document, product: ProductSnapshot, eventPrice?: boolean): boolean {
  // The merge keeps no price of 0, so any price here is positive.
  if (product.availability || !product.price || one(doc, "[itemprop=availability]")) return false
  const said = byClass(doc, STOCK_WORDS, 300, (el) => el.localName === "button")
  const main = (el: Element) => !inContext(el, NOT_MAIN)
  // A price from the layout is a guess by position, unless it is the one the shop's analytics event
  // names, or the page is a classified ad whose only action is contacting the seller (it is on offer
  // while it is listed; such pages have no buy button for the layout heuristics to read).
  if (product.sources.price?.source === "heuristic" && !eventPrice && !said.some((el) => el.tagName === "BUTTON" && CONTACT.test(textPrefix(el, 40)) && main(el))) return false
  // Magento's "stock unavailable" and WooCommerce's "stock out-of-stock" say it by their class,
  // in words of any language ("Stokta yok", "Utsolgt"); both print the class only when it is so.
  // Not any "unavailable" class: a sold-out size's swatch says nothing of the product.
  return !said.some((el) => (saysOutOfStock(textPrefix(el, 160)) || /\bstock (?:un|out-of-)/.test(attr(el, "class"))) && main(el))
}

const CONTACT = /^(?:(?:verkäufer|anbieter)(?:in)? )?kontaktieren$|^(?:contact|message|reply to) (?:the )?(?:seller|advertiser|ad)$|^contacter (?:le vendeur|l'annonceur)$|^contactar (?:al |con el )?(?:vendedor|anunciante)$|^contatta (?:il venditore|l'inserzionista)$|^(?:написать|связаться с) продавц/i
