import {
  MODEL_PORT,
  parseHostMessage,
  type CacheReport,
  type ClientMessage,
  type GenerateRequest,
  type HostError,
  type HostMessage,
  type HostStatus,
  type PortLike
} from "./host-protocol"
import {
  ModelError,
  type ChatMessage,
  type ChatOptions,
  type JsonSchema,
  type LanguageModel,
  type ProgressListener,
  type Validator
} from "./language-model"
import { modelInfo } from "./model-table"
import { estimateTokens } from "./tokens"

export { MODEL_PORT }

export type Connection = "connecting" | "connected" | "reconnecting" | "lost"

export interface ClientState {
  connection: Connection
  /** The host's last report; null until the first one arrives. */
  host: HostStatus | null
}

export interface EngineClientOptions {
  /** Makes sure the host exists and opens a port to it (see platform/chrome-model-client.ts). */
  connect(): Promise<PortLike>
  /** Waits between reconnection attempts; tests inject an immediate one. */
  sleep?: (ms: number) => Promise<void>
  /** Delays before each reconnection attempt; after the last one the host counts as lost. */
  backoffMs?: number[]
}

interface Pending {
  request: GenerateRequest
  options: ChatOptions
  resolve(text: string): void
  reject(error: ModelError): void
  /** Something streamed: a resend after reconnecting must tell the caller to start over. */
  streamed: boolean
}

const DEFAULT_BACKOFF = [0, 100, 250, 500, 1000, 2000, 4000]
let nextId = 0

function modelError(error: HostError): ModelError {
  return new ModelError(error.kind, error.message, {
    ...(error.reasons ? { reasons: error.reasons } : {}),
    ...(error.tokens ? { tokens: error.tokens } : {})
  })
}

/**
 * A LanguageModel that talks to the engine host over a port. When the port drops (the host's
 * document was closed, the extension reloaded) it says "reconnecting", opens a new one, reloads the
 * model the caller had loaded (from the browser's cache, no new download) and sends the unfinished
 * requests again; callers see onRestart, then a fresh stream. If the host cannot be reached after
 * the backoff schedule, every waiting call fails with `host-lost` instead of hanging.
 */
export class EngineClient implements LanguageModel {
  private readonly options: EngineClientOptions
  private port: PortLike | null = null
  private state: ClientState = { connection: "connecting", host: null }
  private readonly listeners = new Set<(state: ClientState) => void>()
  private readonly pending = new Map<string, Pending>()
  private readonly cacheWaiters = new Map<string, { resolve(report: CacheReport): void; reject(error: ModelError): void }>()
  private desired: { modelId: string; mirrorBaseUrl: string | null } | null = null
  private loadWaiter: { modelId: string; sawLoading: boolean; onProgress: ProgressListener; resolve(): void; reject(e: ModelError): void } | null = null
  private hadLoaded: { modelId: string; mirrorBaseUrl: string | null } | null = null
  private opening: Promise<void> | null = null
  private closed = false
  mirrorBaseUrl: string | null = null

  constructor(options: EngineClientOptions) {
    this.options = options
  }

  subscribe(listener: (state: ClientState) => void): () => void {
    this.listeners.add(listener)
    listener(this.state)
    void this.ensureOpen().catch(() => undefined)
    return () => this.listeners.delete(listener)
  }

  current(): ClientState {
    return this.state
  }

  async load(modelId: string, onProgress: ProgressListener = () => {}): Promise<void> {
    this.desired = { modelId, mirrorBaseUrl: this.mirrorBaseUrl }
    this.loadWaiter?.reject(new ModelError("cancelled", "Another model was asked for"))
    const done = new Promise<void>((resolve, reject) => {
      this.loadWaiter = { modelId, sawLoading: false, onProgress, resolve, reject }
    })
    // A host that cannot be reached rejects `done` too (failAll); the caller gets one rejection.
    done.catch(() => undefined)
    await this.ensureOpen()
    this.post({ type: "load", modelId, mirrorBaseUrl: this.mirrorBaseUrl })
    return done
  }

  chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<string> {
    return this.request(messages, options)
  }

  async structured<T>(messages: ChatMessage[], schema: JsonSchema, validate: Validator<T>, options: ChatOptions = {}): Promise<T> {
    // The host constrains, parses, checks the schema and retries once; this checks the caller's rules.
    const text = await this.request(messages, options, schema)
    const checked = validate(JSON.parse(text) as unknown)
    if (checked.ok) return checked.value
    throw new ModelError("invalid-output", `The model's reply did not pass the checks: ${checked.reasons.join("; ")}`, {
      reasons: checked.reasons
    })
  }

  cancel(): void {
    for (const id of [...this.pending.keys()]) this.stop(id)
  }

  async unload(): Promise<void> {
    this.desired = null
    this.cancel()
    this.loadWaiter?.reject(new ModelError("cancelled", "The load was stopped"))
    this.loadWaiter = null
    // A page that has not talked to the host yet can still stop a load another page started.
    await this.ensureOpen().catch(() => undefined)
    this.post({ type: "unload" })
  }

  countTokens(text: string): number {
    return estimateTokens(text)
  }

  contextWindow(): number | null {
    const host = this.state.host
    if (host?.engine !== "ready" || !host.modelId) return null
    return modelInfo(host.modelId)?.contextWindow ?? 4096
  }

  /** What this device holds of these models (in the cache of the current mirror). */
  cacheReport(modelIds: string[]): Promise<CacheReport> {
    return this.storageRequest((requestId) => ({ type: "cache", requestId, modelIds, mirrorBaseUrl: this.mirrorBaseUrl }))
  }

  /** Deletes a model's files; resolves with the report after, rejects when deleting failed. */
  deleteModel(modelId: string): Promise<CacheReport> {
    if (this.desired?.modelId === modelId) this.desired = null
    if (this.hadLoaded?.modelId === modelId) this.hadLoaded = null
    return this.storageRequest((requestId) => ({ type: "delete", requestId, modelId, mirrorBaseUrl: this.mirrorBaseUrl }))
  }

  /** Closes the port for good (the page is going away); the host cancels this client's requests. */
  close(): void {
    this.closed = true
    this.port?.disconnect()
    this.port = null
  }

  private async storageRequest(message: (requestId: string) => ClientMessage): Promise<CacheReport> {
    await this.ensureOpen()
    const requestId = `c${++nextId}-${Date.now().toString(36)}`
    const report = new Promise<CacheReport>((resolve, reject) => this.cacheWaiters.set(requestId, { resolve, reject }))
    this.post(message(requestId))
    return report
  }

  private async request(messages: ChatMessage[], options: ChatOptions, schema?: JsonSchema): Promise<string> {
    const stopped = () => new ModelError("cancelled", "The answer was stopped")
    if (options.signal?.aborted) throw stopped()
    await this.ensureOpen()
    // The caller may have stopped while the host was being reached.
    if (options.signal?.aborted) throw stopped()
    const request: GenerateRequest = { type: "generate", id: `r${++nextId}-${Date.now().toString(36)}`, messages, priority: options.priority ?? "user" }
    if (options.maxTokens !== undefined) request.maxTokens = options.maxTokens
    if (options.temperature !== undefined) request.temperature = options.temperature
    if (schema) request.schema = schema
    const signal = options.signal
    const onAbort = () => this.stop(request.id)
    return new Promise<string>((resolve, reject) => {
      // The abort listener goes with the request, so a long-lived signal does not collect them.
      const settle = () => signal?.removeEventListener("abort", onAbort)
      this.pending.set(request.id, {
        request,
        options,
        resolve: (text) => (settle(), resolve(text)),
        reject: (error) => (settle(), reject(error)),
        streamed: false
      })
      signal?.addEventListener("abort", onAbort, { once: true })
      this.post(request)
    })
  }

  private stop(id: string): void {
    const job = this.pending.get(id)
    if (!job) return
    this.pending.delete(id)
    job.reject(new ModelError("cancelled", "The answer was stopped"))
    if (this.port) this.post({ type: "cancel", id })
  }

  private ensureOpen(): Promise<void> {
    if (this.closed) return Promise.reject(new ModelError("host-lost", "This client was closed"))
    if (this.port && this.state.connection === "connected") return Promise.resolve()
    this.opening ??= this.open().finally(() => {
      this.opening = null
    })
    return this.opening
  }

  /** Tries the backoff schedule; a port counts as open once the host's first status arrives. */
  private async open(): Promise<void> {
    const schedule = this.options.backoffMs ?? DEFAULT_BACKOFF
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
    for (const delay of schedule) {
      if (delay > 0) await sleep(delay)
      if (this.closed) break
      try {
        const port = await this.options.connect()
        if (await this.handshake(port)) return
      } catch {
        // The host could not be started this time; try again after the next delay.
      }
    }
    this.setState({ connection: "lost" })
    this.failAll(new ModelError("host-lost", "The model host could not be reached"))
    throw new ModelError("host-lost", "The model host could not be reached")
  }

  private handshake(port: PortLike): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let settled = false
      port.onMessage.addListener((raw) => {
        const message = parseHostMessage(raw)
        if (!message) return
        if (!settled && message.type === "status") {
          settled = true
          this.port = port
          this.setState({ connection: "connected", host: message.status })
          this.resume()
          resolve(true)
        }
        if (this.port === port) this.receive(message)
      })
      port.onDisconnect.addListener(() => {
        if (!settled) {
          settled = true
          resolve(false)
        } else if (this.port === port) this.lost()
      })
    })
  }

  /**
   * After (re)connecting: load what was loaded before (this client's choice, else the model the
   * lost host had, which another page may have loaded), then send what never finished.
   */
  private resume(): void {
    const want = this.desired ?? this.hadLoaded
    if (want && this.state.host?.modelId !== want.modelId) this.post({ type: "load", ...want })
    for (const job of this.pending.values()) {
      if (job.streamed) job.options.onRestart?.()
      job.streamed = false
      this.post(job.request)
    }
  }

  private lost(): void {
    this.port = null
    // Storage answers do not survive the host; the caller asks again once it is back.
    const gone = new ModelError("host-lost", "The model host went away before answering")
    for (const waiter of this.cacheWaiters.values()) waiter.reject(gone)
    this.cacheWaiters.clear()
    if (this.closed) return
    this.setState({ connection: "reconnecting" })
    void this.ensureOpen().catch(() => undefined)
  }

  private receive(message: HostMessage): void {
    switch (message.type) {
      case "status":
        if (message.status.engine === "ready" && message.status.modelId) {
          this.hadLoaded = { modelId: message.status.modelId, mirrorBaseUrl: message.status.mirrorBaseUrl }
        } else if (message.status.engine === "idle") this.hadLoaded = null
        this.setState({ host: message.status })
        this.followLoad(message.status)
        return
      case "token": {
        const job = this.pending.get(message.id)
        if (!job) return
        job.streamed = true
        job.options.onToken?.(message.text)
        return
      }
      case "restart": {
        const job = this.pending.get(message.id)
        if (job?.streamed) job.options.onRestart?.()
        if (job) job.streamed = false
        return
      }
      case "done": {
        const job = this.pending.get(message.id)
        this.pending.delete(message.id)
        job?.resolve(message.text)
        return
      }
      case "failed": {
        const job = this.pending.get(message.id)
        this.pending.delete(message.id)
        job?.reject(modelError(message.error))
        return
      }
      case "cache": {
        const waiter = this.cacheWaiters.get(message.requestId)
        this.cacheWaiters.delete(message.requestId)
        if (message.error) waiter?.reject(modelError(message.error))
        else waiter?.resolve(message.report)
        return
      }
      default:
        return
    }
  }

  private followLoad(status: HostStatus): void {
    const waiter = this.loadWaiter
    if (!waiter) return
    if (status.modelId !== waiter.modelId || status.engine === "idle") {
      // Once our load began, the host moving to another model (another page asked for it) or to
      // idle (a Stop elsewhere) ends this load: the caller hears so, and a reconnect will not
      // bring the old choice back over the newer one.
      if (waiter.sawLoading) {
        this.loadWaiter = null
        if (this.desired?.modelId === waiter.modelId) this.desired = null
        waiter.reject(new ModelError("cancelled", "The model load was stopped or replaced"))
      }
      return
    }
    if (status.engine === "loading") {
      waiter.sawLoading = true
      if (status.progress) waiter.onProgress(status.progress)
    } else if (status.engine === "ready") {
      this.loadWaiter = null
      waiter.resolve()
    } else if (status.engine === "failed" && waiter.sawLoading && status.error) {
      this.loadWaiter = null
      waiter.reject(modelError(status.error))
    }
  }

  private failAll(error: ModelError): void {
    for (const job of this.pending.values()) job.reject(error)
    this.pending.clear()
    for (const waiter of this.cacheWaiters.values()) waiter.reject(error)
    this.cacheWaiters.clear()
    this.loadWaiter?.reject(error)
    this.loadWaiter = null
  }

  private post(message: unknown): void {
    try {
      this.port?.postMessage(message)
    } catch {
      // Closed under us; onDisconnect starts the reconnection.
    }
  }

  private setState(change: Partial<ClientState>): void {
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener(this.state)
  }
}
