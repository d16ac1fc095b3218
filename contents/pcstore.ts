import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { pcstore } from "~src/sites/pcstore"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.pcstore.com.tw/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([pcstore])
