import type { ReviewWidget } from "./types"

// Okendo's current widget (oke-w-*, oke-reviewContent-*) prints the date only as text in the
// shop's format; its legacy widget (okeReviews-*) keeps an ISO date in data-oke-reviews-date that
// shops' scripts reformat freely. One Pick cannot read text in one and the attribute in the other,
// so each version has its own spec. Star ratings are read from their screen-reader text
// ("Rated 5 out of 5 stars", localised): the first number is the rating.
export const okendo: ReviewWidget = {
  id: "okendo",
  reviews: {
    item: ".oke-w-reviews-list-item",
    author: ".oke-w-reviewer-name",
    rating: ".oke-reviewContent .oke-a11yText",
    title: ".oke-reviewContent-title",
    body: ".oke-reviewContent-body",
    date: ".oke-reviewContent-date",
    verified: ".oke-w-reviewer-verified"
  }
}

// The legacy widget's verified badge was not established, so it is left unread (null, not false).
export const okendoLegacy: ReviewWidget = {
  id: "okendo-legacy",
  reviews: {
    item: ".okeReviews-reviews-review",
    author: ".okeReviews-review-reviewer-profile-name",
    rating: ".okeReviews-starRating .okeReviews-a11yText",
    title: ".okeReviews-review-main-heading",
    body: ".okeReviews-review-main-content-body",
    date: { css: "[data-oke-reviews-date]", attr: "data-oke-reviews-date" }
  }
}
