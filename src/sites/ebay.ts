import { BRAND_LABELS, MPN_LABELS, readSpecs, specValue } from "../extract/specs"
import type { SiteAdapter } from "./types"

// eBay's JSON-LD carries price and stock but not the item number or the item specifics; the old
// (#prcIsum, td.attrLabels) and current (x-price-primary, ux-labels-values) layouts are both read.
export const ebay: SiteAdapter = {
  id: "ebay",
  hosts: /(^|\.)ebay\.(com|ca|co\.uk|de|fr|it|es|ie|at|ch|nl|be|pl|com\.au|com\.sg|com\.my|ph|in)$/,
  picks: {
    name: [{ css: "h1.x-item-title__mainTitle" }, { css: "#itemTitle", match: /^(?:Details about|Détails sur|Dettagli su|Details zu|Detalles de)?\s*(.+)$/i }],
    price: [{ css: ".x-price-primary" }, { css: "#prcIsum" }, { css: "#mm-saleDscPrc" }, { css: "#prcIsum_bidPrice" }],
    image: [{ css: "#icImg", attr: "src" }, { css: ".ux-image-carousel-item img", attr: "src" }],
    sku: [{ css: "#descItemNumber" }]
  },
  parse({ doc, url, fields }) {
    const specs = readSpecs(doc)
    return {
      sku: fields.sku ?? /\/itm\/(?:[^/]+\/)?(\d{9,15})(?:[/?]|$)/.exec(url.pathname)?.[1] ?? null,
      brand: specValue(specs, BRAND_LABELS),
      mpn: specValue(specs, MPN_LABELS)
    }
  },
  evidence: [
    {
      fixture: "ebay-classic.html",
      url: "https://www.ebay.ie/itm/223820586800",
      expect: { name: "Mens Heavy Cotton T-Shirt Pack of 5", brand: "Fruit of the Loom", price: "25", currency: "EUR", sku: "223820586800", mpn: null }
    },
    {
      fixture: "ebay-current.html",
      url: "https://www.ebay.com/itm/vintage-film-camera/394112233445?hash=item5bc",
      expect: { name: "Vintage 35mm Film Camera with 50mm Lens", brand: "Pentax", price: "149.99", currency: "USD", sku: "394112233445", mpn: "K1000" }
    }
  ]
}
