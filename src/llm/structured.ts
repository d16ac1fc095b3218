import { ModelError, type ChatMessage, type Validation, type Validator } from "./language-model"

/** One attempt at generating text for the given messages (JSON-constrained where the engine can). */
export type Complete = (messages: ChatMessage[], attempt: number) => Promise<string>

/** How much of a wrong answer is shown back to the model: enough to correct, not to flood the context. */
const ECHO_LIMIT = 1500
const REASON_LIMIT = 5

/**
 * Reads a JSON value from model text: bare JSON, a ```json fenced block (small models add them even
 * when told not to), or the outermost {…} of a reply with prose around it.
 */
export function parseModelJson(text: string): Validation<unknown> {
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(text)
  const candidates = [text.trim(), fenced?.[1]?.trim(), outerObject(text)]
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown }
    } catch {
      // try the next reading
    }
  }
  return { ok: false, reasons: [text.trim() ? "The reply is not valid JSON." : "The reply is empty."] }
}

function outerObject(text: string): string | undefined {
  const start = text.indexOf("{")
  const end = text.lastIndexOf("}")
  return start >= 0 && end > start ? text.slice(start, end + 1) : undefined
}

function check<T>(text: string, validate: Validator<T>): Validation<T> {
  const parsed = parseModelJson(text)
  return parsed.ok ? validate(parsed.value) : parsed
}

/**
 * Runs a structured request: parse and validate; on failure ask once more with the reasons, then
 * give up with `invalid-output` carrying the validator's reasons. Other errors (cancelled, context
 * overflow, device lost) pass through untouched: retrying would not help them.
 */
export async function runStructured<T>(
  messages: ChatMessage[],
  validate: Validator<T>,
  complete: Complete,
  onAttempt?: (attempt: number) => void
): Promise<T> {
  onAttempt?.(1)
  const first = await complete(messages, 1)
  const firstResult = check(first, validate)
  if (firstResult.ok) return firstResult.value
  const retry: ChatMessage[] = [
    ...messages,
    { role: "assistant", content: first.length > ECHO_LIMIT ? `${first.slice(0, ECHO_LIMIT)}…` : first },
    { role: "user", content: correction(firstResult.reasons) }
  ]
  onAttempt?.(2)
  const second = await complete(retry, 2)
  const secondResult = check(second, validate)
  if (secondResult.ok) return secondResult.value
  throw new ModelError("invalid-output", `The model's reply did not match the schema twice: ${secondResult.reasons.join("; ")}`, {
    reasons: secondResult.reasons
  })
}

export function correction(reasons: readonly string[]): string {
  const listed = reasons.slice(0, REASON_LIMIT).map((reason) => `- ${reason}`).join("\n")
  return `That reply was not valid:\n${listed}\nReply again with only one JSON object that follows the schema, and nothing else.`
}
