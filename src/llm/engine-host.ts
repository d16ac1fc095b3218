import { classifyError } from "./errors"
import {
  parseClientMessage,
  type CacheReport,
  type ClientMessage,
  type GenerateRequest,
  type GpuSummary,
  type HostError,
  type HostMessage,
  type HostStatus,
  type PortLike
} from "./host-protocol"
import { schemaValidator } from "./json-schema"
import type { LanguageModel, LoadProgress } from "./language-model"

/** Where a model's files live (WebLLM's caches in the browser); the host only asks and deletes. */
export interface ModelStorage {
  report(modelIds: string[], mirrorBaseUrl: string | null): Promise<CacheReport>
  remove(modelId: string, mirrorBaseUrl: string | null): Promise<void>
}

export interface EngineHostOptions {
  /** A fresh, unloaded model for `modelId` served from `mirrorBaseUrl` (null: the model's own host). */
  modelFor(modelId: string, mirrorBaseUrl: string | null): LanguageModel
  /** Refusals before anything is downloaded (no shader-f16, no room): an error, or null to go on. */
  preflight?(modelId: string, mirrorBaseUrl: string | null): Promise<HostError | null>
  storage?: ModelStorage
  detectGpu?(): Promise<GpuSummary | null>
  testBuild?: boolean
}

interface Job {
  request: GenerateRequest
  port: PortLike
  controller: AbortController | null
  /** Stopped to let a user's request go first; it runs again from the start. */
  preempted: boolean
}

export function hostError(error: unknown): HostError {
  const classified = classifyError(error)
  const out: HostError = { kind: classified.kind, message: classified.message }
  if (classified.reasons.length > 0) out.reasons = classified.reasons
  if (classified.tokens) out.tokens = classified.tokens
  return out
}

/**
 * The one place a model runs. Any number of clients connect; they share one loaded model, and
 * generations run one at a time in priority order (user before background, then arrival). A
 * client that goes away (popup closed, tab left) has its requests cancelled through the model's
 * AbortSignal, which WebLLM turns into interruptGenerate().
 */
export class EngineHost {
  private readonly options: EngineHostOptions
  private readonly ports = new Set<PortLike>()
  private readonly queue: Job[] = []
  private running: Job | null = null
  private model: LanguageModel | null = null
  private loadEpoch = 0
  private loading: Promise<void> | null = null
  /** The delete in progress, if any (settled, never rejecting). */
  private removing: Promise<void> | null = null
  private status: HostStatus

  constructor(options: EngineHostOptions) {
    this.options = options
    this.status = { engine: "idle", modelId: null, mirrorBaseUrl: null, progress: null, error: null, queued: 0, generating: false, testBuild: options.testBuild ?? false }
    if (options.detectGpu) {
      options.detectGpu().then(
        (gpu) => this.update({ gpu }),
        () => this.update({ gpu: null })
      )
    }
  }

  /** Takes a connected port (already checked to come from an extension page). */
  connect(port: PortLike): void {
    this.ports.add(port)
    port.onMessage.addListener((raw) => {
      const message = parseClientMessage(raw)
      if (message) void this.handle(message, port).catch(() => undefined)
    })
    port.onDisconnect.addListener(() => {
      this.ports.delete(port)
      this.cancelWhere((job) => job.port === port, false)
    })
    this.send(port, { type: "status", status: this.snapshot() })
  }

  /** The current state, for tests and diagnostics. */
  snapshot(): HostStatus {
    return { ...this.status, queued: this.queue.length, generating: this.running !== null }
  }

  private async handle(message: ClientMessage, port: PortLike): Promise<void> {
    switch (message.type) {
      case "load":
        return this.load(message.modelId, message.mirrorBaseUrl)
      case "generate":
        return this.enqueue({ request: message, port, controller: null, preempted: false })
      case "cancel":
        return this.cancelWhere((job) => job.port === port && job.request.id === message.id, true)
      case "unload":
        return this.unload()
      case "cache":
        return this.report(port, message.requestId, message.modelIds, message.mirrorBaseUrl)
      case "delete":
        return this.remove(port, message.requestId, message.modelId, message.mirrorBaseUrl)
    }
  }

  private async load(modelId: string, mirrorBaseUrl: string | null): Promise<void> {
    const same = this.status.modelId === modelId && this.status.mirrorBaseUrl === mirrorBaseUrl
    if (same && (this.status.engine === "ready" || this.status.engine === "loading")) {
      this.broadcastStatus()
      return this.loading ?? undefined
    }
    const epoch = ++this.loadEpoch
    this.abortRunning()
    const previous = this.model
    this.model = null
    this.update({ engine: "loading", modelId, mirrorBaseUrl, progress: null, error: null })
    const run = (async () => {
      await previous?.unload().catch(() => undefined)
      // Anything that throws on the way (preflight, building the model, loading) ends in the
      // failed state with its reason: never a "loading" that no longer moves.
      try {
        await this.removing
        if (epoch !== this.loadEpoch) return
        const refusal = (await this.options.preflight?.(modelId, mirrorBaseUrl)) ?? null
        if (epoch !== this.loadEpoch) return
        if (refusal) return this.loadFailed(refusal)
        const model = this.options.modelFor(modelId, mirrorBaseUrl)
        this.model = model
        await model.load(modelId, (progress: LoadProgress) => {
          if (epoch === this.loadEpoch) this.update({ progress })
        })
      } catch (error) {
        if (epoch === this.loadEpoch) this.loadFailed(hostError(error))
        return
      }
      if (epoch !== this.loadEpoch) return
      this.update({ engine: "ready", error: null })
      this.pump()
    })()
    this.loading = run
    try {
      await run
    } finally {
      if (this.loading === run) this.loading = null
    }
  }

  /**
   * The model cannot serve (its load failed, or the GPU device was lost mid-answer): its GPU memory
   * is released, requests waiting for it fail with the same reason, and the next load starts fresh.
   */
  private loadFailed(error: HostError): void {
    const model = this.model
    this.model = null
    void model?.unload().catch(() => undefined)
    this.update({ engine: "failed", error, progress: null })
    for (const job of this.queue.splice(0)) this.send(job.port, { type: "failed", id: job.request.id, error })
    this.broadcastStatus()
  }

  private async unload(): Promise<void> {
    this.loadEpoch++
    this.cancelWhere(() => true, true)
    const model = this.model
    this.model = null
    this.update({ engine: "idle", modelId: null, progress: null, error: null })
    await model?.unload().catch(() => undefined)
  }

  private enqueue(job: Job): void {
    if (this.status.engine !== "ready" && this.status.engine !== "loading") {
      const error: HostError = { kind: "not-loaded", message: "No model is loaded" }
      this.send(job.port, { type: "failed", id: job.request.id, error })
      return
    }
    const user = job.request.priority === "user"
    const at = user ? this.queue.findIndex((waiting) => waiting.request.priority === "background") : -1
    if (at >= 0) this.queue.splice(at, 0, job)
    else this.queue.push(job)
    this.send(job.port, { type: "queued", id: job.request.id, position: this.queue.indexOf(job) + (this.running ? 1 : 0) })
    if (user && this.running?.request.priority === "background") {
      this.running.preempted = true
      this.running.controller?.abort()
    }
    this.broadcastStatus()
    this.pump()
  }

  private pump(): void {
    const model = this.model
    if (this.running || this.status.engine !== "ready" || !model) return
    const job = this.queue.shift()
    if (!job) return
    this.running = job
    job.controller = new AbortController()
    this.send(job.port, { type: "started", id: job.request.id })
    this.broadcastStatus()
    void this.generate(model, job).finally(() => {
      this.running = null
      this.broadcastStatus()
      this.pump()
    })
  }

  private async generate(model: LanguageModel, job: Job): Promise<void> {
    const { request } = job
    const options = {
      signal: job.controller?.signal,
      ...(request.maxTokens === undefined ? {} : { maxTokens: request.maxTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature })
    }
    const onToken = (token: string) => this.send(job.port, { type: "token", id: request.id, text: token })
    try {
      let text: string
      if (request.schema) {
        // Structured replies stream too (the popup shows the first points early). Before the retry
        // of an invalid reply the client is told to drop what it streamed.
        const value = await model.structured(request.messages, request.schema, schemaValidator(request.schema), {
          ...options,
          onToken,
          onAttempt: (attempt) => {
            if (attempt > 1) this.send(job.port, { type: "restart", id: request.id })
          }
        })
        text = JSON.stringify(value)
      } else text = await model.chat(request.messages, { ...options, onToken })
      this.send(job.port, { type: "done", id: request.id, text })
    } catch (error) {
      if (job.preempted && this.ports.has(job.port)) {
        job.preempted = false
        job.controller = null
        this.send(job.port, { type: "restart", id: request.id })
        const firstBackground = this.queue.findIndex((waiting) => waiting.request.priority === "background")
        this.queue.splice(firstBackground < 0 ? this.queue.length : firstBackground, 0, job)
        return
      }
      const failure = hostError(error)
      this.send(job.port, { type: "failed", id: request.id, error: failure })
      // After a lost device the engine is unusable: say so, so the next request reloads.
      if ((failure.kind === "device-lost" || failure.kind === "out-of-memory") && this.model === model) this.loadFailed(failure)
    }
  }

  /** Cancels matching queued jobs (telling their clients when `tell`) and the running one if it matches. */
  private cancelWhere(matches: (job: Job) => boolean, tell: boolean): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const job = this.queue[index]
      if (!job || !matches(job)) continue
      this.queue.splice(index, 1)
      if (tell) this.send(job.port, { type: "failed", id: job.request.id, error: { kind: "cancelled", message: "The answer was stopped" } })
    }
    if (this.running && matches(this.running)) {
      this.running.preempted = false
      this.running.controller?.abort()
    }
    this.broadcastStatus()
  }

  private abortRunning(): void {
    if (!this.running) return
    this.running.preempted = false
    this.running.controller?.abort()
  }

  /** Always answers, so a client never waits forever: an empty report when storage cannot tell. */
  private async report(port: PortLike, requestId: string, modelIds: string[], mirror: string | null, error?: HostError): Promise<void> {
    let report: CacheReport = { models: [], usageBytes: null, quotaBytes: null }
    await this.removing
    try {
      if (this.options.storage) report = await this.options.storage.report(modelIds, mirror)
    } catch {
      // Storage estimates are best effort; the empty report says "unknown".
    }
    this.send(port, { type: "cache", requestId, report, ...(error ? { error } : {}) })
  }

  private async remove(port: PortLike, requestId: string, modelId: string, mirror: string | null): Promise<void> {
    let failure: HostError | undefined
    const removal = (async () => {
      await this.removing
      if (this.status.modelId === modelId) await this.unload()
      await this.options.storage?.remove(modelId, mirror)
    })()
    // Reports and loads asked for while the files go wait for it: a report read mid-delete would
    // say "cached" after the delete's own answer said "gone", and a load would refill the cache.
    const settled = removal.catch(() => undefined)
    this.removing = settled
    try {
      await removal
    } catch (error) {
      failure = hostError(error)
    } finally {
      if (this.removing === settled) this.removing = null
    }
    return this.report(port, requestId, [modelId], mirror, failure)
  }

  private update(change: Partial<HostStatus>): void {
    this.status = { ...this.status, ...change }
    this.broadcastStatus()
  }

  private broadcastStatus(): void {
    const message: HostMessage = { type: "status", status: this.snapshot() }
    for (const port of this.ports) this.send(port, message)
  }

  private send(port: PortLike, message: HostMessage): void {
    try {
      port.postMessage(message)
    } catch {
      // The port closed between the check and the send; its onDisconnect cleans up.
    }
  }
}
