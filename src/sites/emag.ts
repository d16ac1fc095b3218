import type { SiteAdapter } from "./types"

// eMAG (Romania, Bulgaria, Hungary) publishes its product as JSON-LD but prints the first reviews
// with no markup of their own (2020 layout). The stars are a class ("rated-4"); the date is in the
// site's language ("23 Ian 2020"), read by the background; "Achizitie verificata" marks a
// verified order; the shown vote button's count is the helpful votes.
export const emag: SiteAdapter = {
  id: "emag",
  domains: ["emag.ro", "emag.bg", "emag.hu"],
  picks: {},
  reviews: {
    item: ".product-review-item",
    id: { css: ":scope", attr: "data-id" },
    author: ".product-review-author",
    date: ".product-review-user-meta .text-muted",
    title: ".product-review-title",
    rating: { css: ".star-rating-read", attr: "class", match: /\brated-([1-5])\b/ },
    body: ".js-review-body",
    verified: ".verified-order",
    // The vote button shown: "unvote" (its count with the shopper's vote) once they voted.
    helpfulVotes: ":is(.vote-feedback-btn,.unvote-feedback-btn):not(.hidden) .vote-review-text"
  }
}
