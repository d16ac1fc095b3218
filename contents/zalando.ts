import type { PlasmoCSConfig } from "plasmo"

import { runContentScript } from "~src/platform/chrome-content"
import { zalando } from "~src/sites/zalando"

export const config: PlasmoCSConfig = {
  matches: [
    "*://*.zalando.de/*",
    "*://*.zalando.at/*",
    "*://*.zalando.ch/*",
    "*://*.zalando.fr/*",
    "*://*.zalando.it/*",
    "*://*.zalando.es/*",
    "*://*.zalando.nl/*",
    "*://*.zalando.be/*",
    "*://*.zalando.lu/*",
    "*://*.zalando.pl/*",
    "*://*.zalando.cz/*",
    "*://*.zalando.sk/*",
    "*://*.zalando.hu/*",
    "*://*.zalando.ro/*",
    "*://*.zalando.hr/*",
    "*://*.zalando.si/*",
    "*://*.zalando.bg/*",
    "*://*.zalando.gr/*",
    "*://*.zalando.pt/*",
    "*://*.zalando.se/*",
    "*://*.zalando.dk/*",
    "*://*.zalando.no/*",
    "*://*.zalando.fi/*",
    "*://*.zalando.ee/*",
    "*://*.zalando.lv/*",
    "*://*.zalando.lt/*",
    "*://*.zalando.ie/*",
    "*://*.zalando.co.uk/*"
  ],
  run_at: "document_idle",
  all_frames: false
}

runContentScript([zalando])
