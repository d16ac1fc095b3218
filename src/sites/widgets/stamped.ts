import type { ReviewWidget } from "./types"

// Stamped.io renders its reviews widget into the shop's page. Questions reuse the .stamped-review
// class in their own tab, and shop replies repeat the body and date classes further down, so
// items and fields are scoped. The review id only appears on the helpful-vote buttons; the date
// is text in the format the shop picked.
export const stamped: ReviewWidget = {
  id: "stamped",
  reviews: {
    item: ".stamped-reviews .stamped-review",
    id: { css: ".stamped-thumbs-up", attr: "data-review-id" },
    author: ".stamped-review-header .author",
    rating: { css: ".stamped-review-header-starratings", attr: "data-rating" },
    title: ".stamped-review-header-title",
    body: ".stamped-review-content-body",
    date: ".stamped-review-header .created",
    verified: { css: ":scope", attr: "data-verified", match: /^(buyer)$/ },
    helpfulVotes: ".stamped-thumbs-up"
  }
}
