import { describe, expect, it } from "vitest"

import { classifyError, describeError } from "~src/llm/errors"
import { ModelError, type ModelErrorKind } from "~src/llm/language-model"

/** WebLLM's classes are not exported; these carry their real names and messages (lib/index.js). */
function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name })
}

const DEVICE_LOST =
  "The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM). To resolve this, try reloading with a model that has fewer parameters or uses a smaller context length."

const cases: [string, unknown, ModelErrorKind][] = [
  ["WebGPUNotAvailableError", named("WebGPUNotAvailableError", "WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine."), "no-webgpu"],
  ["the same, as a string across the worker port", "WebGPUNotAvailableError: WebGPU is not supported in your current environment", "no-webgpu"],
  ["WebGPUNotFoundError", named("WebGPUNotFoundError", "Cannot find WebGPU in the environment"), "no-webgpu"],
  ["no adapter (detectGPUDevice)", new Error("Unable to find a compatible GPU. This issue might be because your computer doesn't have a GPU"), "no-webgpu"],
  ["limits below the runtime's floor", new Error("Cannot initialize runtime because of requested maxBufferSize exceeds limit. requested=256MB, limit=128MB. Consider upgrading your browser."), "no-webgpu"],
  ["ShaderF16SupportError", named("ShaderF16SupportError", "This model requires WebGPU extension shader-f16, which is not enabled in this browser."), "no-shader-f16"],
  ["FeatureSupportError for shader-f16", named("FeatureSupportError", "This model requires feature shader-f16, which is not yet supported by this browser."), "no-shader-f16"],
  ["DeviceLostError (its message mentions OOM)", named("DeviceLostError", DEVICE_LOST), "device-lost"],
  ["DeviceLostError as a string", `DeviceLostError: ${DEVICE_LOST}`, "device-lost"],
  ["offline reload in Chrome", new TypeError("Failed to fetch"), "offline"],
  ["offline reload across the service-worker port", "TypeError: Failed to fetch", "offline"],
  ["offline in WebLLM's IndexedDB cache", new Error("Failed to store https://huggingface.co/x with error: TypeError: Failed to fetch"), "offline"],
  ["a mirror answering 404 to Cache.add", new TypeError("Failed to execute 'add' on 'Cache': Request failed"), "offline"],
  ["a mirror answering 404 to the OPFS cache", new Error("ArtifactOPFSCache: Unable to fetch https://m.example/x, received status 404"), "offline"],
  ["Node's fetch", new TypeError("fetch failed"), "offline"],
  ["QuotaExceededError", new DOMException("Quota exceeded.", "QuotaExceededError"), "quota"],
  ["quota inside a wrapped cache error", new Error("Failed to store https://x with error: QuotaExceededError: The quota has been exceeded."), "quota"],
  ["GPUOutOfMemoryError", named("GPUOutOfMemoryError", "Out of memory"), "out-of-memory"],
  ["a buffer allocation", new Error("Failed to allocate memory for buffer"), "out-of-memory"],
  ["wasm memory", "RangeError: WebAssembly.Memory(): could not allocate memory", "out-of-memory"],
  ["ContextWindowSizeExceededError", "ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096", "context-overflow"],
  ["AbortError", new DOMException("The operation was aborted.", "AbortError"), "cancelled"],
  ["ModelNotLoadedError", named("ModelNotLoadedError", "Model not loaded before trying to complete ChatCompletionRequest."), "not-loaded"],
  ["something else", new Error("Cannot handle tokenizer files"), "unknown"],
  ["a non-error", 42, "unknown"],
  ["nothing", undefined, "unknown"]
]

describe("classifying engine errors", () => {
  it.each(cases)("%s", (_name, error, kind) => {
    const classified = classifyError(error)
    expect(classified).toBeInstanceOf(ModelError)
    expect(classified.kind).toBe(kind)
    expect(classified.cause).toBe(error)
  })

  it("passes a ModelError through unchanged", () => {
    const error = new ModelError("invalid-output", "bad", { reasons: ["missing verdict"] })
    expect(classifyError(error)).toBe(error)
  })

  it("keeps the engine's message for diagnostics", () => {
    expect(classifyError(new TypeError("Failed to fetch")).message).toBe("Failed to fetch")
  })
})

describe("describing errors in plain words", () => {
  const kinds: ModelErrorKind[] = [
    "no-webgpu", "no-shader-f16", "offline", "quota", "device-lost", "out-of-memory",
    "context-overflow", "invalid-output", "cancelled", "not-loaded", "unknown"
  ]

  it.each(kinds)("%s has a title, an explanation and a way forward", (kind) => {
    const description = describeError(kind)
    expect(description.title).not.toBe("")
    expect(description.explanation).not.toBe("")
    expect(description.action).not.toBe("")
    expect(`${description.title} ${description.explanation}`).not.toMatch(/Error|undefined|WebLLM/)
  })

  it("tells how to get WebGPU and that the rest of Cartwise still works", () => {
    const description = describeError("no-webgpu")
    expect(description.explanation).toMatch(/Everything else in Cartwise keeps working/)
    expect(description.links.map((link) => link.url)).toEqual(
      expect.arrayContaining(["chrome://flags/#enable-unsafe-webgpu", "chrome://settings/system"])
    )
  })

  it("offers a smaller model when memory runs out or the device is lost", () => {
    expect(describeError("out-of-memory").actionKind).toBe("choose-smaller-model")
    expect(describeError("device-lost").actionKind).toBe("choose-smaller-model")
    expect(describeError("no-shader-f16").actionKind).toBe("choose-f32-model")
  })
})
