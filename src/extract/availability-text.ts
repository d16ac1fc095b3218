// Stock status from the words shops print next to the buy button, in the languages of the
// shops we see most. Out-of-stock phrases are tested first: "not available" contains "available".
// "non disponible" (fr), "no disponible" (es) and "non disponibile" (it) share one pattern.

import { squish } from "../price/letters"
import { STOCK_IN, STOCK_OUT, type Availability } from "../product"

const OUT_OF_STOCK = [
  // "Notify me when back in stock" is a sold-out product's form ("Back in stock!" alone is not, nor
  // "Notify me when the price drops").
  /out of stock|sold out|not available|unavailable|no longer available|temporarily out|(?:notify|email) me when.{0,8}(?:back|available|in stock)/i,
  /nicht (?:auf lager|verfügbar|lieferbar|erhältlich)|ausverkauft|derzeit nicht|benachrichtig.{0,25}(?:verfügbar|lieferbar)/i, // de
  /rupture de stock|épuisé|indisponible|plus disponible/i, // fr
  /agotado|sin stock|\bnon? disponib|sin existencias/i, // es
  /esaurit|non sappiamo se o quando/i, // it
  /esgotado|indisponível|sem estoque|sem stock/i, // pt
  /uitverkocht|niet (?:op voorraad|leverbaar|beschikbaar)/i, // nl
  /niedostępn|wyprzedan|brak w magazynie/i, // pl
  /нет в наличии|распродан|недоступ/i, // ru
  /nedostupn|vypredan|vyprodán|n(?:ení|ie je) (?:na )?sklad|nie je možné (?:produkt )?kúpiť|nelze koupit/i, // sk, cs
  /缺货|售罄|无货|暫無庫存|售完/, // zh
  /在庫切れ|売り切れ|品切れ|在庫なし/, // ja
  /품절|재고 없음/ // ko
]

const IN_STOCK = [
  /\bin stock\b|only \d+ left|available (?:now|from)|ready to ship|ships? (?:today|tomorrow|in)/i,
  /auf lager|verfügbar|lieferbar|erhältlich/i, // de
  /en stock|disponible|expédié sous/i, // fr, es
  /disponibilit[àa] immediata|disponibile|in magazzino|solo \d+/i, // it
  /em estoque|disponível/i, // pt
  /op voorraad|leverbaar|beschikbaar/i, // nl
  /dostępn|w magazynie/i, // pl
  /в наличии|есть на складе/i, // ru
  /sklad(?:om|em)|na sklad[eě]/i, // sk, cs
  /有货|现货|有庫存/, // zh
  /在庫あり|在庫有り|即納/, // ja
  /재고 있음|구매 가능|바로 구매/ // ko
]

const labelOf = (text: string | null | undefined) => squish(text ?? "").slice(0, 200)
const soldOut = (label: string) => OUT_OF_STOCK.some((re) => re.test(label))

/** Availability named by a short text, or null. Long texts are not read: only labels are. */
export function availabilityFromText(text: string | null | undefined): Availability | null {
  const label = labelOf(text)
  return soldOut(label) ? STOCK_OUT : IN_STOCK.some((re) => re.test(label)) ? STOCK_IN : null
}

/** Whether availabilityFromText would say OutOfStock, without running the in-stock words. */
export const saysOutOfStock = (text: string | null | undefined) => soldOut(labelOf(text))
