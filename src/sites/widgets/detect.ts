// Whether the page has a review widget, without carrying the widgets' readers: those (registry.ts,
// about 3.4 KB minified) are loaded with the on-demand review reader only on a page that has one
// (chrome-content.ts), since most pages have none. One class per widget: its review items' own
// class, the rightmost one of its selector. test/unit/widgets.test.ts keeps this list and
// registry.ts in step.

export const WIDGET_CLASSES = [
  "jdgm-rev",
  "yotpo-review",
  "oke-w-reviews-list-item",
  "okeReviews-reviews-review",
  "stamped-review",
  "R-ContentList__item",
  "pr-rd-description-text",
  "bv-content-review"
]

/** Chromium finds elements by one class without testing a selector on every element. */
export const hasReviewWidget = (doc: Document): boolean => WIDGET_CLASSES.some((name) => doc.getElementsByClassName(name)[0])
