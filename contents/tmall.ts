import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { tmall } from "~src/sites/tmall"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.tmall.com/*",
    "*://*.tmall.hk/*",
    "*://*.taobao.com/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([tmall])
