// The engine host's wiring in the offscreen document (tabs/model-host.tsx): one EngineHost, fed by
// ports from extension pages and the service worker. Ports from content scripts are refused, so
// nothing a shop page does can reach the model.

import { deleteModelAllInfoInCache, hasModelInCache, prebuiltAppConfig, type AppConfig } from "@mlc-ai/web-llm"

import { BUNDLED_LIBS_INDEX, parseBundledLibs, withBundledLibs, type BundledLibs } from "../llm/bundled-libs"
import { DeterministicModel, exampleFor, type DeterministicModelOptions, type StructuredRequest } from "../llm/deterministic-model"
import { EngineHost, type ModelStorage } from "../llm/engine-host"
import { MODEL_PORT, type CacheReport, type GpuSummary } from "../llm/host-protocol"
import type { ChatMessage, LanguageModel, ProgressListener } from "../llm/language-model"
import { preflight } from "../llm/preflight"
import { MODELS, appConfigFor, modelInfo } from "../llm/registry"
import { TEST_MODELS, TEST_MODEL_PREFIX, isTestBuild, testFailureOf } from "../llm/test-models"
import { WebLLMModel } from "../llm/webllm-model"
import { detectGpu } from "./webgpu"

const CURATED = new Set(MODELS.map((model) => model.id))

/** Libraries packaged by `npm run bundle:model-libs`; an ordinary build has none (the fetch 404s). */
let bundled: BundledLibs = {}
const bundledReady = fetch(chrome.runtime.getURL(BUNDLED_LIBS_INDEX))
  .then((response) => (response.ok ? response.json() : {}))
  .then((index: unknown) => {
    bundled = parseBundledLibs(index)
  })
  .catch(() => undefined)

function appConfig(mirror: string | null): AppConfig {
  const records = prebuiltAppConfig.model_list.filter((record) => CURATED.has(record.model_id))
  return withBundledLibs(appConfigFor(records, mirror), bundled, (path) => chrome.runtime.getURL(path))
}

function isTestModel(id: string): boolean {
  return isTestBuild() && id.startsWith(TEST_MODEL_PREFIX)
}

/**
 * The test build's stand-in for WebLLM's weight cache: a model that loaded once counts as on this
 * device (in Cache Storage, so it outlives this document as real weights do), and can be deleted.
 */
const TEST_CACHE = "cartwise-test-models"
const TEST_MODEL_BYTES = 12 * 2 ** 20
// Cache Storage keys must be http(s) addresses; this one is only a key, nothing is fetched.
const testCacheKey = (id: string) => `https://test-models.cartwise.invalid/${encodeURIComponent(id)}`
const testModelCache = {
  has: async (id: string) => !!(await (await caches.open(TEST_CACHE)).match(testCacheKey(id))),
  add: async (id: string) => (await caches.open(TEST_CACHE)).put(testCacheKey(id), new Response(String(TEST_MODEL_BYTES))),
  remove: async (id: string) => void (await (await caches.open(TEST_CACHE)).delete(testCacheKey(id)))
}

/** A deterministic model that, once loaded, counts as on this device. A function, not a subclass,
 * so that an ordinary build drops it along with DeterministicModel. */
function testBuildModel(options: DeterministicModelOptions): LanguageModel {
  const model = new DeterministicModel(options)
  const load = model.load.bind(model)
  model.load = async (modelId: string, onProgress?: ProgressListener) => {
    await load(modelId, onProgress)
    await testModelCache.add(modelId).catch(() => undefined)
  }
  return model
}

function modelFor(modelId: string, mirror: string | null): LanguageModel {
  if (isTestModel(modelId)) {
    const failure = testFailureOf(modelId)
    // Slow enough for a person (and a test) to watch the progress and press Stop.
    return testBuildModel({ reply: testReply, respond: testStructured, tokenDelayMs: 40, loadSteps: 8, loadStepDelayMs: 200, loadBytes: TEST_MODEL_BYTES, failLoad: failure ? { kind: failure, afterSteps: 3 } : null })
  }
  return new WebLLMModel({ appConfig: appConfig(mirror) })
}

/** The test build's answer: it names the question, and is long enough to watch it stream and stop it. */
function testReply(messages: ChatMessage[]): string {
  const asked = (messages.at(-1)?.content ?? "").trim().split("\n").at(-1) ?? ""
  return `Deterministic answer to: ${asked.replace(/^Question:\s*/, "")} This reply comes from the test build's deterministic model, word by word, so that streaming, the Stop button and reconnection can be checked without model weights.`
}

/**
 * The test build's structured answer: for a review summary, points citing the first labels the
 * prompt offers, plus one citing a label that was never sent (which grounding must drop).
 */
function testStructured({ messages, schema }: StructuredRequest): unknown {
  const properties = (schema.properties ?? {}) as Record<string, unknown>
  if (!("pros" in properties)) return exampleFor(schema)
  const labels = [...new Set((messages.at(-1)?.content ?? "").match(/\[r\d+\]/g) ?? [])].map((label) => label.slice(1, -1))
  const cite = (index: number) => [labels[index % Math.max(1, labels.length)] ?? "r1"]
  return {
    pros: [{ text: "Buyers praise the long battery life", reviews: cite(0) }, { text: "Invented praise citing nothing real", reviews: ["r999"] }],
    cons: [{ text: "Some find the fit uncomfortable", reviews: cite(1) }],
    suits: [{ text: "Commuters and frequent flyers", reviews: cite(2) }],
    avoid: [],
    verdict: "Strong battery and noise cancelling; check the fit."
  }
}

/** Bytes WebLLM's Cache Storage holds for a model: the sum of its cached responses' sizes. */
async function cachedBytes(modelUrl: string): Promise<number | null> {
  if (typeof caches === "undefined") return null
  try {
    const cache = await caches.open("webllm/model")
    let total = 0
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(modelUrl)) continue
      const response = await cache.match(request)
      const length = Number(response?.headers.get("content-length"))
      total += Number.isFinite(length) && length > 0 ? length : ((await response?.blob())?.size ?? 0)
    }
    return total
  } catch {
    return null
  }
}

const storage: ModelStorage = {
  async report(modelIds, mirror): Promise<CacheReport> {
    const config = appConfig(mirror)
    const models = await Promise.all(
      modelIds.map(async (id) => {
        if (isTestModel(id)) {
          const cached = await testModelCache.has(id).catch(() => false)
          return { id, cached, bytes: cached ? TEST_MODEL_BYTES : null }
        }
        if (!CURATED.has(id)) return { id, cached: false, bytes: null }
        const record = config.model_list.find((item) => item.model_id === id)
        const cached = await hasModelInCache(id, config).catch(() => false)
        return { id, cached, bytes: cached && record ? await cachedBytes(record.model) : null }
      })
    )
    const estimate = await navigator.storage?.estimate().catch(() => null)
    return { models, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null }
  },
  async remove(modelId, mirror) {
    if (isTestModel(modelId)) await testModelCache.remove(modelId)
    if (CURATED.has(modelId)) await deleteModelAllInfoInCache(modelId, appConfig(mirror))
  }
}

async function gpuSummary(): Promise<GpuSummary | null> {
  const report = await detectGpu()
  return report.gpu ? { ...report.gpu, adapterName: report.adapterName } : null
}

export function startModelHost(): EngineHost {
  const gpu = gpuSummary()
  const host = new EngineHost({
    modelFor,
    storage,
    testBuild: isTestBuild(),
    detectGpu: () => gpu,
    async preflight(modelId, mirror) {
      await bundledReady
      const info = modelInfo(modelId) ?? (isTestModel(modelId) ? TEST_MODELS.find((m) => m.id === modelId) : undefined)
      const estimate = await navigator.storage?.estimate().catch(() => null)
      const cached = CURATED.has(modelId) ? await hasModelInCache(modelId, appConfig(mirror)).catch(() => false) : false
      return preflight(info, await gpu.catch(() => null), estimate ?? null, cached)
    }
  })
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== MODEL_PORT) return
    const sender = port.sender
    // Our pages and worker have our origin (an options page in a tab too); a content script has the shop's.
    const fromExtension = sender?.id === chrome.runtime.id && (sender.url ?? "").startsWith(chrome.runtime.getURL(""))
    if (!fromExtension) {
      port.disconnect()
      return
    }
    host.connect(port)
  })
  return host
}
