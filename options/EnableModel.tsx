import { useState } from "react"

import { classifyError, describeError } from "~src/llm/errors"
import type { LoadProgress } from "~src/llm/language-model"
import type { ModelInfo } from "~src/llm/registry"
import { WebLLMModel } from "~src/llm/webllm-model"

type State =
  | { step: "idle" }
  | { step: "asking" }
  | { step: "loading"; progress: LoadProgress | null }
  | { step: "ready" }
  | { step: "failed"; kind: ReturnType<typeof classifyError>["kind"] }

/**
 * "Enable on-device AI": asks before the one download (size shown), then loads the model with
 * WebLLM in this page and shows progress, or what went wrong in plain words with a way forward.
 * (The engine moves to a long-lived host next; this page only proves the path end to end.)
 */
export function EnableModel({ model }: { model: ModelInfo }) {
  const [state, setState] = useState<State>({ step: "idle" })

  const load = async () => {
    setState({ step: "loading", progress: null })
    try {
      await new WebLLMModel().load(model.id, (progress) => setState({ step: "loading", progress }))
      setState({ step: "ready" })
    } catch (error) {
      setState({ step: "failed", kind: classifyError(error).kind })
    }
  }

  if (state.step === "idle") {
    return (
      <button type="button" className="cw-button" onClick={() => setState({ step: "asking" })} data-testid="enable-ai">
        Enable on-device AI
      </button>
    )
  }
  if (state.step === "asking") {
    return (
      <div className="cw-notice" data-testid="enable-ai-consent">
        <p>
          Download {model.displayName} once, about {model.downloadMB} MB, from the model's public host (Hugging Face)? It is
          kept in this browser; after that everything runs offline, on this device.
        </p>
        <button type="button" className="cw-button" onClick={load}>
          Download {model.downloadMB} MB
        </button>{" "}
        <button type="button" className="cw-link" onClick={() => setState({ step: "idle" })}>
          Not now
        </button>
      </div>
    )
  }
  if (state.step === "loading") {
    const percent = Math.round((state.progress?.fraction ?? 0) * 100)
    return (
      <div data-testid="enable-ai-progress" aria-live="polite">
        <progress max={100} value={percent} /> {percent}% — {state.progress?.text ?? "Starting…"}
      </div>
    )
  }
  if (state.step === "ready") return <p data-testid="enable-ai-ready">The model is ready, offline, on this device.</p>
  const words = describeError(state.kind)
  return (
    <div className="cw-notice" data-testid="enable-ai-failed" data-kind={state.kind}>
      <h3>{words.title}</h3>
      <p>{words.explanation}</p>
      <p>{words.action}</p>
      <button type="button" className="cw-button" onClick={load}>
        Try again
      </button>
    </div>
  )
}
