import type { SiteAdapter } from "./types"

// eMAG (Romania, Bulgaria, Hungary) publishes its product as JSON-LD but prints the first reviews
// with no markup of their own (2020 layout). The stars are a class ("rated-4"); the date is in the
// site's language ("23 Ian 2020"), read by the background; "Achizitie verificata" marks a
// verified order; the vote button's count is the helpful votes (a hidden "unvote" copy follows it).
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
    helpfulVotes: ".vote-feedback-btn .vote-review-text"
  }
}
