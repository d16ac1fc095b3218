import type { ReviewWidget } from "./types"

// Yotpo runs two widgets side by side: Reviews Widget 3.0 and the one its docs now call legacy.
// They differ in where the stars are (an aria-label in 3.0, an sr-only text before), which one
// Pick cannot say for both, so each has its own spec. Both print dates as MM/DD/YY, which
// parseReviewDate leaves null rather than guess the century and order. Questions (.yotpo-question)
// share the read-more text class, so items are the review class only.
export const yotpo: ReviewWidget = {
  id: "yotpo",
  reviews: {
    item: ".yotpo-reviews-main-widget .yotpo-review",
    author: ".yotpo-reviewer-name",
    rating: { css: ".yotpo-review-star-rating", attr: "aria-label" },
    title: ".yotpo-review-title",
    body: ".yotpo-read-more-text",
    date: ".yotpo-date-format",
    verified: ".yotpo-reviewer-verified-buyer-text"
  }
}

// The legacy widget keeps a hidden .yotpo-template review as a blueprint for "load more"; its
// badge reads "Verified Reviewer" for e-mail-confirmed reviews, so only a buyer badge counts.
export const yotpoLegacy: ReviewWidget = {
  id: "yotpo-legacy",
  reviews: {
    item: ".yotpo-main-widget .yotpo-review:not(.yotpo-template)",
    id: { css: ":scope", attr: "data-review-id" },
    author: ".yotpo-user-name",
    rating: ".yotpo-review-stars .sr-only",
    title: ".content-title",
    body: ".content-review",
    date: ".yotpo-review-date",
    verified: { css: ".yotpo-user-title", match: /(buyer|käufer|acheteur|comprador|acquirente|koper)/i }
  }
}
