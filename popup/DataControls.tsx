import { useState } from "react"

import { deleteAll, exportAll } from "~src/db/export"
import { getDb } from "~src/db/schema"

/** The shopper's data stays on this device; these two buttons let them take it or erase it. */
export function DataControls() {
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const download = async () => {
    const data = await exportAll(getDb(), Date.now())
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" })
    const link = document.createElement("a")
    link.href = URL.createObjectURL(blob)
    link.download = `cartwise-export-${data.exportedAt.slice(0, 10)}.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    setMessage(`Exported ${data.products.length} ${data.products.length === 1 ? "product" : "products"}.`)
  }

  const erase = async () => {
    await deleteAll(getDb(), Date.now())
    setConfirming(false)
    // The model's files are the browser's cache, not Cartwise's records: say where they go.
    setMessage("Deleted every product, price, review, summary and setting Cartwise kept. A downloaded AI model stays until you remove it in Options.")
  }

  return (
    <footer className="cw-footer">
      <span className="cw-muted">Stored only on this device.</span>
      <span className="cw-footer-actions">
        <button type="button" className="cw-link" onClick={download} data-testid="export-data">
          Export
        </button>
        {confirming ? (
          <>
            <button type="button" className="cw-link cw-danger" onClick={erase} data-testid="confirm-delete">
              Delete everything
            </button>
            <button type="button" className="cw-link" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="cw-link" onClick={() => setConfirming(true)} data-testid="delete-data">
            Delete…
          </button>
        )}
      </span>
      {message ? (
        <p className="cw-footer-message" role="status">
          {message}
        </p>
      ) : null}
    </footer>
  )
}
