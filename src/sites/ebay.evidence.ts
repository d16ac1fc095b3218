// What a shopper sees on the fixture pages that prove the ebay adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const ebayEvidence: Evidence[] = [
    {
      fixture: "ebay-classic.html",
      url: "https://www.ebay.ie/itm/223820586800",
      expect: { name: "Mens Heavy Cotton T-Shirt Pack of 5", brand: "Fruit of the Loom", price: "25", currency: "EUR", sku: "223820586800", mpn: null }
    },
    {
      fixture: "ebay-current.html",
      url: "https://www.ebay.com/itm/vintage-film-camera/394112233445?hash=item5bc",
      expect: { name: "Vintage 35mm Film Camera with 50mm Lens", brand: "Pentax", price: "149.99", currency: "USD", sku: "394112233445", mpn: "K1000" }
    },
    {
      // The heading's microdata name carries a hidden "Dettagli su" and a "show the original title"
      // link; the shopper sees the title alone.
      fixture: "ebay-classic-auction.html",
      url: "https://www.ebay.it/itm/133588510845",
      expect: { name: "Angel Teddy Bear", price: "12.99", currency: "GBP", sku: "133588510845" }
    }
  ]
