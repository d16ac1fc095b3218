import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { ikea } from "~src/sites/ikea"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.ikea.com/*",
    "*://*.ikea.cn/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([ikea])
