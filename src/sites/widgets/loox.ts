// Not specified: Loox renders its reviews widget as <iframe id="looxReviewsFrame"> loaded from
// loox.io inside <div id="looxReviews">. The reviews exist only in that cross-origin frame, which
// the content script (top frame of the shop) cannot read, so there is no shop markup to describe.
export {}
