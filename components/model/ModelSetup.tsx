import { useEffect, useRef, useState } from "react"

import { writeModelSettings } from "~src/db/model-settings"
import { getDb } from "~src/db/schema"
import { describeError } from "~src/llm/errors"
import { MODELS, smallerModelThan, type ModelInfo } from "~src/llm/registry"
import { modelClient } from "~src/platform/chrome-model-client"
import { describeProgress, formatMegabytes } from "~src/ui/progress"

import { ErrorWords, ModelErrorNotice } from "./ModelError"
import { effectiveModel, useEngine, useModelSettings, useProgressSamples } from "./useEngine"

/** The f32 build of the same base model, offered when the f16 one cannot run. */
function f32Of(model: ModelInfo): ModelInfo | null {
  return MODELS.find((m) => m.id === model.id.replace("q4f16_1", "q4f32_1") && m.id !== model.id) ?? null
}

const hostName = (mirror: string | null) => (mirror ? new URL(mirror).host : "Hugging Face and GitHub")

/**
 * Enabling and watching the on-device model: asks before the one download (size and host shown),
 * shows progress with percent, megabytes and time left, then "ready, offline", or a failure in plain
 * words with a way forward. Used by the options page and, compactly, by the popup.
 */
export function ModelSetup({ compact = false }: { compact?: boolean }) {
  const settings = useModelSettings()
  const state = useEngine(settings !== undefined && (!compact || settings.enabled))
  const samples = useProgressSamples(state)
  const [asking, setAsking] = useState(false)
  const [cache, setCache] = useState<{ id: string; cached: boolean; bytes: number | null } | null>(null)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const [deleting, setDeleting] = useState(false)
  // Loading by itself happens once per page: after a Stop or a failure the shopper decides.
  const autoLoaded = useRef(false)
  const host = state?.host ?? null
  const model = effectiveModel(state, settings)
  const mirror = settings?.mirrorBaseUrl ?? null

  // Cache answers are applied newest-asked first: an older answer arriving late is dropped.
  const cacheAsked = useRef(0)

  // What this device holds of the model, to show the cache size or to ask before a re-download.
  useEffect(() => {
    if (!model || state?.connection !== "connected") return
    let live = true
    const asked = ++cacheAsked.current
    const client = modelClient()
    client.mirrorBaseUrl = mirror
    client
      .cacheReport([model.id])
      .then((report) => live && asked === cacheAsked.current && setCache(report.models[0] ?? null))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [model?.id, state?.connection, host?.engine, mirror])

  // A shopper who enabled AI gets the model loaded from this device without asking again.
  useEffect(() => {
    if (autoLoaded.current || !settings?.enabled || !model || host?.engine !== "idle" || !cache?.cached || cache.id !== model.id) return
    autoLoaded.current = true
    const client = modelClient()
    client.mirrorBaseUrl = mirror
    client.load(model.id).catch(() => undefined)
  }, [settings?.enabled, model?.id, host?.engine, cache?.cached])

  const load = async (target: ModelInfo) => {
    autoLoaded.current = true
    setAsking(false)
    await writeModelSettings(getDb(), { enabled: true, chosen: target.id })
    const client = modelClient()
    client.mirrorBaseUrl = mirror
    client.load(target.id).catch(() => undefined)
  }

  // A failed delete is said whatever the engine shows next (it unloads before deleting).
  const deleteNotice = deleteError ? (
    <p className="cw-notice" role="alert" data-testid="model-delete-error">
      The model could not be deleted ({deleteError}). Close other Cartwise windows and try again, or clear this extension&apos;s
      site data in Chrome&apos;s settings.
    </p>
  ) : null
  const view = (() => {
    if (settings === undefined || state === null) return compact ? null : <p className="cw-muted">Checking the on-device model…</p>
    if (compact && !settings.enabled) return null
    if (state.connection === "lost") {
      const words = describeError("host-lost")
      return (
        <div className="cw-notice" role="alert" data-testid="model-lost">
          <h3>{words.title}</h3>
          <p>{words.explanation}</p>
          <button type="button" className="cw-button" onClick={() => model && load(model)}>
            Try again
          </button>
        </div>
      )
    }
    if (state.connection !== "connected" || !host || host.gpu === undefined) {
      return (
        <p className="cw-muted" data-testid={state.connection === "reconnecting" ? "model-reconnecting" : "model-connecting"} aria-live="polite">
          {state.connection === "reconnecting" ? "Reconnecting to the on-device model…" : "Checking your graphics card…"}
        </p>
      )
    }
    if (host.gpu === null) {
      const words = describeError("no-webgpu")
      return (
        <div className="cw-notice" data-testid="gpu-none">
          <ErrorWords words={words} links={!compact} />
        </div>
      )
    }
    if (!model) return <p data-testid="model-none">None of the models fits this graphics card.</p>
    if (deleting) {
      return (
        <p className="cw-muted" data-testid="model-deleting" aria-live="polite">
          Deleting {model.displayName} from this device…
        </p>
      )
    }

    const current = host.modelId === model.id || host.engine === "loading" ? host : null
    if (current?.engine === "loading") {
      const percent = Math.floor((current.progress?.fraction ?? 0) * 100)
      return (
        <div data-testid="model-progress" aria-live="polite">
          <p className="cw-small">Getting {model.displayName} ready</p>
          <progress max={100} value={percent} /> <span data-testid="model-progress-text">{describeProgress(current.progress, samples)}</span>{" "}
          <button
            type="button"
            className="cw-link"
            data-testid="model-stop"
            onClick={() => {
              autoLoaded.current = true
              void modelClient().unload()
            }}>
            Stop
          </button>
        </div>
      )
    }
    if (current?.engine === "ready") {
      return (
        <div data-testid="model-ready">
          <p>
            <strong>{model.displayName}</strong> is ready, offline, on this device.
            {cache?.bytes ? <span className="cw-muted"> It takes {formatMegabytes(cache.bytes)}.</span> : null}
          </p>
          {compact ? null : (
            <button
              type="button"
              className="cw-link cw-danger"
              data-testid="model-delete"
              onClick={async () => {
                // Deleting is the shopper's decision: the copy still listed as cached must not be
                // loaded again by this page while the engine passes through idle.
                autoLoaded.current = true
                setDeleteError(null)
                setDeleting(true)
                try {
                  await writeModelSettings(getDb(), { enabled: false })
                  const report = await modelClient().deleteModel(model.id)
                  // The host answers reports only after a delete ends, so this answer is the newest.
                  cacheAsked.current++
                  setCache(report.models[0] ?? null)
                } catch (error) {
                  setDeleteError(error instanceof Error ? error.message : String(error))
                } finally {
                  setDeleting(false)
                }
              }}>
              Delete the model from this device
            </button>
          )}
        </div>
      )
    }
    if (current?.engine === "failed" && current.error) {
      return (
        <ModelErrorNotice
          error={current.error}
          remedies={{ retry: () => void load(model), smaller: smallerModelThan(model.id, host.gpu), f32: f32Of(model), use: (m) => void load(m) }}
        />
      )
    }
    if (cache?.cached && cache.id === model.id) {
      return (
        <p>
          {model.displayName} is on this device{cache.bytes ? ` (${formatMegabytes(cache.bytes)})` : ""}.{" "}
          <button type="button" className="cw-button" data-testid="model-load" onClick={() => void load(model)}>
            Load it
          </button>
        </p>
      )
    }
    if (!asking) {
      return (
        <button type="button" className="cw-button" data-testid="enable-ai" onClick={() => setAsking(true)}>
          {settings.enabled ? "Download the model again" : "Enable on-device AI"}
        </button>
      )
    }
    const size = formatMegabytes(model.downloadMB * 1024 * 1024)
    return (
      <div className="cw-notice" data-testid="enable-ai-consent">
        <p>
          Download the AI model ({model.displayName}) once, about {size}, from {hostName(mirror)}? It is kept in this browser; after
          that everything runs offline, on this device. Your pages and questions are never sent anywhere.
        </p>
        <button type="button" className="cw-button" data-testid="enable-ai-confirm" onClick={() => void load(model)}>
          Download {size}
        </button>{" "}
        <button type="button" className="cw-link" onClick={() => setAsking(false)}>
          Not now
        </button>
      </div>
    )
  })()
  if (!deleteNotice) return view
  return (
    <>
      {view}
      {deleteNotice}
    </>
  )
}
