import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"

export const config: PlasmoCSConfig = {
  matches: ["http://*/*", "https://*/*"],
  run_at: "document_idle",
  all_frames: false
}

runContentScript()
