import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { amazon } from "~src/sites/amazon"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.amazon.com/*",
    "*://*.amazon.ca/*",
    "*://*.amazon.com.mx/*",
    "*://*.amazon.com.br/*",
    "*://*.amazon.co.uk/*",
    "*://*.amazon.de/*",
    "*://*.amazon.fr/*",
    "*://*.amazon.it/*",
    "*://*.amazon.es/*",
    "*://*.amazon.nl/*",
    "*://*.amazon.se/*",
    "*://*.amazon.pl/*",
    "*://*.amazon.com.be/*",
    "*://*.amazon.com.tr/*",
    "*://*.amazon.ae/*",
    "*://*.amazon.sa/*",
    "*://*.amazon.eg/*",
    "*://*.amazon.in/*",
    "*://*.amazon.co.jp/*",
    "*://*.amazon.sg/*",
    "*://*.amazon.com.au/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([amazon])
