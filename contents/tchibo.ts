import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { tchibo } from "~src/sites/tchibo"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.tchibo.de/*",
    "*://*.tchibo.at/*",
    "*://*.tchibo.ch/*",
    "*://*.eduscho.at/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([tchibo])
