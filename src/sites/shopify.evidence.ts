// What a shopper sees on the fixture pages that prove the shopify adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const shopifyEvidence: Evidence[] = [
    {
      fixture: "shopify-debut-variant.html",
      url: "https://www.saltmarshcandles.example/products/sea-fig-soy-candle?variant=40123456789013",
      expect: {
        name: "Sea Fig Soy Candle",
        brand: "Saltmarsh Candle Co.",
        price: "24",
        listPrice: "30",
        currency: "GBP",
        availability: "InStock",
        sku: "SMC-SEAFIG-L",
        gtin: "5012345678900",
        // The size picker: the small candle sold out, the large one (this page's) in stock.
        variants: [
          {
            name: "Small (180g)",
            sku: "SMC-SEAFIG-S",
            price: "16",
            availability: "OutOfStock",
            url: "https://www.saltmarshcandles.example/products/sea-fig-soy-candle?variant=40123456789012"
          },
          {
            name: "Large (400g)",
            sku: "SMC-SEAFIG-L",
            price: "24",
            availability: "InStock",
            url: "https://www.saltmarshcandles.example/products/sea-fig-soy-candle?variant=40123456789013"
          }
        ]
      }
    },
    {
      fixture: "shopify-dawn-selected.html",
      url: "https://shop.trailwool.example/products/merino-hiking-socks",
      expect: {
        name: "Merino Hiking Socks",
        price: "18.5",
        currency: "USD",
        availability: "OutOfStock",
        sku: "TW-SOCK-M-GRY"
      }
    },
    {
      fixture: "shopify-analytics-meta.html",
      url: "https://casalumo.example/products/aspirador-robot-lumo-r5-preto",
      expect: { name: "Aspirador Robot Lumo R5 Preto", brand: "Lumo", price: "349", currency: "EUR", sku: "LUMO-R5-PT" }
    },
    {
      // An app's JSON-LD says "1.29900" (the money format's decimal comma removed); Shopify's own
      // cents say 1,299.00 euros, as the page does.
      fixture: "shopify-jsonld-cents.html",
      url: "https://atelier-nordlicht.example/products/leinenschurze-salbei",
      expect: { name: "Leinenschürze Salbei", brand: "Atelier Nordlicht", price: "1299", currency: "EUR", availability: "InStock", sku: "ANL-SCH-SAL" }
    },
    {
      // Dawn's ProductGroup lists the sold-out 15 ml first; the page shows the 30 ml, as Shopify
      // shows the first available variant.
      fixture: "shopify-group-first-sold-out.html",
      url: "https://lumenbotanics.example/products/argan-face-oil",
      expect: { name: "Argan Face Oil", brand: "Lumen Botanics", price: "34", currency: "USD", availability: "InStock", sku: "ARG-30" }
    }
  ]
