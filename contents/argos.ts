import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { argos } from "~src/sites/argos"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.argos.co.uk/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([argos])
