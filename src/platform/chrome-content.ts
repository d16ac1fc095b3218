// The content script's only contact with chrome.*: sending results, answering the popup's refresh.

import { REFRESH_REQUEST, type PageResultMessage } from "../messages/contract"
import { startPageWatcher } from "../content/watch"

export function runContentScript(): void {
  try {
    const watcher = startPageWatcher({
      window,
      send: (message: PageResultMessage) => chrome.runtime.sendMessage(message)
    })
    chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if (typeof message !== "object" || message === null || (message as { type?: unknown }).type !== REFRESH_REQUEST) {
        return false
      }
      const result = watcher.refresh()
      sendResponse({ ok: result !== null, kind: result?.result.kind ?? null })
      return false
    })
  } catch {
    // A page that breaks our start-up (odd globals, frozen prototypes) simply gets no Cartwise.
  }
}
