import { prebuiltAppConfig } from "@mlc-ai/web-llm"
import { describe, expect, it } from "vitest"

import { estimateDownloadMB } from "~src/llm/model-table"
import {
  MODELS,
  appConfigFor,
  chooseModel,
  describeGpu,
  memoryBudgetMB,
  misfit,
  smallerModelThan,
  type GpuDescription
} from "~src/llm/registry"

const MiB = 2 ** 20
const record = (id: string) => prebuiltAppConfig.model_list.find((item) => item.model_id === id)

function gpu(overrides: Partial<GpuDescription> = {}): GpuDescription {
  return { shaderF16: true, maxBufferSize: 2 ** 30, maxStorageBufferBindingSize: 2 ** 30, memoryBudgetMB: 4096, ...overrides }
}

describe("the curated model table", () => {
  it("offers only models WebLLM 0.2.86 ships, with the numbers of its records", () => {
    for (const model of MODELS) {
      const prebuilt = record(model.id)
      expect(prebuilt, model.id).toBeDefined()
      expect(model.vramMB, model.id).toBe(prebuilt?.vram_required_MB)
      expect(model.contextWindow, model.id).toBe(prebuilt?.overrides?.context_window_size)
      expect(model.lowResource, model.id).toBe(prebuilt?.low_resource_required)
      if (prebuilt?.required_features?.includes("shader-f16")) expect(model.needsShaderF16, model.id).toBe(true)
      if (prebuilt?.buffer_size_required_bytes) expect(model.bufferBytes).toBeGreaterThanOrEqual(prebuilt.buffer_size_required_bytes)
    }
  })

  it("has the families the issue names, each as an f16 and an f32 build", () => {
    const bases = new Set(MODELS.map((model) => model.id.replace(/-q4f(16|32)_1-MLC$/, "")))
    expect([...bases]).toEqual([
      "Qwen2.5-0.5B-Instruct",
      "Qwen2.5-1.5B-Instruct",
      "Qwen2.5-3B-Instruct",
      "Llama-3.2-1B-Instruct",
      "Llama-3.2-3B-Instruct",
      "Qwen3-0.6B",
      "Qwen3-1.7B",
      "SmolLM2-360M-Instruct",
      "Phi-3.5-mini-instruct"
    ])
    expect(MODELS).toHaveLength(bases.size * 2)
    expect(MODELS.filter((m) => m.thinking).every((m) => m.family === "Qwen3")).toBe(true)
    expect(MODELS.filter((m) => m.family === "Qwen3").every((m) => m.thinking)).toBe(true)
    for (const model of MODELS) {
      expect(model.languages.length).toBeGreaterThan(0)
      expect(model.downloadIsEstimate).toBe(true)
    }
  })

  it("sizes buffers the way WebLLM's own records do (gemma-2b: vocab × hidden / 2)", () => {
    expect(record("gemma-2b-it-q4f16_1-MLC")?.buffer_size_required_bytes).toBe((256000 * 2048) / 2)
  })

  it("estimates downloads from parameters and bits per weight", () => {
    expect(estimateDownloadMB(1, "q4f16_1")).toBe(Math.round(1e9 * 4.5 / 8 / MiB))
    expect(estimateDownloadMB(1, "q4f32_1")).toBeGreaterThan(estimateDownloadMB(1, "q4f16_1"))
  })
})

describe("choosing the default model from the device", () => {
  const cases: [string, GpuDescription | null, string | null][] = [
    ["no WebGPU adapter", null, null],
    ["an adapter without shader-f16 (SwiftShader-like), 8 GB", gpu({ shaderF16: false }), "Qwen2.5-3B-Instruct-q4f32_1-MLC"],
    ["shader-f16 and lots of memory", gpu(), "Qwen2.5-3B-Instruct-q4f16_1-MLC"],
    ["shader-f16, memory unknown (treated as 4 GB)", gpu({ memoryBudgetMB: null }), "Qwen2.5-1.5B-Instruct-q4f16_1-MLC"],
    ["shader-f16, 2 GB", gpu({ memoryBudgetMB: memoryBudgetMB(2) }), "Llama-3.2-1B-Instruct-q4f16_1-MLC"],
    ["f32 only, 2 GB", gpu({ shaderF16: false, memoryBudgetMB: memoryBudgetMB(2) }), "SmolLM2-360M-Instruct-q4f32_1-MLC"],
    ["shader-f16, 1 GB", gpu({ memoryBudgetMB: memoryBudgetMB(1) }), "SmolLM2-360M-Instruct-q4f16_1-MLC"],
    ["f32 only, tiny memory", gpu({ shaderF16: false, memoryBudgetMB: memoryBudgetMB(0.5) }), null],
    ["128 MiB storage bindings (WebGPU's default limit)", gpu({ maxStorageBufferBindingSize: 128 * MiB, maxBufferSize: 256 * MiB }), "Qwen2.5-1.5B-Instruct-q4f16_1-MLC"],
    ["maxBufferSize below WebLLM's 256 MiB floor", gpu({ maxBufferSize: 128 * MiB }), null]
  ]

  it.each(cases)("%s", (_name, device, expected) => {
    const choice = chooseModel(device)
    expect(choice.ok ? choice.model.id : null).toBe(expected)
  })

  it("says why nothing fits", () => {
    expect(chooseModel(null)).toMatchObject({ ok: false, reason: "no-webgpu" })
    expect(chooseModel(gpu({ maxBufferSize: 128 * MiB }))).toMatchObject({ ok: false, reason: "gpu-limits" })
    expect(chooseModel(gpu({ shaderF16: false, memoryBudgetMB: 256 }))).toMatchObject({ ok: false, reason: "memory" })
  })

  it("prefers a model that names the shopper's language", () => {
    expect(chooseModel(gpu(), "hi-IN")).toMatchObject({ ok: true, model: { id: "Llama-3.2-3B-Instruct-q4f16_1-MLC" } })
    expect(chooseModel(gpu(), "de-AT")).toMatchObject({ ok: true, model: { id: "Qwen2.5-3B-Instruct-q4f16_1-MLC" } })
    // No model names Icelandic: the best fit is still chosen.
    expect(chooseModel(gpu(), "is")).toMatchObject({ ok: true, model: { id: "Qwen2.5-3B-Instruct-q4f16_1-MLC" } })
  })

  it("never picks a model the device cannot hold", () => {
    for (const shaderF16 of [true, false])
      for (const budget of [null, 256, 512, 1024, 2048, 4096])
        for (const binding of [128, 256, 1024].map((mb) => mb * MiB)) {
          const device = gpu({ shaderF16, memoryBudgetMB: budget, maxStorageBufferBindingSize: binding, maxBufferSize: 256 * MiB })
          const choice = chooseModel(device)
          if (!choice.ok) continue
          expect(choice.model.needsShaderF16 && !shaderF16).toBe(false)
          expect(choice.model.vramMB).toBeLessThanOrEqual(budget ?? 2048)
          expect(choice.model.bufferBytes).toBeLessThanOrEqual(binding)
          expect(misfit(choice.model, device)).toBeNull()
        }
  })

  it("reads an adapter and navigator.deviceMemory", () => {
    const adapter = { features: new Set(["shader-f16"]), limits: { maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 30 } }
    expect(describeGpu(adapter, 8)).toEqual({ shaderF16: true, maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 30, memoryBudgetMB: 4096 })
    expect(describeGpu(adapter)?.memoryBudgetMB).toBeNull()
    expect(describeGpu(null, 8)).toBeNull()
  })
})

describe("a smaller model after running out of memory", () => {
  it("steps down clearly, in the build the device can run", () => {
    expect(smallerModelThan("Qwen2.5-3B-Instruct-q4f16_1-MLC", gpu())?.id).toBe("Qwen2.5-1.5B-Instruct-q4f16_1-MLC")
    expect(smallerModelThan("Qwen2.5-3B-Instruct-q4f32_1-MLC", gpu({ shaderF16: false }))?.id).toBe("Qwen2.5-1.5B-Instruct-q4f32_1-MLC")
    expect(smallerModelThan("Qwen2.5-1.5B-Instruct-q4f16_1-MLC", gpu())?.id).toBe("Llama-3.2-1B-Instruct-q4f16_1-MLC")
  })

  it("has nothing below the smallest, or for an unknown id", () => {
    expect(smallerModelThan("SmolLM2-360M-Instruct-q4f16_1-MLC", gpu())).toBeNull()
    expect(smallerModelThan("no-such-model", gpu())).toBeNull()
  })
})

describe("the app config and a custom model mirror", () => {
  const records = prebuiltAppConfig.model_list.filter((item) => item.model_id.startsWith("Qwen2.5-1.5B-Instruct-q4f16_1"))

  it("keeps WebLLM's addresses without a mirror", () => {
    expect(appConfigFor(records).model_list).toEqual(records)
    expect(appConfigFor(records, "  ").model_list).toEqual(records)
  })

  it("moves weights and libraries to the mirror, keeping their paths", () => {
    const [moved] = appConfigFor(records, "https://models.example.org/webllm/").model_list
    const [original] = records
    expect(moved?.model).toBe("https://models.example.org/webllm/mlc-ai/Qwen2.5-1.5B-Instruct-q4f16_1-MLC")
    expect(original?.model).toBe("https://huggingface.co/mlc-ai/Qwen2.5-1.5B-Instruct-q4f16_1-MLC")
    expect(moved?.model_lib).toBe(`https://models.example.org/webllm${new URL(original?.model_lib ?? "").pathname}`)
    expect(moved?.model_lib).toMatch(/^https:\/\/models\.example\.org\/webllm\/mlc-ai\/binary-mlc-llm-libs\/main\/web-llm-models\/v0_2_86\/base\/.+\.wasm$/)
    expect(moved?.overrides).toEqual(original?.overrides)
    expect(moved?.vram_required_MB).toBe(original?.vram_required_MB)
  })

  it("refuses a mirror address that is not http(s)", () => {
    expect(() => appConfigFor(records, "ftp://example.org/models")).toThrow(/https/)
    expect(() => appConfigFor(records, "not an address")).toThrow(/web address/)
  })
})
