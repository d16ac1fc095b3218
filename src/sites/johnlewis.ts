import type { SiteAdapter } from "./types"
import { all, one } from "../extract/text"
import { squish } from "../price/letters"
import { readReviewSpec, type ReviewSpec } from "./review-spec"
import type { Review } from "../product"

// John Lewis's JSON-LD calls its per-size SKU id "sku" (and copies it into mpn); the code the page
// prints for the product is "Product Code - 12345678" in the specification list (2021-2024
// layout), or data-product-code on the store-stock widget (older layout, kept as fallback).
const CODE = /^Product code\s*[-:–]\s*([A-Z0-9]{5,12})\b/i

// Reviews are drawn by the <jl-reviews> web component (2020-2021 layout), its classes CSS-module
// names with a build hash ("Review_Review__1wnSi"), so only their stems are named. In Chrome the
// component draws them in its open shadow root, which no selector on the document reaches; where
// the web-components polyfill draws them in the page instead (as the saved pages show them, every
// class followed by "style-scope jl-reviews"), the document is read. Title and place/date are
// printed twice (desktop and mobile copies): the first of each is read.
const REVIEWS: ReviewSpec = {
  item: "[class^=Review_Review__]:has(> [class*=Review__meta])",
  author: "[class*=Review__user]",
  // "this product has received 4 out of five stars on average", said of each review's stars too.
  rating: { css: "[class^=Stars_Stars][aria-label]", attr: "aria-label" },
  title: "[class*=Review__content] h1",
  // The text is the one block in the content without a CSS-module class of its own.
  body: "[class*=Review__content] > div:not([class*=_])",
  date: "[class*=Review__dateAndLocation] > :last-child"
}

export const johnlewis: SiteAdapter = {
  id: "johnlewis",
  domains: ["johnlewis.com"],
  prefer: ["sku"],
  // The specifications (the 2021 list and the current box), not the delivery options beside them,
  // a <dl> of their own ("Click & Collect | Free").
  specsIn: ".product-detail--specifications,[data-cy=product-specification-accordion]",
  picks: {
    sku: [{ css: "#store-stock-app[data-product-code]", attr: "data-product-code" }]
  },
  parse({ doc }) {
    const items = all(doc, "[data-cy='product-specification'] li", 80)
    const code = items.map((li) => CODE.exec(squish(li.textContent ?? ""))?.[1]).find(Boolean)
    let reviews: Review[] = []
    // Apart, so that a browser refusing a selector (":has" before Chrome 105) keeps the code.
    try {
      reviews = readReviewSpec(one(doc, "jl-reviews")?.shadowRoot ?? doc, REVIEWS, "johnlewis")
    } catch {
      // No reviews then.
    }
    return { sku: code ?? null, reviews }
  }
}
