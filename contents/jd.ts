import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { jd } from "~src/sites/jd"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.jd.com/*",
    "*://*.jd.hk/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([jd])
