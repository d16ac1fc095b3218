// What a shopper sees on the fixture pages that prove the pcstore adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const pcstoreEvidence: Evidence[] = [
  {
    fixture: "pcstore-store-item.html",
    url: "https://www.pcstore.com.tw/campshop/M12345678.htm",
    expect: {
      name: "SNOW PEAK 鈦金屬單層杯 450ml",
      price: "1280",
      availability: "InStock",
      sku: "M12345678",
      brand: "SNOW PEAK 日本"
    }
  },
  {
    // The same store, the product filed under a kind of gear: its red category is no brand.
    fixture: "pcstore-category-item.html",
    url: "https://www.pcstore.com.tw/campshop/M12345678.htm",
    expect: { name: "SNOW PEAK 鈦金屬單層杯 450ml", price: "1280", sku: "M12345678", brand: null }
  }
]
