import { describe, expect, it } from "vitest"

import { preflight } from "~src/llm/preflight"
import { modelInfo, type GpuDescription } from "~src/llm/registry"

const swiftshader: GpuDescription = { shaderF16: false, maxBufferSize: 2 ** 31, maxStorageBufferBindingSize: 2 ** 30, memoryBudgetMB: 4096 }
const MiB = 2 ** 20

describe("checks before the download starts", () => {
  it("refuses an f16 build on a GPU without shader-f16, and lets the f32 build through", () => {
    expect(preflight(modelInfo("Qwen2.5-1.5B-Instruct-q4f16_1-MLC"), swiftshader, null, false)?.kind).toBe("no-shader-f16")
    expect(preflight(modelInfo("Qwen2.5-1.5B-Instruct-q4f32_1-MLC"), swiftshader, null, false)).toBeNull()
  })

  it("says 'no room' before downloading when the browser's storage cannot hold the model", () => {
    const model = modelInfo("Qwen2.5-1.5B-Instruct-q4f32_1-MLC")!
    const full = { usage: 9_000 * MiB, quota: 9_500 * MiB }
    const refusal = preflight(model, swiftshader, full, false)
    expect(refusal?.kind).toBe("quota")
    expect(refusal?.message).toMatch(/About \d+ MB needed, 500 MB free/)
    // Already on this device: nothing to download, nothing to refuse.
    expect(preflight(model, swiftshader, full, true)).toBeNull()
    expect(preflight(model, swiftshader, { usage: 0, quota: 60_000 * MiB }, false)).toBeNull()
  })

  it("refuses without WebGPU and for models Cartwise does not offer", () => {
    expect(preflight(modelInfo("Qwen2.5-0.5B-Instruct-q4f32_1-MLC"), null, null, false)?.kind).toBe("no-webgpu")
    expect(preflight(undefined, swiftshader, null, false)?.kind).toBe("unknown")
  })
})
