// What a shopper sees on the fixture pages that prove the bestbuy adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const bestbuyEvidence: Evidence[] = [
    {
      fixture: "bestbuy-com-classic.html",
      url: "https://www.bestbuy.com/site/northpeak-65-class-4k-uhd-smart-tv/6549876.p?skuId=6549876",
      expect: {
        name: 'Northpeak - 65" Class 4K UHD Smart TV',
        brand: "Northpeak",
        price: "529.99",
        currency: "USD",
        sku: "6549876",
        mpn: "NP65U8-2024"
      }
    },
    {
      fixture: "bestbuy-ca-model.html",
      url: "https://www.bestbuy.ca/en-ca/product/aurelia-wireless-noise-cancelling-headphones-black/16012345",
      expect: {
        name: "Aurelia Wireless Noise Cancelling Headphones - Black",
        price: "199.99",
        currency: "CAD",
        availability: "InStock",
        sku: "16012345",
        mpn: "AUR-WH700-BK",
        // "SAVE $100" beside $199.99: the regular price is their sum.
        listPrice: "299.99"
      },
      reviews: {
        count: 2,
        first: {
          author: "MapleAudio",
          rating: 4,
          title: "Good sound, weak microphone",
          body: "Noise cancelling is excellent on the bus. Callers say my voice sounds far away.",
          date: "2021-02-11",
          verified: true,
          helpfulVotes: 3
        }
      }
    }
  ]
