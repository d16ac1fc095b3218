// What a shopper sees on the fixture pages that prove the otto adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const ottoEvidence: Evidence[] = [
    {
      fixture: "otto-variation.html",
      url: "https://www.otto.de/p/sorrento-espressokocher-6-tassen-1000777001/#variationId=1000777013",
      expect: {
        name: "Sorrento Espressokocher »Classica«, 0,3 l, 6 Tassen, rot",
        brand: "Sorrento",
        price: "39.99",
        listPrice: "49.99",
        currency: "EUR",
        availability: "InStock",
        seller: "Kaffeehaus Nord GmbH",
        sku: "7712345603",
        gtin: "4001234567891"
      },
      reviews: {
        count: 2,
        first: {
          id: "5f1a0c2e9b8d7a6c5e4f3a21",
          author: "Jonas",
          rating: 5,
          title: "Kocht in fünf Minuten",
          body: "Auf dem Gasherd schnell fertig, der Griff bleibt kühl.",
          date: "2021-03-07",
          source: "otto"
        }
      }
    }
  ]
