import { useEffect, useState } from "react"

import { resolveTabId } from "~src/platform/chrome-popup"

import { ModelSetup } from "../components/model/ModelSetup"

import { DataControls } from "./DataControls"
import { TabView } from "./TabView"
import "./popup.css"

function Popup() {
  const [tabId, setTabId] = useState<number | null | "pending">("pending")
  useEffect(() => {
    resolveTabId(window.location.search).then(setTabId, () => setTabId(null))
  }, [])
  return (
    <main className="cw">
      <header className="cw-header">
        <img src={new URL("../assets/icon.png", import.meta.url).href} alt="" width={20} height={20} />
        <span className="cw-title">Cartwise</span>
      </header>
      {tabId === "pending" ? null : tabId === null ? (
        <p className="cw-state" data-testid="state-no-tab">
          Cartwise could not tell which tab this is.
        </p>
      ) : (
        <>
          <TabView tabId={tabId} />
          <section className="cw-ai" aria-label="On-device AI">
            <ModelSetup compact />
          </section>
        </>
      )}
      <DataControls />
    </main>
  )
}

export default Popup
