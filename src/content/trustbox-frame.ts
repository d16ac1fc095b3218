// What runs in a Trustpilot TrustBox frame (contents/trustpilot.ts), kept free of chrome.* so it is
// unit-tested with a jsdom window: which frames speak, when they look, and when they send again.

import { MESSAGE_VERSION, type FrameReviewsMessage } from "../messages/contract"
import { framingShop, readTrustBoxReviews, trustBoxSkus } from "../sites/widgets/trustpilot"
import { whenShown } from "./shown"

// The TrustBox fetches and renders its reviews after it loads, and the shop page may report its
// product after the frame: a few looks, at fixed times, so the cost stays bounded whatever happens.
export const LOOKS_MS = [0, 1500, 4000, 10_000, 30_000]

/** Sends the message; resolves with the background's answer (a product key where it filed them). */
export type SendFrameReviews = (message: FrameReviewsMessage) => Promise<{ productKey?: string | null } | undefined>

/** Starts the looks in this frame, once the page is shown (shown.ts); in any other window it does nothing. */
export function startTrustBoxFrame(win: Window, send: SendFrameReviews): void {
  const doc = win.document
  const start = () => {
    const page = win !== win.top && trustBoxSkus(win.location.href).length > 0 ? framingShop(win.location.ancestorOrigins) : null
    if (!page) return
    // What the background has filed: a look sends only when the frame shows something else (more
    // reviews, or another page of them).
    let filed = ""
    const look = () => {
      try {
        const reviews = readTrustBoxReviews(doc)
        const shown = reviews.map((r) => `${r.author}\n${r.body}`).join("\n\n")
        if (reviews.length === 0 || shown === filed) return
        send({ type: "cartwise/frame-reviews", version: MESSAGE_VERSION, url: win.location.href, page, reviews })
          .then((answer) => {
            if (answer?.productKey) filed = shown
          })
          .catch(() => undefined)
      } catch {
        // A frame that breaks the read (or an extension updated under it) simply adds nothing.
      }
    }
    for (const delay of LOOKS_MS) win.setTimeout(look, delay)
  }
  whenShown(doc, start)
}
