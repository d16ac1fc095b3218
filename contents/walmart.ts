import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { walmart } from "~src/sites/walmart"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.walmart.com/*",
    "*://*.walmart.ca/*",
    "*://*.walmart.com.mx/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([walmart])
