import {
  ModelError,
  anySignal,
  checkMessageOrder,
  type ChatMessage,
  type ChatOptions,
  type JsonSchema,
  type LanguageModel,
  type ModelErrorKind,
  type ProgressListener,
  type Validator
} from "./language-model"
import { runStructured } from "./structured"
import { assertFitsContext, estimateTokens } from "./tokens"

/**
 * A real LanguageModel with no randomness and no weights, for unit tests and for the test build's
 * end-to-end runs (no model can be downloaded there). It must be selectable only in test builds:
 * whatever picks the implementation (the engine host, later) offers it only when the build is a test
 * build, never to users. It behaves like WebLLMModel where callers could tell: progress, streaming,
 * cancellation, the context-window check, message-order rules and structured retries.
 */

export interface StructuredRequest {
  messages: ChatMessage[]
  schema: JsonSchema
  /** 1 for the first try, 2 for the retry after invalid output. */
  attempt: number
}

export interface DeterministicModelOptions {
  /** The chat reply; default: a fixed sentence quoting the last user message. */
  reply?: (messages: ChatMessage[]) => string
  /** Raw text (or a value, serialised as JSON) for structured requests; default: exampleFor(schema). */
  respond?: (request: StructuredRequest) => unknown
  /** Waits between tokens and load steps; default setTimeout. Tests inject an immediate one. */
  sleep?: (ms: number) => Promise<void>
  tokenDelayMs?: number
  loadSteps?: number
  loadStepDelayMs?: number
  /** Size the load pretends to download, for the progress bytes. */
  loadBytes?: number
  contextWindow?: number
  /** Fail loads with this kind after `afterSteps` progress steps (default 1). */
  failLoad?: { kind: ModelErrorKind; afterSteps?: number } | null
}

const DEFAULT_MAX_TOKENS = 512

export class DeterministicModel implements LanguageModel {
  failLoad: DeterministicModelOptions["failLoad"]
  private readonly options: DeterministicModelOptions
  private loaded: string | null = null
  private epoch = 0
  private readonly active = new Set<AbortController>()

  constructor(options: DeterministicModelOptions = {}) {
    this.options = options
    this.failLoad = options.failLoad ?? null
  }

  async load(modelId: string, onProgress?: ProgressListener): Promise<void> {
    const epoch = ++this.epoch
    this.loaded = null
    const steps = Math.max(1, this.options.loadSteps ?? 4)
    const total = this.options.loadBytes ?? 100 * 2 ** 20
    for (let step = 1; step <= steps; step++) {
      await this.sleep(this.options.loadStepDelayMs ?? 0)
      if (epoch !== this.epoch) throw new ModelError("cancelled", "The load was stopped")
      if (this.failLoad && step > (this.failLoad.afterSteps ?? 1)) {
        throw new ModelError(this.failLoad.kind, `Scripted load failure: ${this.failLoad.kind}`)
      }
      const bytesLoaded = Math.round((total * step) / steps)
      const ready = step === steps
      onProgress?.({
        fraction: step / steps,
        phase: ready ? "ready" : "download",
        bytesLoaded,
        bytesTotal: total,
        text: ready ? "Ready" : `Downloading the model: ${Math.round(bytesLoaded / 2 ** 20)} of about ${Math.round(total / 2 ** 20)} MB`
      })
    }
    this.loaded = modelId
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<string> {
    this.ready(messages, options)
    const reply = this.options.reply?.(messages) ?? defaultReply(messages)
    return this.stream(reply, options)
  }

  async structured<T>(messages: ChatMessage[], schema: JsonSchema, validate: Validator<T>, options: ChatOptions = {}): Promise<T> {
    return runStructured(messages, validate, async (attemptMessages, attempt) => {
      this.ready(attemptMessages, options)
      const out = this.options.respond
        ? this.options.respond({ messages: attemptMessages, schema, attempt })
        : exampleFor(schema)
      return this.stream(typeof out === "string" ? out : JSON.stringify(out), options)
    }, options.onAttempt)
  }

  cancel(): void {
    for (const controller of this.active) controller.abort()
  }

  async unload(): Promise<void> {
    this.cancel()
    this.epoch++
    this.loaded = null
  }

  countTokens(text: string): number {
    return estimateTokens(text)
  }

  contextWindow(): number | null {
    return this.loaded ? (this.options.contextWindow ?? 4096) : null
  }

  /** The same refusals WebLLMModel makes before sending anything. */
  private ready(messages: ChatMessage[], options: ChatOptions): void {
    const window = this.contextWindow()
    if (window === null) throw new ModelError("not-loaded", "No model is loaded")
    checkMessageOrder(messages)
    assertFitsContext(messages, options.maxTokens ?? DEFAULT_MAX_TOKENS, window)
  }

  private async stream(text: string, options: ChatOptions): Promise<string> {
    const controller = new AbortController()
    this.active.add(controller)
    const signal = anySignal(options.signal, controller.signal)
    try {
      let out = ""
      for (const token of splitTokens(text).slice(0, options.maxTokens ?? DEFAULT_MAX_TOKENS)) {
        if (signal.aborted) break
        await this.sleep(this.options.tokenDelayMs ?? 0)
        if (signal.aborted) break
        options.onToken?.(token)
        out += token
      }
      if (signal.aborted) throw new ModelError("cancelled", "The answer was stopped")
      return out
    } finally {
      this.active.delete(controller)
    }
  }

  private sleep(ms: number): Promise<void> {
    return (this.options.sleep ?? ((wait) => new Promise((resolve) => setTimeout(resolve, wait))))(ms)
  }
}

/** Words with their leading space, like BPE pieces; joined they give the text back exactly. */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+/g) ?? []
}

function defaultReply(messages: ChatMessage[]): string {
  const last = messages[messages.length - 1]?.content ?? ""
  return `Deterministic answer to: ${last.slice(0, 200)}`
}

/** The smallest value a JSON schema accepts (required properties only), for a default structured reply. */
export function exampleFor(schema: unknown): unknown {
  if (!schema || typeof schema !== "object") return null
  const s = schema as Record<string, unknown>
  if ("const" in s) return s.const
  if (Array.isArray(s.enum)) return s.enum[0]
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type) {
    case "object": {
      const properties = (s.properties ?? {}) as Record<string, unknown>
      const required = Array.isArray(s.required) ? (s.required as string[]) : []
      return Object.fromEntries(required.map((key) => [key, exampleFor(properties[key])]))
    }
    case "array":
      return Array.from({ length: typeof s.minItems === "number" ? s.minItems : 0 }, () => exampleFor(s.items))
    case "string":
      return "x".repeat(typeof s.minLength === "number" ? s.minLength : 0)
    case "number":
    case "integer":
      return typeof s.minimum === "number" ? s.minimum : 0
    case "boolean":
      return false
    default:
      return null
  }
}
