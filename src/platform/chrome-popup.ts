// The popup's contact with chrome.*: which tab it is about, and asking that tab's content script
// to read the page again.

import { READ_MORE_REVIEWS, REFRESH_REQUEST, REVIEW_PAGES_QUERY, STOP_READING_REVIEWS } from "../messages/contract"

/** `popup.html?tabId=N` shows tab N (how tests and the demo drive it); otherwise the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get("tabId")
  if (fromQuery !== null) {
    const id = Number(fromQuery)
    return Number.isInteger(id) && id >= 0 ? id : null
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

/** True when our content script answered, false when the page has none (restricted or stale). */
export async function requestRefresh(tabId: number): Promise<boolean> {
  try {
    const answer = (await chrome.tabs.sendMessage(tabId, { type: REFRESH_REQUEST })) as { ok?: boolean } | undefined
    return answer?.ok === true
  } catch {
    return false
  }
}

export function reloadTab(tabId: number): void {
  void chrome.tabs.reload(tabId).catch(() => undefined)
}

/** Why a reading did not start: the page did not answer, or the browser would not load the reader. */
export type ReadFailure = "no-answer" | "no-reader"

/** Asks the tab's content script to read further review pages (the shopper clicked for it). */
export async function startReadingReviews(tabId: number, maxPages: number): Promise<ReadFailure | null> {
  try {
    const answer = (await chrome.tabs.sendMessage(tabId, { type: READ_MORE_REVIEWS, maxPages })) as { ok?: boolean; error?: unknown } | undefined
    return answer?.ok === true ? null : answer?.error === "reader" ? "no-reader" : "no-answer"
  } catch {
    return "no-answer"
  }
}

/** Whether the tab's page links to further review pages; null when the page did not answer. */
export async function hasMoreReviewPages(tabId: number): Promise<boolean | null> {
  try {
    const answer = (await chrome.tabs.sendMessage(tabId, { type: REVIEW_PAGES_QUERY })) as { ok?: boolean; next?: unknown } | undefined
    return answer?.ok === true && typeof answer.next === "boolean" ? answer.next : null
  } catch {
    return null
  }
}

export function stopReadingReviews(tabId: number): void {
  void chrome.tabs.sendMessage(tabId, { type: STOP_READING_REVIEWS }).catch(() => undefined)
}

/** Calls back with the newly active tab of this window (the side panel follows the shopper). */
export function onActiveTabChange(callback: (tabId: number) => void): () => void {
  const listener = (info: { tabId: number; windowId: number }) => {
    void chrome.windows.getCurrent().then((current) => {
      if (current.id === info.windowId) callback(info.tabId)
    })
  }
  chrome.tabs.onActivated.addListener(listener)
  return () => chrome.tabs.onActivated.removeListener(listener)
}

/** Opens the side panel for a tab; must run in a click handler (Chrome requires a user gesture). */
export function openSidePanel(tabId: number): void {
  void chrome.sidePanel.open({ tabId }).catch(() => undefined)
}

export function openOptions(): void {
  void chrome.runtime.openOptionsPage().catch(() => undefined)
}
