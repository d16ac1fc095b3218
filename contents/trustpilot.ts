import type { PlasmoCSConfig } from "plasmo"

import { MESSAGE_VERSION, type FrameReviewsMessage } from "~src/messages/contract"
import { framingShop, readTrustBoxReviews, trustBoxSkus } from "~src/sites/widgets/trustpilot"

// Not generated: runs only inside Trustpilot's TrustBox frames (src/sites/widgets/trustpilot.ts),
// where the shop page's content script cannot reach. Only a product TrustBox that a shop's page
// holds directly is read; opened as a page of its own it does nothing.
export const config: PlasmoCSConfig = {
  matches: ["https://widget.trustpilot.com/trustboxes/*"],
  run_at: "document_idle",
  all_frames: true
}

// The TrustBox fetches and renders its reviews after it loads, and the shop page may report its
// product after the frame: a few looks, at fixed times, so the cost stays bounded whatever happens.
const LOOKS_MS = [0, 1500, 4000, 10_000, 30_000]

function start() {
  const page = window !== window.top && trustBoxSkus(location.href).length > 0 ? framingShop(location.ancestorOrigins) : null
  if (!page) return
  // What the background has filed: a look sends only when the frame shows something else (more
  // reviews, or another page of them).
  let filed = ""
  const look = () => {
    try {
      const reviews = readTrustBoxReviews(document)
      const shown = reviews.map((r) => `${r.author}\n${r.body}`).join("\n\n")
      if (reviews.length === 0 || shown === filed) return
      const message: FrameReviewsMessage = { type: "cartwise/frame-reviews", version: MESSAGE_VERSION, url: location.href, page, reviews }
      chrome.runtime
        .sendMessage(message)
        .then((answer: { productKey?: string | null } | undefined) => {
          if (answer?.productKey) filed = shown
        })
        .catch(() => undefined)
    } catch {
      // A frame that breaks the read (or an extension updated under it) simply adds nothing.
    }
  }
  for (const delay of LOOKS_MS) setTimeout(look, delay)
}

// A prerendered page's frame speaks once the page is shown (the background refuses it before).
if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener("prerenderingchange", start, { once: true })
else start()
