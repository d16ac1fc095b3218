// What the content script does on every http(s) page: read the product, report it, and read again
// when a single-page shop changes its URL. Everything is wrapped: nothing we do may throw into the
// page, and nothing here writes to the page's DOM.

import { extractProduct } from "../extract"
import { MESSAGE_VERSION, type PageResultMessage } from "../messages/contract"
import type { ExtractionResult } from "../product"
import { isPrerendering, whenShown } from "./shown"

export interface WatcherDeps {
  window: Window
  send: (message: PageResultMessage) => Promise<unknown>
  extract?: (doc: Document, url: string) => ExtractionResult
}

// Shops that render their product after load get two more looks; single-page shops get the same
// after every URL change. Fixed delays keep the cost bounded however the page behaves.
const RETRY_DELAYS_MS = [1500, 4000]
const URL_CHANGE_DELAYS_MS = [300, 1500, 4000]
const URL_POLL_MS = 1000
// Review widgets and "load more" buttons add content after load. A quiet second after changes to
// the page, read again — at most LATE_READS times and never after LATE_WINDOW_MS, whatever the page does.
const LATE_QUIET_MS = 1000
const LATE_READS = 8
const LATE_WINDOW_MS = 120_000

export interface Watcher {
  /** Extract now and report (the popup asks for this when it opens). */
  refresh: () => PageResultMessage | null
  stop: () => void
}

export function startPageWatcher({ window: win, send, extract = extractProduct }: WatcherDeps): Watcher {
  let lastSent = ""
  /** The last report sent said "product" (what the retries and the late re-reads depend on). */
  let sentProduct = false
  let lastUrl = win.location.href
  let stopped = false
  let timers: ReturnType<typeof setTimeout>[] = []

  const read = (): PageResultMessage => {
    const url = win.location.href
    let result: ExtractionResult
    try {
      result = extract(win.document, url)
    } catch (error) {
      result = { kind: "not-product", reason: String(error), warnings: [] }
    }
    return { type: "cartwise/page-result", version: MESSAGE_VERSION, url, result }
  }

  const report = (force: boolean): PageResultMessage | null => {
    if (stopped) return null
    try {
      const message = read()
      const fingerprint = JSON.stringify(message)
      if (force || fingerprint !== lastSent) {
        lastSent = fingerprint
        sentProduct = message.result.kind === "product"
        send(message).catch(onSendError)
      }
      return message
    } catch (error) {
      onSendError(error)
      return null
    }
  }

  // After an extension update the old content script lives on with a dead runtime: stop quietly.
  const onSendError = (error: unknown) => {
    if (/context invalidated/i.test(String(error))) stop()
  }

  const schedule = (delays: number[], onlyIfNotProduct: boolean) => {
    for (const timer of timers) clearTimeout(timer)
    timers = delays.map((delay) =>
      setTimeout(() => {
        if (onlyIfNotProduct && sentProduct) return
        report(false)
      }, delay)
    )
  }

  const checkUrl = () => {
    if (stopped || win.location.href === lastUrl) return
    lastUrl = win.location.href
    schedule(URL_CHANGE_DELAYS_MS, false)
  }

  const poll = setInterval(checkUrl, URL_POLL_MS)
  const onPop = () => checkUrl()
  win.addEventListener("popstate", onPop)

  let lateReads = 0
  let lateTimer: ReturnType<typeof setTimeout> | null = null
  const startedAt = Date.now()
  // The page's own window's constructor (in tests a jsdom window, in Chrome the isolated world's).
  const Observer = (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver
  const observer =
    typeof Observer === "function"
      ? new Observer(() => {
          // Only product pages are worth re-reading (new reviews, a price that rendered late).
          if (stopped || !sentProduct) return
          if (lateReads >= LATE_READS || Date.now() - startedAt > LATE_WINDOW_MS) return observer?.disconnect()
          if (lateTimer !== null) clearTimeout(lateTimer)
          lateTimer = setTimeout(() => {
            lateTimer = null
            lateReads++
            report(false)
          }, LATE_QUIET_MS)
        })
      : null
  if (win.document.body) observer?.observe(win.document.body, { childList: true, subtree: true })

  function stop() {
    stopped = true
    clearInterval(poll)
    for (const timer of timers) clearTimeout(timer)
    if (lateTimer !== null) clearTimeout(lateTimer)
    observer?.disconnect()
    win.removeEventListener("popstate", onPop)
  }

  // A page Chrome prerenders is not what the tab shows yet: it is read when the shopper goes to it.
  whenShown(win.document, () => {
    report(false)
    schedule(RETRY_DELAYS_MS, true)
  })
  return { refresh: () => (isPrerendering(win.document) ? null : report(true)), stop }
}
