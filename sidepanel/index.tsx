import { useLiveQuery } from "dexie-react-hooks"
import { useEffect, useState } from "react"

import { getDb } from "~src/db/schema"
import { onActiveTabChange, resolveTabId } from "~src/platform/chrome-popup"
import { factsLine } from "~src/ui/format"

import { ModelSetup } from "../components/model/ModelSetup"
import { Options } from "../components/Options"
import { useEngine, useModelSettings } from "../components/model/useEngine"
import { ProductQa } from "./ProductQa"
import { Specs } from "./Specs"
import "../popup/popup.css"
import "./sidepanel.css"

/** The side panel: questions about the product in the active tab, answered by the on-device model. */
function SidePanel() {
  const [tabId, setTabId] = useState<number | null | "pending">("pending")
  useEffect(() => {
    resolveTabId(window.location.search).then(setTabId, () => setTabId(null))
    // `?tabId=N` pins the panel to one tab (tests, the demo); otherwise it follows the active tab.
    if (new URLSearchParams(window.location.search).has("tabId")) return
    return onActiveTabChange(setTabId)
  }, [])
  const data = useLiveQuery(async () => {
    if (typeof tabId !== "number") return null
    const db = getDb()
    const tab = await db.tabs.get(tabId)
    // The shopper deleted everything while this page was open: it is not read again until reloaded.
    if (tab?.status === "erased") return "erased" as const
    const product = tab?.productKey ? await db.products.get(tab.productKey) : undefined
    if (!product) return null
    return { product, reviews: await db.reviews.where("productKey").equals(product.key).toArray() }
  }, [tabId])
  const settings = useModelSettings()
  const engine = useEngine(settings !== undefined)
  const ready = engine?.connection === "connected" && engine.host?.engine === "ready"
  const facts = data && data !== "erased" ? factsLine(data.product) : null

  return (
    <main className="cw cw-panel">
      <header className="cw-header">
        <span className="cw-title">Cartwise · Ask</span>
      </header>
      {engine?.connection === "reconnecting" ? (
        <p className="cw-notice cw-small" data-testid="qa-reconnecting" aria-live="polite">
          Reconnecting to the on-device model…
        </p>
      ) : null}
      {data === undefined ? null : data === "erased" ? (
        <p className="cw-state" data-testid="qa-erased">
          Nothing kept from this page: you deleted Cartwise&apos;s data while it was open. Reload the page to ask about it.
        </p>
      ) : data === null ? (
        <p className="cw-state" data-testid="qa-no-product">
          Open a product page to ask about it.
        </p>
      ) : (
        <>
          <h1 className="cw-name" data-testid="qa-product" dir="auto" title={data.product.name ?? undefined}>
            {data.product.name ?? "This product"}
          </h1>
          {facts ? (
            <p className="cw-muted cw-small" data-testid="qa-facts">
              {facts}
            </p>
          ) : null}
          <Options product={data.product} open />
          <Specs specs={data.product.specs ?? []} />
          {ready || engine?.connection === "reconnecting" ? null : (
            <div className="cw-panel-setup">
              <ModelSetup />
            </div>
          )}
          <ProductQa key={data.product.key} product={data.product} reviews={data.reviews} ready={ready || engine?.connection === "reconnecting"} />
        </>
      )}
    </main>
  )
}

export default SidePanel
