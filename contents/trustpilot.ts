import type { PlasmoCSConfig } from "plasmo"

import { startTrustBoxFrame, type SendFrameReviews } from "~src/content/trustbox-frame"

// Not generated: runs only inside Trustpilot's TrustBox frames (src/sites/widgets/trustpilot.ts),
// where the shop page's content script cannot reach. Only a product TrustBox that a shop's page
// holds directly is read; opened as a page of its own it does nothing.
export const config: PlasmoCSConfig = {
  matches: ["https://widget.trustpilot.com/trustboxes/*"],
  run_at: "document_idle",
  all_frames: true
}

try {
  startTrustBoxFrame(window, (message) => chrome.runtime.sendMessage(message) as ReturnType<SendFrameReviews>)
} catch {
  // Nothing Cartwise does may throw into the frame.
}
