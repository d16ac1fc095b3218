/**
 * The one port between Cartwise and a language model. Summaries, comparison and Q&A talk only to
 * this interface; WebLLM implements it in the browser (webllm-model.ts) and a deterministic model
 * implements it for tests and the test build (deterministic-model.ts).
 */

export type ChatRole = "system" | "user" | "assistant"

export interface ChatMessage {
  role: ChatRole
  content: string
}

/** Where a load stands. `fraction` only grows, from 0 to 1, across all of WebLLM's phases. */
export interface LoadProgress {
  fraction: number
  phase: "download" | "load" | "compile" | "ready"
  /** Bytes downloaded or read so far, when the engine says. */
  bytesLoaded?: number
  /** Size of the weights, when the engine says (derived; see webllm-progress.ts). */
  bytesTotal?: number
  /** Plain words for people. */
  text: string
  /** The engine's own wording, for diagnostics only. */
  detail?: string
}

export type ProgressListener = (progress: LoadProgress) => void

export interface ChatOptions {
  signal?: AbortSignal
  /** Called with each piece of text as it is generated, in order. */
  onToken?: (token: string) => void
  /** Most tokens to generate; also reserved in the context window before sending. */
  maxTokens?: number
  temperature?: number
  /** For engines with a queue (the engine host): a user's question goes before background work. */
  priority?: "user" | "background"
  /** The engine restarted this answer from scratch (pre-empted, or the host was rebuilt): drop what streamed so far. */
  onRestart?: () => void
  /** Structured output: called before each attempt (2 = the retry after an invalid reply). */
  onAttempt?: (attempt: number) => void
}

/** JSON Schema, as an object (WebLLM receives it as a string). */
export type JsonSchema = Record<string, unknown>

export type Validation<T> = { ok: true; value: T } | { ok: false; reasons: string[] }

/** Checks a parsed value; returns the typed value or plain reasons it is wrong. */
export type Validator<T> = (value: unknown) => Validation<T>

export interface LanguageModel {
  /** Loads (downloading if needed) a model; resolves once it can answer. */
  load(modelId: string, onProgress?: ProgressListener): Promise<void>
  /** Streams a reply through `onToken` and resolves to the whole text. */
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<string>
  /** Asks for JSON matching `schema`; parsed, validated, retried once, else `invalid-output`. */
  structured<T>(
    messages: ChatMessage[],
    schema: JsonSchema,
    validate: Validator<T>,
    options?: ChatOptions
  ): Promise<T>
  /** Stops every generation in progress; each rejects with `cancelled`. */
  cancel(): void
  /** Frees the model (and stops a load in progress). */
  unload(): Promise<void>
  /** Tokens `text` takes: an estimate (WebLLM 0.2.86 exposes no tokenizer; see tokens.ts). */
  countTokens(text: string): number
  /** Context window of the loaded model in tokens, or null when none is loaded. */
  contextWindow(): number | null
}

export type ModelErrorKind =
  | "no-webgpu"
  | "no-shader-f16"
  | "offline"
  | "quota"
  | "device-lost"
  | "out-of-memory"
  | "context-overflow"
  | "invalid-output"
  | "cancelled"
  | "not-loaded"
  | "host-lost"
  | "unknown"

export interface ModelErrorOptions {
  cause?: unknown
  /** For `invalid-output`: the validator's reasons from the last attempt. */
  reasons?: string[]
  /** For `context-overflow`: what was asked for and what fits. */
  tokens?: { needed: number; available: number }
}

/** Every failure leaving a LanguageModel is one of these; describeError(kind) words it for people. */
export class ModelError extends Error {
  readonly kind: ModelErrorKind
  readonly reasons: string[]
  readonly tokens?: { needed: number; available: number }

  constructor(kind: ModelErrorKind, message: string = kind, options: ModelErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = "ModelError"
    this.kind = kind
    this.reasons = options.reasons ?? []
    if (options.tokens) this.tokens = options.tokens
  }
}

/**
 * WebLLM rejects a system message that is not first and a conversation that does not end with the
 * user (postInitAndCheckFields in @mlc-ai/web-llm 0.2.86); both models check the same so a caller's
 * mistake shows in tests, not only in the browser.
 */
export function checkMessageOrder(messages: readonly ChatMessage[]): void {
  if (messages.length === 0) throw new ModelError("unknown", "No messages to send")
  messages.forEach((message, index) => {
    if (message.role === "system" && index !== 0) {
      throw new ModelError("unknown", "A system message must come first")
    }
  })
  if (messages[messages.length - 1]?.role !== "user") {
    throw new ModelError("unknown", "The last message must be from the user")
  }
}

/** A signal that aborts when either input does; `undefined` inputs are ignored. */
export function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined)
  return AbortSignal.any(present)
}
