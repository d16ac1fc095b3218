import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { etsy } from "~src/sites/etsy"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.etsy.com/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([etsy])
