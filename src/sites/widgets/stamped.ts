import type { ReviewWidget } from "./types"

// Stamped.io renders its reviews widget into the shop's page. Questions reuse the .stamped-review
// class in their own tab, and shop replies repeat the body and date classes further down, so
// items and fields are scoped. The review id only appears on the helpful-vote buttons; the date
// is text in the format the shop picked.
export const stamped: ReviewWidget = {
  id: "stamped",
  detect: ".stamped-reviews .stamped-review",
  reviews: {
    item: ".stamped-reviews .stamped-review",
    id: { css: ".stamped-thumbs-up", attr: "data-review-id" },
    author: { css: ".stamped-review-header .author" },
    rating: { css: ".stamped-review-header-starratings", attr: "data-rating" },
    title: { css: ".stamped-review-header-title" },
    body: { css: ".stamped-review-content-body" },
    date: { css: ".stamped-review-header .created" },
    verified: { css: ":scope", attr: "data-verified", match: /^(buyer)$/ },
    helpfulVotes: { css: ".stamped-thumbs-up" }
  }
}
