import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { zara } from "~src/sites/zara"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.zara.com/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([zara])
