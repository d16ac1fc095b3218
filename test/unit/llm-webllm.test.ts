import {
  ExtensionServiceWorkerMLCEngine,
  MLCEngine,
  type ChatCompletionRequestStreaming,
  type InitProgressReport
} from "@mlc-ai/web-llm"
import { describe, expect, it } from "vitest"

import { ModelError, type ChatMessage, type LoadProgress, type Validator } from "~src/llm/language-model"
import {
  WebLLMModel,
  inPageEngine,
  serviceWorkerEngine,
  type ChunkLike,
  type EngineConfig,
  type EngineLike
} from "~src/llm/webllm-model"
import { webllmProgress } from "~src/llm/webllm-progress"

/**
 * Stands in for MLCEngine at the one boundary these tests cannot cross (no weights, no GPU): the
 * subset WebLLMModel uses, replaying WebLLM's own progress texts and streaming chunks.
 */
class FakeEngine implements EngineLike {
  progress?: (report: InitProgressReport) => void
  reloads: string[] = []
  requests: ChatCompletionRequestStreaming[] = []
  interrupts = 0
  unloads = 0
  reloadError: unknown = null
  /** Replies, one per request; a reply is its chunks. */
  replies: string[][] = [["Hel", "lo", " there"]]
  /** Stop before this chunk index until interrupted (to cancel mid-stream). */
  holdAt = -1
  private release: () => void = () => {}
  private interrupted = false

  reports: InitProgressReport[] = [
    { progress: 0, timeElapsed: 0, text: "Start to fetch params" },
    { progress: 0.5, timeElapsed: 1, text: "Fetching param cache[2/4]: 500MB fetched. 50% completed, 1 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster." },
    { progress: 1, timeElapsed: 2, text: "Fetching param cache[4/4]: 1000MB fetched. 100% completed, 2 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster." },
    { progress: 0.5, timeElapsed: 3, text: "Loading model from cache[2/4]: 500MB loaded. 50% completed, 3 secs elapsed." },
    { progress: 0.5, timeElapsed: 4, text: "Loading GPU shader modules[40/80]: 50% completed, 4 secs elapsed." },
    { progress: 1, timeElapsed: 5, text: "Finish loading on WebGPU - swiftshader" }
  ]

  setInitProgressCallback(callback: (report: InitProgressReport) => void): void {
    this.progress = callback
  }

  async reload(modelId: string): Promise<void> {
    this.reloads.push(modelId)
    if (this.reloadError) throw this.reloadError
    for (const report of this.reports) this.progress?.(report)
  }

  chat = {
    completions: {
      create: async (request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChunkLike>> => {
        this.requests.push(request)
        this.interrupted = false
        return this.stream(this.replies[this.requests.length - 1] ?? this.replies.at(-1) ?? [])
      }
    }
  }

  interruptGenerate(): void {
    this.interrupts++
    this.interrupted = true
    this.release()
  }

  async unload(): Promise<void> {
    this.unloads++
  }

  private async *stream(chunks: string[]): AsyncGenerator<ChunkLike> {
    for (const [index, content] of chunks.entries()) {
      if (index === this.holdAt) await new Promise<void>((resolve) => (this.release = resolve))
      if (this.interrupted) return // WebLLM ends the stream after interruptGenerate()
      yield { choices: [{ delta: { content } }] }
    }
  }
}

function setup(options: { mirrorBaseUrl?: string } = {}) {
  const engine = new FakeEngine()
  const configs: EngineConfig[] = []
  const model = new WebLLMModel({
    ...options,
    createEngine: (config) => {
      configs.push(config)
      engine.setInitProgressCallback(config.initProgressCallback ?? (() => {}))
      return engine
    }
  })
  return { engine, configs, model }
}

const QWEN25 = "Qwen2.5-1.5B-Instruct-q4f16_1-MLC"
const QWEN3 = "Qwen3-1.7B-q4f16_1-MLC"
const ask: ChatMessage[] = [{ role: "user", content: "Is this kettle quiet?" }]

describe("WebLLM load progress", () => {
  it("folds WebLLM's phases into one growing fraction with bytes and plain words", () => {
    const seen: LoadProgress[] = []
    const listen = webllmProgress((p) => seen.push(p))
    for (const report of new FakeEngine().reports) listen(report)
    const fractions = seen.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect(seen.map((p) => p.phase)).toEqual(["download", "download", "download", "load", "compile", "ready"])
    expect(seen[1]).toMatchObject({ bytesLoaded: 500 * 2 ** 20, bytesTotal: 1000 * 2 ** 20, text: "Downloading the model: 500 of about 1000 MB" })
    expect(seen[4]?.text).toBe("Preparing the graphics card: 50%")
    expect(seen[5]?.detail).toBe("Finish loading on WebGPU - swiftshader")
  })

  it("gives loading from the cache most of the bar when nothing is downloaded", () => {
    const seen: LoadProgress[] = []
    const listen = webllmProgress((p) => seen.push(p))
    listen({ progress: 0, timeElapsed: 0, text: "Start to fetch params" })
    listen({ progress: 0.5, timeElapsed: 1, text: "Loading model from cache[2/4]: 500MB loaded. 50% completed, 1 secs elapsed." })
    expect(seen[1]).toMatchObject({ phase: "load", fraction: 0.4, text: "Loading the model from this computer: 50%" })
  })
})

describe("WebLLMModel over a fake engine", () => {
  it("creates the engine once with the curated app config, then reloads with progress", async () => {
    const { engine, configs, model } = setup()
    const seen: LoadProgress[] = []
    await model.load(QWEN25, (p) => seen.push(p))
    expect(configs).toHaveLength(1)
    expect(configs[0]?.appConfig?.model_list.map((r) => r.model_id)).toContain(QWEN25)
    expect(engine.reloads).toEqual([QWEN25])
    expect(seen.at(-1)).toMatchObject({ fraction: 1, phase: "ready" })
    expect(model.contextWindow()).toBe(4096)
    await model.load(QWEN3)
    expect(configs).toHaveLength(1)
    expect(engine.reloads).toEqual([QWEN25, QWEN3])
  })

  it("honours a custom model mirror", async () => {
    const { configs, model } = setup({ mirrorBaseUrl: "https://mirror.example.org/llm" })
    await model.load(QWEN25)
    const record = configs[0]?.appConfig?.model_list.find((r) => r.model_id === QWEN25)
    expect(record?.model).toBe(`https://mirror.example.org/llm/mlc-ai/${QWEN25}`)
    expect(record?.model_lib).toMatch(/^https:\/\/mirror\.example\.org\/llm\/mlc-ai\/binary-mlc-llm-libs\//)
  })

  it("turns a reload without network into the offline state", async () => {
    const { engine, model } = setup()
    engine.reloadError = new TypeError("Failed to fetch")
    const failure = await model.load(QWEN25).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ModelError)
    expect(failure).toMatchObject({ kind: "offline" })
    // Through the service-worker client the same failure arrives as a string.
    engine.reloadError = "TypeError: Failed to fetch"
    await expect(model.load(QWEN25)).rejects.toMatchObject({ kind: "offline" })
    await expect(model.chat(ask)).rejects.toMatchObject({ kind: "not-loaded" })
  })

  it("builds a new engine after the GPU device was lost", async () => {
    const engines = [new FakeEngine(), new FakeEngine()]
    const configs: EngineConfig[] = []
    const model = new WebLLMModel({ createEngine: (config) => (configs.push(config), engines[configs.length - 1] as FakeEngine) })
    if (engines[0]) engines[0].reloadError = "DeviceLostError: The WebGPU device was lost while loading the model."
    await expect(model.load(QWEN25)).rejects.toMatchObject({ kind: "device-lost" })
    await model.load("Qwen2.5-0.5B-Instruct-q4f16_1-MLC")
    expect(configs).toHaveLength(2)
    expect(engines[1]?.reloads).toEqual(["Qwen2.5-0.5B-Instruct-q4f16_1-MLC"])
    configs[0]?.onDisconnect?.() // the old engine going away leaves the new one alone
    expect(model.contextWindow()).toBe(4096)
  })

  it("refuses a model it does not offer, before touching the engine", async () => {
    const { configs, model } = setup()
    await expect(model.load("Llama-3.1-8B-Instruct-q4f16_1-MLC")).rejects.toBeInstanceOf(ModelError)
    expect(configs).toHaveLength(0)
  })

  it("streams tokens in order and resolves to the whole text", async () => {
    const { engine, model } = setup()
    await model.load(QWEN25)
    const tokens: string[] = []
    await expect(model.chat(ask, { onToken: (t) => tokens.push(t), maxTokens: 64, temperature: 0.2 })).resolves.toBe("Hello there")
    expect(tokens).toEqual(["Hel", "lo", " there"])
    expect(engine.requests[0]).toEqual({ stream: true, messages: ask, max_tokens: 64, temperature: 0.2 })
  })

  it("turns thinking off for Qwen3", async () => {
    const { engine, model } = setup()
    await model.load(QWEN3)
    await model.chat(ask)
    expect(engine.requests[0]?.extra_body).toEqual({ enable_thinking: false })
  })

  it("asks for JSON with the schema and retries once on invalid output", async () => {
    const { engine, model } = setup()
    engine.replies = [["{\"verdict\":", "\"maybe\"}"], ["{\"verdict\":\"quiet\"}"]]
    await model.load(QWEN3)
    const schema = { type: "object", properties: { verdict: { enum: ["quiet", "loud"] } }, required: ["verdict"] }
    const validate: Validator<{ verdict: string }> = (value) => {
      const verdict = (value as { verdict?: unknown }).verdict
      return verdict === "quiet" || verdict === "loud" ? { ok: true, value: { verdict } } : { ok: false, reasons: ["verdict must be quiet or loud"] }
    }
    await expect(model.structured(ask, schema, validate)).resolves.toEqual({ verdict: "quiet" })
    expect(engine.requests).toHaveLength(2)
    for (const request of engine.requests) {
      expect(request.response_format).toEqual({ type: "json_object", schema: JSON.stringify(schema) })
      expect(request.extra_body).toEqual({ enable_thinking: false })
    }
    expect(engine.requests[1]?.messages.at(-1)?.content).toContain("verdict must be quiet or loud")
  })

  it("cancel() interrupts generation and rejects with cancelled at once", async () => {
    const { engine, model } = setup()
    engine.replies = [["one", " two", " three"]]
    engine.holdAt = 2
    await model.load(QWEN25)
    const tokens: string[] = []
    const reply = model.chat(ask, {
      onToken: (t) => {
        tokens.push(t)
        if (tokens.length === 2) model.cancel()
      }
    })
    await expect(reply).rejects.toMatchObject({ kind: "cancelled" })
    expect(engine.interrupts).toBe(1)
    expect(tokens).toEqual(["one", " two"])
  })

  it("an aborted signal interrupts generation too", async () => {
    const { engine, model } = setup()
    engine.holdAt = 1
    await model.load(QWEN25)
    const controller = new AbortController()
    const reply = model.chat(ask, { signal: controller.signal, onToken: () => controller.abort() })
    await expect(reply).rejects.toMatchObject({ kind: "cancelled" })
    expect(engine.interrupts).toBe(1)
  })

  it("refuses a prompt over the context window before sending it", async () => {
    const { engine, model } = setup()
    await model.load(QWEN25)
    const review = "The kettle boils quickly and the handle stays cool, but the lid is stiff. "
    const long: ChatMessage[] = [{ role: "user", content: review.repeat(200) }]
    await expect(model.chat(long)).rejects.toMatchObject({ kind: "context-overflow", tokens: { available: 4096 } })
    // Fits alone, but not with room for a 2,000-token reply.
    const medium: ChatMessage[] = [{ role: "user", content: review.repeat(100) }]
    await expect(model.chat(medium, { maxTokens: 64 })).resolves.toBeTypeOf("string")
    await expect(model.chat(medium, { maxTokens: 2000 })).rejects.toMatchObject({ kind: "context-overflow" })
    expect(engine.requests).toHaveLength(1)
  })

  it("classifies errors from the stream", async () => {
    const { engine, model } = setup()
    await model.load(QWEN25)
    engine.chat.completions.create = async () => {
      throw "DeviceLostError: The WebGPU device was lost while loading the model."
    }
    await expect(model.chat(ask)).rejects.toMatchObject({ kind: "device-lost" })
  })

  it("unloads, and a load stopped by unload() is cancelled", async () => {
    const { engine, model } = setup()
    let finishReload: () => void = () => {}
    engine.reload = async (id: string) => {
      engine.reloads.push(id)
      await new Promise<void>((resolve) => (finishReload = resolve))
    }
    const loading = model.load(QWEN25)
    await Promise.resolve()
    await model.unload()
    finishReload() // WebLLM's reload() returns quietly when unload() aborts it
    await expect(loading).rejects.toMatchObject({ kind: "cancelled" })
    expect(engine.unloads).toBe(1)
    expect(model.contextWindow()).toBeNull()
  })

  it("forgets the engine when the service worker disconnects", async () => {
    const { configs, model } = setup()
    await model.load(QWEN25)
    configs[0]?.onDisconnect?.()
    expect(model.contextWindow()).toBeNull()
    await expect(model.chat(ask)).rejects.toMatchObject({ kind: "not-loaded" })
    await model.load(QWEN25)
    expect(configs).toHaveLength(2)
  })

  it("counts tokens with the estimate", () => {
    expect(setup().model.countTokens("great")).toBe(2)
  })
})

describe("the default factories build WebLLM's real engines (nothing is loaded)", () => {
  it("in the page: an MLCEngine", () => {
    expect(inPageEngine({})).toBeInstanceOf(MLCEngine)
  })

  it("through the service worker: a client on WebLLM's port, passing on the config and disconnects", () => {
    const names: string[] = []
    const posted: string[] = []
    const onDisconnect: (() => void)[] = []
    const port = {
      postMessage: (message: { kind: string }) => posted.push(message.kind),
      onMessage: { addListener: () => {} },
      onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) }
    }
    const global = globalThis as { chrome?: unknown }
    global.chrome = { runtime: { connect: ({ name }: { name: string }) => (names.push(name), port) } }
    try {
      let gone = 0
      const engine = serviceWorkerEngine(60_000)({ appConfig: { model_list: [] }, onDisconnect: () => gone++ })
      expect(engine).toBeInstanceOf(ExtensionServiceWorkerMLCEngine)
      expect(names).toEqual(["web_llm_service_worker"])
      expect(posted).toContain("setAppConfig") // a mirror's app config reaches the engine host
      for (const listener of onDisconnect) listener() // also stops WebLLM's keep-alive timer
      expect(gone).toBe(1)
    } finally {
      delete global.chrome
    }
  })
})
