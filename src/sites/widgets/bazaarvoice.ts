import type { ReviewWidget } from "./types"

// Bazaarvoice's classic hosted display (#BVRRContainer, bv-content-*) marks each review up with
// schema.org microdata: rating and an ISO date sit in <meta> tags, while the visible date is
// relative ("il y a 2 semaines"). Its questions reuse bv-content-item, so the item is the review
// class only. The newer React display (bv-rnr__*) prints the review text only under generated,
// per-build class names, so it is not specified here rather than guessed.
export const bazaarvoice: ReviewWidget = {
  id: "bazaarvoice",
  reviews: {
    item: ".bv-content-review",
    author: ".bv-author",
    rating: { css: "meta[itemprop='ratingValue']", attr: "content" },
    title: ".bv-content-title",
    body: ".bv-content-summary-body-text",
    date: { css: "meta[itemprop='datePublished']", attr: "content" },
    helpfulVotes: ".bv-content-btn-feedback-yes .bv-content-btn-count"
  }
}
