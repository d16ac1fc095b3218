import { useLiveQuery } from "dexie-react-hooks"
import { useEffect, useState } from "react"

import { getDb } from "~src/db/schema"
import { reloadTab, requestRefresh } from "~src/platform/chrome-popup"

import { ProductView } from "./ProductView"
import { ReadNotes } from "./ReadNotes"

type Reach = "checking" | "reachable" | "unreachable"

const PING_ATTEMPTS = 6
const PING_INTERVAL_MS = 500

/** Decides which state the popup shows for a tab, from IndexedDB (live) and a ping to the page. */
export function TabView({ tabId }: { tabId: number }) {
  const db = getDb()
  const tab = useLiveQuery(async () => (await db.tabs.get(tabId)) ?? null, [tabId], "pending" as const)
  const [reach, setReach] = useState<Reach>("checking")

  // A page still loading has no content script yet (it starts at document_idle): ask a few times
  // before telling the shopper the page is out of reach.
  useEffect(() => {
    let live = true
    const ask = async () => {
      for (let attempt = 0; attempt < PING_ATTEMPTS && live; attempt++) {
        if (await requestRefresh(tabId)) return live && setReach("reachable")
        await new Promise((resolve) => setTimeout(resolve, PING_INTERVAL_MS))
      }
      if (live) setReach("unreachable")
    }
    void ask()
    return () => {
      live = false
    }
  }, [tabId])

  // A tab can report its product and then announce a (same-page) load; ask again rather than
  // leaving the shopper in front of "Reading…" — every 1.5 s, ten times at most.
  const waiting = reach === "reachable" && (tab === null || (tab !== "pending" && tab.status === "loading"))
  useEffect(() => {
    if (!waiting) return
    let tries = 0
    const timer = setInterval(() => {
      if (++tries > 10) clearInterval(timer)
      else void requestRefresh(tabId)
    }, 1500)
    return () => clearInterval(timer)
  }, [waiting, tabId])

  if (reach === "unreachable") {
    return (
      <section className="cw-state" data-testid="state-unreadable">
        <h2>Cartwise can't read this page</h2>
        <p>
          Browser pages, the extension store, PDFs and pages that were already open before Cartwise was installed or
          updated are out of reach. If this is a shop page, reload it.
        </p>
        <button type="button" className="cw-button" onClick={() => reloadTab(tabId)}>
          Reload page
        </button>
      </section>
    )
  }
  if (tab !== "pending" && tab?.status === "erased") {
    return (
      <section className="cw-state" data-testid="state-erased">
        <h2>Nothing kept from this page</h2>
        <p>You deleted Cartwise's data while it was open, so Cartwise stopped reading it. Reload the page to read it again.</p>
        <button type="button" className="cw-button cw-button-quiet" onClick={() => reloadTab(tabId)}>
          Reload page
        </button>
      </section>
    )
  }
  if (tab === "pending" || tab === null || tab.status === "loading") {
    return (
      <p className="cw-state" data-testid="state-reading" aria-busy="true">
        Reading this page…
      </p>
    )
  }
  if (tab.status === "not-product" || tab.productKey === null) {
    return (
      <section className="cw-state" data-testid="state-not-product">
        <h2>Not a product page</h2>
        <p data-testid="not-product-reason">{tab.reason}</p>
        <ReadNotes warnings={tab.warnings ?? []} />
        <p className="cw-muted">Open a product in any shop and Cartwise shows its price, rating and price history.</p>
      </section>
    )
  }
  return <ProductView productKey={tab.productKey} tabId={tabId} scan={tab.reviewScan ?? null} warnings={tab.warnings ?? []} />
}
