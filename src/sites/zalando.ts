import { stockOf, type Variant } from "../product"
import { cleanText, normalizeId } from "../extract/normalize"
import { MAX_VARIANTS } from "../extract/collections"
import { decimalFromValue } from "../price/parse"
import type { SiteAdapter } from "./types"
import { at } from "./json-path"

// Zalando's JSON-LD lists one offer per size (all at the page's address) but not the struck
// original price of a discount, nor whether any size is left. The PDP props script of the
// "vegas" layout (2019-2022) has both; the current layout's hashed classes give no stable hook.
const MAX_PROPS = 2_000_000


function articleInfo(doc: Document): unknown {
  const text = doc.querySelector("script#z-vegas-pdp-props")?.textContent ?? ""
  if (!text || text.length > MAX_PROPS) return undefined
  try {
    return at(JSON.parse(text.replace(/^\s*<!\[CDATA\[/, "").replace(/\]\]>\s*$/, "")), "model", "articleInfo")
  } catch {
    return undefined
  }
}

/**
 * The sizes as the size picker shows them ("UK 6.5", "EU 80", "One Size"), each with its stock and
 * price: the JSON-LD's offers give only codes ("AD542B1O1-Q110006000") for them.
 */
function sizes(info: unknown): Variant[] | undefined {
  const units = at(info, "units")
  if (!Array.isArray(units) || units.length < 2) return undefined
  return units.slice(0, MAX_VARIANTS).map((unit) => {
    const local = cleanText(at(unit, "size", "local"), 40)
    const system = cleanText(at(unit, "size", "local_type"), 10)
    return {
      name: local && system && /^\d/.test(local) ? `${system} ${local}` : local,
      sku: normalizeId(at(unit, "id")),
      price: decimalFromValue(at(unit, "price", "value")),
      availability: stockOf(at(unit, "available")),
      // Every size is sold at the page's own address.
      url: null
    }
  })
}

export const zalando: SiteAdapter = {
  id: "zalando",
  domains: [
    "zalando.de",
    "zalando.at",
    "zalando.ch",
    "zalando.fr",
    "zalando.it",
    "zalando.es",
    "zalando.nl",
    "zalando.be",
    "zalando.lu",
    "zalando.pl",
    "zalando.cz",
    "zalando.sk",
    "zalando.hu",
    "zalando.ro",
    "zalando.hr",
    "zalando.si",
    "zalando.bg",
    "zalando.gr",
    "zalando.pt",
    "zalando.se",
    "zalando.dk",
    "zalando.no",
    "zalando.fi",
    "zalando.ee",
    "zalando.lv",
    "zalando.lt",
    "zalando.ie",
    "zalando.co.uk"
  ],
  picks: {},
  parse({ doc }) {
    const info = articleInfo(doc)
    const price = decimalFromValue(at(info, "displayPrice", "price", "value"))
    const original = decimalFromValue(at(info, "displayPrice", "originalPrice", "value"))
    return {
      listPrice: price && original && Number(original) > Number(price) ? original : null,
      availability: stockOf(at(info, "available")),
      variants: sizes(info)
    }
  }
}
