import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { emag } from "~src/sites/emag"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.emag.ro/*",
    "*://*.emag.bg/*",
    "*://*.emag.hu/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([emag])
