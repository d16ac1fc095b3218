import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { target } from "~src/sites/target"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.target.com/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([target])
