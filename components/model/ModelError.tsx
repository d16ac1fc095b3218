import { describeError, type ErrorDescription } from "~src/llm/errors"
import type { HostError } from "~src/llm/host-protocol"
import type { ModelInfo } from "~src/llm/registry"

export interface Remedies {
  retry(): void
  /** A smaller model the GPU can run, for out-of-memory and a lost device. */
  smaller: ModelInfo | null
  /** The f32 build of the same model, for a missing shader-f16. */
  f32: ModelInfo | null
  use(model: ModelInfo): void
}

/** A model failure in plain words, with the way forward as a button (links are shown as text to copy). */
export function ModelErrorNotice({ error, remedies }: { error: HostError; remedies: Remedies }) {
  const words = describeError(error.kind)
  const alternative =
    words.actionKind === "choose-smaller-model" ? remedies.smaller : words.actionKind === "choose-f32-model" ? remedies.f32 : null
  return (
    <div className="cw-notice" role="alert" data-testid="model-failed" data-kind={error.kind}>
      <ErrorWords words={words} />
      {alternative ? (
        <button type="button" className="cw-button" data-testid="model-use-alternative" onClick={() => remedies.use(alternative)}>
          Use {alternative.displayName} instead (about {alternative.downloadMB} MB)
        </button>
      ) : words.actionKind === "retry" || words.actionKind === "free-space" || words.actionKind === "load" ? (
        <button type="button" className="cw-button" data-testid="model-retry" onClick={remedies.retry}>
          Try again
        </button>
      ) : null}
    </div>
  )
}

/** Title, explanation, way forward and help addresses (as text: chrome:// pages cannot be linked). */
export function ErrorWords({ words, links = true }: { words: ErrorDescription; links?: boolean }) {
  return (
    <>
      <h3>{words.title}</h3>
      <p>{words.explanation}</p>
      <p>{words.action}</p>
      {links && words.links.length > 0 ? (
        <ul className="cw-small">
          {words.links.map((link) => (
            <li key={link.url}>
              {link.label}: <code>{link.url}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
