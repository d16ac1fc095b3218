import {
  ExtensionServiceWorkerMLCEngine,
  MLCEngine,
  prebuiltAppConfig,
  type AppConfig,
  type ChatCompletionRequestStreaming,
  type InitProgressReport,
  type MLCEngineConfig,
  type ResponseFormat
} from "@mlc-ai/web-llm"

import { classifyError } from "./errors"
import {
  ModelError,
  anySignal,
  checkMessageOrder,
  type ChatMessage,
  type ChatOptions,
  type JsonSchema,
  type LanguageModel,
  type ProgressListener,
  type Validator
} from "./language-model"
import { MODELS, appConfigFor, modelInfo } from "./registry"
import { runStructured } from "./structured"
import { assertFitsContext, estimateTokens } from "./tokens"
import { webllmProgress } from "./webllm-progress"

/** The part of WebLLM's MLCEngineInterface used here; tests give a fake with the same shape. */
export interface EngineLike {
  reload(modelId: string): Promise<void>
  setInitProgressCallback(callback: (report: InitProgressReport) => void): void
  chat: { completions: { create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChunkLike>> } }
  interruptGenerate(): void
  unload(): Promise<void>
}

export interface ChunkLike {
  choices: { delta: { content?: string | null } }[]
}

export type EngineConfig = MLCEngineConfig & { onDisconnect?: () => void }

/**
 * Makes an engine with no model loaded. WebLLM's CreateMLCEngine and
 * CreateExtensionServiceWorkerMLCEngine are exactly `new …Engine(config)` then `reload(modelId)`
 * (lib/index.js: "Equivalent to `new webllm.MLCEngine().reload(...)`"). WebLLMModel reloads
 * itself because a failed Create… call keeps no reference to its engine: for the service-worker
 * client that is an open chrome.runtime port and a keep-alive interval nobody can stop, and no
 * engine to retry on.
 */
export type EngineFactory = (config: EngineConfig) => EngineLike

/** The engine in this page (or offscreen document) itself. */
export const inPageEngine: EngineFactory = (config) => new MLCEngine(config)

/** A client of the ExtensionServiceWorkerMLCEngineHandler hosted by the extension's service worker. */
export function serviceWorkerEngine(keepAliveMs?: number): EngineFactory {
  return (config) => new ExtensionServiceWorkerMLCEngine(config, keepAliveMs)
}

export interface WebLLMModelOptions {
  createEngine?: EngineFactory
  /** Default: the curated prebuilt records, served from `mirrorBaseUrl` when one is set. */
  appConfig?: AppConfig
  mirrorBaseUrl?: string | null
}

const DEFAULT_MAX_TOKENS = 512
/** Every prebuilt chat record sets overrides.context_window_size; this only guards custom ones. */
const FALLBACK_CONTEXT = 2048

export class WebLLMModel implements LanguageModel {
  private readonly createEngine: EngineFactory
  private readonly appConfig: AppConfig
  private engine: EngineLike | null = null
  private loaded: string | null = null
  private epoch = 0
  private readonly active = new Set<AbortController>()

  constructor(options: WebLLMModelOptions = {}) {
    this.createEngine = options.createEngine ?? inPageEngine
    const curated = new Set(MODELS.map((model) => model.id))
    this.appConfig =
      options.appConfig ??
      appConfigFor(prebuiltAppConfig.model_list.filter((record) => curated.has(record.model_id)), options.mirrorBaseUrl)
  }

  async load(modelId: string, onProgress: ProgressListener = () => {}): Promise<void> {
    const epoch = ++this.epoch
    this.loaded = null
    if (!this.appConfig.model_list.some((record) => record.model_id === modelId)) {
      throw new ModelError("unknown", `${modelId} is not one of the models Cartwise offers`)
    }
    const progress = webllmProgress(onProgress)
    try {
      if (!this.engine) {
        const engine: EngineLike = this.createEngine({
          appConfig: this.appConfig,
          initProgressCallback: progress,
          // The service worker was stopped or reloaded: the engine behind the port is gone.
          onDisconnect: () => this.engine === engine && this.forget()
        })
        this.engine = engine
      }
      this.engine.setInitProgressCallback(progress)
      await this.engine.reload(modelId)
    } catch (error) {
      throw this.failure(error)
    }
    // unload() during a reload aborts it and WebLLM's reload() then returns normally.
    if (epoch !== this.epoch) throw new ModelError("cancelled", "The load was stopped")
    this.loaded = modelId
  }

  chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<string> {
    return this.generate(messages, options)
  }

  structured<T>(messages: ChatMessage[], schema: JsonSchema, validate: Validator<T>, options: ChatOptions = {}): Promise<T> {
    const format: ResponseFormat = { type: "json_object", schema: JSON.stringify(schema) }
    return runStructured(messages, validate, (attemptMessages) => this.generate(attemptMessages, options, format), options.onAttempt)
  }

  cancel(): void {
    for (const controller of this.active) controller.abort()
  }

  async unload(): Promise<void> {
    this.cancel()
    this.epoch++
    this.loaded = null
    try {
      await this.engine?.unload()
    } catch (error) {
      throw classifyError(error)
    }
  }

  countTokens(text: string): number {
    return estimateTokens(text)
  }

  contextWindow(): number | null {
    if (!this.loaded) return null
    const record = this.appConfig.model_list.find((item) => item.model_id === this.loaded)
    return record?.overrides?.context_window_size ?? FALLBACK_CONTEXT
  }

  /**
   * After a lost device WebLLM's engine is unusable ("users should re-call CreateMLCEngine()", its
   * doc comment says), so the next load builds a new one.
   */
  private failure(error: unknown): ModelError {
    const classified = classifyError(error)
    if (classified.kind === "device-lost") this.forget()
    return classified
  }

  private forget(): void {
    this.cancel()
    this.engine = null
    this.loaded = null
  }

  private async generate(messages: ChatMessage[], options: ChatOptions, format?: ResponseFormat): Promise<string> {
    const engine = this.engine
    const modelId = this.loaded
    const window = this.contextWindow()
    if (!engine || !modelId || window === null) throw new ModelError("not-loaded", "No model is loaded")
    checkMessageOrder(messages)
    const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS
    assertFitsContext(messages, maxTokens, window)
    const request: ChatCompletionRequestStreaming = { stream: true, messages, max_tokens: maxTokens }
    if (options.temperature !== undefined) request.temperature = options.temperature
    if (format) request.response_format = format
    if (modelInfo(modelId)?.thinking ?? /^Qwen3/i.test(modelId)) request.extra_body = { enable_thinking: false }
    return this.stream(engine, request, options)
  }

  /** Streams tokens; on abort asks WebLLM to stop (interruptGenerate) and rejects at once. */
  private async stream(engine: EngineLike, request: ChatCompletionRequestStreaming, options: ChatOptions): Promise<string> {
    const controller = new AbortController()
    this.active.add(controller)
    const signal = anySignal(options.signal, controller.signal)
    const stopped = new Promise<"stopped">((resolve) => {
      if (signal.aborted) resolve("stopped")
      signal.addEventListener("abort", () => resolve("stopped"), { once: true })
    })
    const interrupt = () => engine.interruptGenerate()
    signal.addEventListener("abort", interrupt, { once: true })
    try {
      if (signal.aborted) throw new ModelError("cancelled", "The answer was stopped")
      const iterator = (await engine.chat.completions.create(request))[Symbol.asyncIterator]()
      let text = ""
      for (;;) {
        const next = await Promise.race([iterator.next(), stopped])
        if (next === "stopped") {
          iterator.return?.().catch(() => {})
          break
        }
        if (next.done) break
        const piece = next.value.choices[0]?.delta.content
        if (piece) {
          options.onToken?.(piece)
          text += piece
        }
      }
      if (signal.aborted) throw new ModelError("cancelled", "The answer was stopped")
      return text
    } catch (error) {
      throw this.failure(error)
    } finally {
      signal.removeEventListener("abort", interrupt)
      this.active.delete(controller)
    }
  }
}
