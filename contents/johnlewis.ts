import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { johnlewis } from "~src/sites/johnlewis"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.johnlewis.com/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([johnlewis])
