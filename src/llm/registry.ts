import type { AppConfig, ModelRecord } from "@mlc-ai/web-llm"

import { MODELS, modelInfo, type ModelInfo } from "./model-table"

export { MODELS, modelInfo, type ModelInfo } from "./model-table"

/** What Cartwise knows about the GPU; `null` stands for "no WebGPU adapter". */
export interface GpuDescription {
  shaderF16: boolean
  maxBufferSize: number
  maxStorageBufferBindingSize: number
  /** MiB the model may use, from memoryBudgetMB(navigator.deviceMemory); null when unknown. */
  memoryBudgetMB: number | null
}

/** The parts of a GPUAdapter read here (a structural type, so it is testable without WebGPU). */
export interface AdapterLike {
  features: { has(name: string): boolean }
  limits: { maxBufferSize: number; maxStorageBufferBindingSize: number }
}

/**
 * Chrome reports navigator.deviceMemory rounded to a power of two and capped at 8 (GiB). Integrated
 * GPUs share that memory with the OS and the browser, so a model may take about half of it.
 */
export function memoryBudgetMB(deviceMemoryGiB: number | undefined): number | null {
  return deviceMemoryGiB && deviceMemoryGiB > 0 ? Math.round(deviceMemoryGiB * 1024 * 0.5) : null
}

export function describeGpu(adapter: AdapterLike | null, deviceMemoryGiB?: number): GpuDescription | null {
  if (!adapter) return null
  return {
    shaderF16: adapter.features.has("shader-f16"),
    maxBufferSize: adapter.limits.maxBufferSize,
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    memoryBudgetMB: memoryBudgetMB(deviceMemoryGiB)
  }
}

/** Unknown memory is treated as a 4 GiB machine: a too-small default is cheaper than a crash. */
const UNKNOWN_BUDGET_MB = 2048

/**
 * WebLLM's detectGPUDevice() asks for 1 GiB buffers, falls back to 256 MiB (maxBufferSize) and 128 MiB
 * (maxStorageBufferBindingSize), and throws below those: no model runs there.
 */
const RUNTIME_MIN_BUFFER = 256 * 2 ** 20
const RUNTIME_MIN_BINDING = 128 * 2 ** 20

/** Best first: multilingual, good at JSON, then smaller. Qwen3 and Phi-3.5 are choosable, not defaults. */
const DEFAULT_ORDER = [
  "Qwen2.5-3B-Instruct",
  "Llama-3.2-3B-Instruct",
  "Qwen2.5-1.5B-Instruct",
  "Llama-3.2-1B-Instruct",
  "Qwen2.5-0.5B-Instruct",
  "SmolLM2-360M-Instruct"
]

export type Misfit = "shader-f16" | "buffer" | "memory"

export function misfit(model: ModelInfo, gpu: GpuDescription): Misfit | null {
  if (model.needsShaderF16 && !gpu.shaderF16) return "shader-f16"
  if (model.bufferBytes > gpu.maxBufferSize || model.bufferBytes > gpu.maxStorageBufferBindingSize) return "buffer"
  if (model.vramMB > (gpu.memoryBudgetMB ?? UNKNOWN_BUDGET_MB)) return "memory"
  return null
}

/** q4f16 where the GPU has shader-f16 (less memory for the same model), q4f32 everywhere else. */
function variantFits(model: ModelInfo, gpu: GpuDescription): boolean {
  return model.quantization === (gpu.shaderF16 ? "q4f16_1" : "q4f32_1")
}

export type Choice =
  | { ok: true; model: ModelInfo }
  | { ok: false; reason: "no-webgpu" | "gpu-limits" | "memory"; message: string }

/** The default model for this device, preferring one that names `language` (e.g. "de-AT"). */
export function chooseModel(gpu: GpuDescription | null, language?: string): Choice {
  if (!gpu) return { ok: false, reason: "no-webgpu", message: "No WebGPU adapter: the on-device model can't run here." }
  if (gpu.maxBufferSize < RUNTIME_MIN_BUFFER || gpu.maxStorageBufferBindingSize < RUNTIME_MIN_BINDING) {
    return { ok: false, reason: "gpu-limits", message: "The graphics card's buffer limits are below what WebLLM needs for any model." }
  }
  const candidates = DEFAULT_ORDER.flatMap((base) => MODELS.filter((m) => m.id.startsWith(`${base}-`) && variantFits(m, gpu)))
  const fitting = candidates.filter((model) => misfit(model, gpu) === null)
  const code = language?.toLowerCase().split("-")[0]
  const model = fitting.find((m) => code !== undefined && m.languages.includes(code)) ?? fitting[0]
  if (model) return { ok: true, model }
  const smallest = candidates[candidates.length - 1]
  const why = smallest ? misfit(smallest, gpu) : "buffer"
  return why === "memory"
    ? { ok: false, reason: "memory", message: "Even the smallest model needs more memory than this device can spare." }
    : { ok: false, reason: "gpu-limits", message: "The graphics card's buffer limits are too small for every model." }
}

/**
 * The way forward after out-of-memory or a lost device: of the models the GPU can run that need at
 * most three quarters of the memory of `id` (a nearly-as-big one would likely fail again), the one
 * with the most parameters. The memory budget is ignored: it was an estimate, and it just proved wrong.
 */
export function smallerModelThan(id: string, gpu: GpuDescription): ModelInfo | null {
  const current = modelInfo(id)
  if (!current) return null
  const unbudgeted = { ...gpu, memoryBudgetMB: Number.POSITIVE_INFINITY }
  const smaller = MODELS.filter(
    (m) => m.vramMB <= current.vramMB * 0.75 && variantFits(m, gpu) && misfit(m, unbudgeted) === null
  )
  // Parameters, not memory, rank them: Qwen3 0.6B needs more memory than Qwen2.5 1.5B in f32.
  smaller.sort((a, b) => b.parameters - a.parameters || Number(a.thinking) - Number(b.thinking))
  return smaller[0] ?? null
}

/**
 * WebLLM's app config for `records`, optionally served from a mirror. The mirror keeps each file's
 * path and replaces only the host:
 *   https://huggingface.co/mlc-ai/<repo>  → <base>/mlc-ai/<repo>  (WebLLM appends /resolve/main/…,
 *     so the mirror serves Hugging Face's layout, as hf-mirror style mirrors do)
 *   https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/<lib>.wasm
 *     → <base>/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/<lib>.wasm
 * Relative fields (model_manifest) resolve against `model` and follow it.
 */
export function appConfigFor(records: readonly ModelRecord[], baseUrl?: string | null): AppConfig {
  const base = baseUrl?.trim() ? mirrorBase(baseUrl) : null
  // Relative addresses (a same-origin build) are not the prebuilt hosts' and stay as they are.
  const move = (url: string) => (base && /^https?:\/\//.test(url) ? base + new URL(url).pathname.replace(/\/+$/, "") : url)
  return { model_list: records.map((record) => ({ ...record, model: move(record.model), model_lib: move(record.model_lib) })) }
}

function mirrorBase(text: string): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new TypeError(`The model mirror address is not a web address: ${text}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`The model mirror address must start with https:// or http://: ${text}`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`
}
