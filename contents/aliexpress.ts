import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { aliexpress } from "~src/sites/aliexpress"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.aliexpress.com/*",
    "*://*.aliexpress.us/*",
    "*://*.aliexpress.ru/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([aliexpress])
