// Every message that crosses an extension boundary, in one place. The background validates each
// one on arrival (validate.ts): the content script runs inside hostile pages, so its data is
// treated as untrusted input even though the code sending it is ours.

import type { ExtractionResult } from "../product"

export const MESSAGE_VERSION = 1

/** Content script → background: what the page in this tab is. */
export interface PageResultMessage {
  type: "cartwise/page-result"
  version: typeof MESSAGE_VERSION
  /** location.href when the extraction ran. */
  url: string
  result: ExtractionResult
}

export type CartwiseMessage = PageResultMessage

/** Popup → content script: read the page again now and report it. */
export const REFRESH_REQUEST = "cartwise/refresh"

export interface MessageResponses {
  "cartwise/page-result": { ok: true; productKey: string | null } | { ok: false; error: string }
}
