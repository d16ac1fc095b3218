import type { ReviewWidget } from "./types"

// Judge.me (Shopify) renders reviews into the shop's own page. Id, score, verified flag, thumbs-up
// count and an ISO timestamp sit in attributes; the visible date is filled in later by its script
// and in the shopper's language, so the attribute is the one to trust.
export const judgeme: ReviewWidget = {
  id: "judgeme",
  reviews: {
    item: ".jdgm-rev",
    id: { css: ":scope", attr: "data-review-id" },
    author: ".jdgm-rev__author",
    rating: { css: ".jdgm-rev__rating", attr: "data-score" },
    title: ".jdgm-rev__title",
    body: ".jdgm-rev__body",
    date: { css: ".jdgm-rev__timestamp", attr: "data-content" },
    verified: { css: ":scope", attr: "data-verified-buyer", match: /^(true)$/ },
    helpfulVotes: { css: ":scope", attr: "data-thumb-up-count" }
  }
}
