// What a shopper sees on the fixture pages that prove the tmall adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const tmallEvidence: Evidence[] = [
    {
      fixture: "tmall-item-current.html",
      url: "https://detail.tmall.com/item.htm?id=712345678901&skuId=5123456789012",
      expect: {
        name: "美的电饭煲家用4L智能多功能电饭锅",
        brand: "Midea/美的",
        price: "199",
        currency: "CNY",
        seller: "美的生活电器旗舰店",
        sku: "712345678901"
      }
    }
  ]
