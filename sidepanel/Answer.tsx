import { describeError } from "~src/llm/errors"
import type { ModelErrorKind } from "~src/llm/language-model"

export interface Exchange {
  id: number
  question: string
  answer: string
  state: "waiting" | "streaming" | "done" | "stopped" | "failed"
  error?: ModelErrorKind
  basis: string
}

/** One question and its answer, as text (model output is never HTML). */
export function Answer({ exchange, onStop }: { exchange: Exchange; onStop: () => void }) {
  const busy = exchange.state === "waiting" || exchange.state === "streaming"
  return (
    <article className="cw-qa" data-testid="qa-exchange" data-state={exchange.state}>
      <p className="cw-qa-question" dir="auto">{exchange.question}</p>
      <p className="cw-qa-answer" data-testid="qa-answer" dir="auto" aria-live="polite">
        {exchange.answer || (exchange.state === "waiting" ? "Thinking…" : "")}
      </p>
      {busy ? (
        <button type="button" className="cw-link" data-testid="qa-stop" onClick={onStop}>
          Stop
        </button>
      ) : null}
      {exchange.state === "stopped" ? <p className="cw-small cw-muted">Stopped.</p> : null}
      {exchange.state === "failed" && exchange.error ? (
        <p className="cw-small cw-danger" data-testid="qa-error">
          {describeError(exchange.error).title}. {describeError(exchange.error).action}
        </p>
      ) : null}
      {exchange.state === "done" ? <p className="cw-small cw-muted">{exchange.basis}</p> : null}
    </article>
  )
}
