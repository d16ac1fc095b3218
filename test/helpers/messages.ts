import { MESSAGE_VERSION, type PageResultMessage } from "~src/messages/contract"
import { emptyCollections, emptyFields, type ProductSnapshot } from "~src/product"

export function snapshot(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
  return {
    ...emptyFields(),
    ...emptyCollections(),
    url: "https://shop.example/p/kettle",
    name: "Gooseneck Kettle",
    brand: "Brewco",
    price: "49",
    currency: "GBP",
    availability: "InStock",
    rating: 4.5,
    reviewCount: 120,
    image: "https://shop.example/img/kettle.jpg",
    sku: "GK-1",
    sources: { name: { source: "json-ld", confidence: 0.95 }, price: { source: "json-ld", confidence: 0.95 } },
    ...overrides
  }
}

export function productMessage(overrides: Partial<ProductSnapshot> = {}): PageResultMessage {
  const product = snapshot(overrides)
  return { type: "cartwise/page-result", version: MESSAGE_VERSION, url: product.url, result: { kind: "product", product, warnings: [] } }
}

export function notProductMessage(url = "https://shop.example/blog"): PageResultMessage {
  return {
    type: "cartwise/page-result",
    version: MESSAGE_VERSION,
    url,
    result: { kind: "not-product", reason: "none", warnings: [] }
  }
}
