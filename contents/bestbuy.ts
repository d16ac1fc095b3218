import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { bestbuy } from "~src/sites/bestbuy"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.bestbuy.com/*",
    "*://*.bestbuy.ca/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([bestbuy])
