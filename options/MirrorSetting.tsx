import { useEffect, useState } from "react"

import { writeModelSettings } from "~src/db/model-settings"
import { getDb } from "~src/db/schema"
import { appConfigFor } from "~src/llm/registry"

/** A self-hosted copy of the model files (same paths as Hugging Face); checked before it is saved. */
export function MirrorSetting({ value }: { value: string | null }) {
  const [text, setText] = useState(value ?? "")
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => setText(value ?? ""), [value])
  const save = async () => {
    try {
      if (text.trim()) appConfigFor([], text)
      await writeModelSettings(getDb(), { mirrorBaseUrl: text.trim() || null })
      setMessage(text.trim() ? "Saved: models will be downloaded from this address." : "Saved: models come from their own hosts.")
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <form
      className="cw-mirror"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}>
      <label htmlFor="mirror">Model download address (optional mirror)</label>
      <input id="mirror" type="url" placeholder="https://models.example.org" value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="cw-button">
        Save
      </button>
      {message ? <p className="cw-small cw-muted" data-testid="mirror-message">{message}</p> : null}
    </form>
  )
}
