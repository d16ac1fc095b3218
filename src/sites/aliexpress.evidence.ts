// What a shopper sees on the fixture pages that prove the aliexpress adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const aliexpressEvidence: Evidence[] = [
    {
      fixture: "aliexpress-current.html",
      url: "https://www.aliexpress.com/item/1005006543210987.html",
      expect: {
        name: "Mini Portable Bluetooth Speaker Waterproof IPX7 Outdoor Bass Speaker",
        price: "12.49",
        currency: "USD",
        rating: 4.8,
        reviewCount: 2315,
        sku: "1005006543210987"
      }
    },
    {
      fixture: "aliexpress-runparams.html",
      url: "https://es.aliexpress.com/item/1005005714390000.html",
      expect: {
        name: "Lámpara LED de escritorio plegable con carga USB",
        price: "8.52",
        currency: "EUR",
        rating: 4.7,
        reviewCount: 96,
        availability: "InStock",
        sku: "1005005714390000"
      }
    }
  ]
