import type { ReviewWidget } from "./types"

// REVIEWS.io's product reviews widget (ElementsWidget) renders into the shop's page. Its store
// review carousel (.R-ReviewsList__item) mixes in reviews of the shop and of other products, so
// only the product list is read. Dates are printed relative ("6 days ago") and review ids are not
// in the markup, so neither is read. The badge text is the only sign of a verified purchase.
export const reviewsio: ReviewWidget = {
  id: "reviewsio",
  reviews: {
    item: ".ElementsWidget__list .R-ContentList__item",
    author: ".cssVar-authorName",
    rating: { css: ".R-RatingStars[title],.R-RatingStars__stars[title]", attr: "title" },
    title: ".item__review .R-TextHeading",
    body: ".item__review .R-TextBody--xs",
    verified: { css: ".R-BadgeElement .cssVar-badgeElement__text", match: /(verifi|geprüft|vérifié)/i }
  }
}
