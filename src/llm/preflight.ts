import type { HostError } from "./host-protocol"
import { misfit, type GpuDescription } from "./registry"
import type { ModelInfo } from "./model-table"

/** Room a download needs beyond its own size: WebLLM writes each shard before dropping its buffer. */
const HEADROOM = 1.1

/**
 * What the host checks before any byte is downloaded, so the shopper is told at once rather than
 * after a long download: WebLLM only finds a missing shader-f16 after fetching the model library,
 * and a full disk only shows as a failed write halfway through the weights.
 */
export function preflight(
  model: ModelInfo | undefined,
  gpu: GpuDescription | null,
  storage: { usage?: number; quota?: number } | null,
  alreadyCached: boolean
): HostError | null {
  if (!model) return { kind: "unknown", message: "Cartwise doesn't offer this model" }
  if (!gpu) return { kind: "no-webgpu", message: "No WebGPU adapter in the engine host" }
  if (misfit(model, gpu) === "shader-f16") {
    return { kind: "no-shader-f16", message: `${model.displayName} needs shader-f16, which this GPU lacks` }
  }
  if (!alreadyCached && storage?.quota !== undefined && storage.usage !== undefined) {
    const free = storage.quota - storage.usage
    const needed = model.downloadMB * 2 ** 20 * HEADROOM
    if (free < needed) {
      return {
        kind: "quota",
        message: `About ${Math.round(needed / 2 ** 20)} MB needed, ${Math.max(0, Math.round(free / 2 ** 20))} MB free for Chrome's storage`
      }
    }
  }
  return null
}
