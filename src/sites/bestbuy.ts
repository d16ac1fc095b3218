import type { SiteAdapter } from "./types"

// Best Buy's structured data (JSON-LD on bestbuy.com, microdata on bestbuy.ca) carries the model
// number only as `model`, which is not schema.org's mpn, so only that is read here: the "Model:"
// line under the title (bestbuy.com product layout, 2023) and itemprop=model (bestbuy.ca, 2021 on).
export const bestbuy: SiteAdapter = {
  id: "bestbuy",
  domains: ["bestbuy.com", "bestbuy.ca"],
  picks: {
    mpn: [".shop-product-title .model .product-data-value, .model.product-data .product-data-value", "[itemprop='model']"]
  }
}
