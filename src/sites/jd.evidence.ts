// What a shopper sees on the fixture pages that prove the jd adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const jdEvidence: Evidence[] = [
    {
      fixture: "jd-item-classic.html",
      url: "https://item.jd.com/100012345678.html",
      expect: {
        name: "德力西 电热水壶 1.7L 304不锈钢 家用烧水壶",
        brand: "德力西（DELIXI）",
        price: "89",
        currency: "CNY",
        sku: "100012345678",
        mpn: "DLX-K1703"
      }
    }
  ]
