import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { ebay } from "~src/sites/ebay"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.ebay.com/*",
    "*://*.ebay.ca/*",
    "*://*.ebay.co.uk/*",
    "*://*.ebay.de/*",
    "*://*.ebay.fr/*",
    "*://*.ebay.it/*",
    "*://*.ebay.es/*",
    "*://*.ebay.ie/*",
    "*://*.ebay.at/*",
    "*://*.ebay.ch/*",
    "*://*.ebay.nl/*",
    "*://*.ebay.be/*",
    "*://*.ebay.pl/*",
    "*://*.ebay.com.au/*",
    "*://*.ebay.com.sg/*",
    "*://*.ebay.com.my/*",
    "*://*.ebay.ph/*",
    "*://*.ebay.in/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([ebay])
