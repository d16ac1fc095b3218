import { BRAND_LABELS, specMpn, specValue } from "../extract/specs"
import { EBAY_DOMAINS } from "./ebay-domains"
import type { SiteAdapter } from "./types"

// eBay's JSON-LD carries price and stock but not the item number or the item specifics; the old
// (#prcIsum, td.attrLabels) and current (x-price-primary, ux-labels-values) layouts are both read.
export const ebay: SiteAdapter = {
  id: "ebay",
  domains: EBAY_DOMAINS,
  // The classic page's microdata name is its heading's whole text, hidden "Details about" and
  // "show the original title" link included.
  prefer: ["name"],
  // The item specifics; the page's other tables are its search form, shipping costs and timers.
  specsIn: ".itemAttr,.ux-layout-section--features",
  picks: {
    // The classic page's plain title sits in #vi-lkhdr-itmTitl; its heading adds "Details about".
    name: ["h1.x-item-title__mainTitle", "#vi-lkhdr-itmTitl", { css: "#itemTitle", match: /^(?:Details about|Détails sur|Dettagli su|Details zu|Detalles de)?\s*(.+)$/i }],
    price: [".x-price-primary", "#prcIsum", "#mm-saleDscPrc", "#prcIsum_bidPrice"],
    image: [{ css: "#icImg", attr: "src" }, { css: ".ux-image-carousel-item img", attr: "src" }],
    sku: ["#descItemNumber"]
  },
  parse({ url, fields, specs: pageSpecs }) {
    const specs = pageSpecs()
    return {
      sku: fields.sku ?? /\/itm\/(?:[^/]+\/)?(\d{9,15})(?:[/?]|$)/.exec(url.pathname)?.[1] ?? null,
      brand: specValue(specs, BRAND_LABELS),
      mpn: specMpn(specs)
    }
  }
}
