import type { PlasmoCSConfig } from "plasmo"

import { whenShown } from "~src/content/shown"
import { MESSAGE_VERSION, type SellerDescriptionMessage } from "~src/messages/contract"
import { framingEbayPage, readSellerDescription } from "~src/sites/ebay-description"

// Not generated: runs only inside eBay's seller-description frame (src/sites/ebay-description.ts),
// where the item page's content script cannot reach. Opened as a page of its own, or framed by
// anything but an eBay item page, it does nothing.
export const config: PlasmoCSConfig = {
  matches: ["*://*.ebaydesc.com/*"],
  run_at: "document_idle",
  all_frames: true
}

function send() {
  try {
    const page = window !== window.top ? framingEbayPage(location.ancestorOrigins) : null
    const description = page ? readSellerDescription(document) : null
    if (page && description) {
      const message: SellerDescriptionMessage = { type: "cartwise/seller-description", version: MESSAGE_VERSION, url: location.href, page, description }
      chrome.runtime.sendMessage(message).catch(() => undefined)
    }
  } catch {
    // A frame that breaks the read (or an extension updated under it) simply adds nothing.
  }
}

// A prerendered page's frame speaks once the page is shown (src/content/shown.ts).
whenShown(document, send)
