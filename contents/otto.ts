import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { otto } from "~src/sites/otto"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.otto.de/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([otto])
