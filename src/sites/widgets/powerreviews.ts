import type { ReviewWidget } from "./types"

// PowerReviews' display (ui.powerreviews.com) renders into #pr-reviewdisplay on the shop's page.
// The review id appears only as the headline's element id; "By" is its own span in the shop's
// language before the nickname; badges also read "Verified Reviewer" or "Staff Reviewer", and only
// the pr-verified_buyer block means a purchase. Older PowerReviews Express pages (.pr-review-wrap
// with microdata) are read by the schema.org extractor instead.
export const powerreviews: ReviewWidget = {
  id: "powerreviews",
  detect: ".pr-review .pr-rd-description-text",
  reviews: {
    item: ".pr-review",
    id: { css: ".pr-rd-review-headline", attr: "id", match: /^pr-rd-review-headline-(\w+)$/ },
    author: ".pr-rd-author-nickname > span > span:last-child",
    rating: ".pr-rd-star-rating .pr-snippet-rating-decimal",
    title: ".pr-rd-review-headline",
    body: ".pr-rd-description-text",
    date: { css: ".pr-rd-author-submission-date time", attr: "datetime" },
    verified: ".pr-verified_buyer"
  }
}
