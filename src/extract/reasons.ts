// Why a page is no product. The content script sends a short code, or what broke when the page
// could not be read, as its 60 KB (issue #3) has no room for the sentences; the validator turns it
// into the sentence the popup shows and the tab's row keeps (src/messages/validate.ts), as the
// CLI does for its output.

const REASONS = new Map([
  ["listing", "This page lists products (a category, a collection, search results, a cart or a wish list); open one to see it in Cartwise."],
  ["none", "No product found on this page: no product data, and no single product with a price and a buy button."]
])

/** A code's sentence; any other reason is what broke the reading ("text is not iterable"). */
export const reasonText = (reason: string): string => REASONS.get(reason) ?? `This page could not be read: ${reason}`
