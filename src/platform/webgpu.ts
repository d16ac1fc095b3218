// What this browser's WebGPU offers the on-device model. navigator.gpu exists only in secure
// contexts (extension pages are) and may still give no adapter (no GPU, blocklisted driver, flags).

import { describeGpu, type GpuDescription } from "../llm/registry"

export interface GpuReport {
  gpu: GpuDescription | null
  /** Adapter vendor/architecture when the browser says, for the shopper's information only. */
  adapterName: string | null
}

export async function detectGpu(): Promise<GpuReport> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu
  if (!gpu) return { gpu: null, adapterName: null }
  try {
    const adapter = (await gpu.requestAdapter()) as
      | (Parameters<typeof describeGpu>[0] & { info?: { vendor?: string; architecture?: string; description?: string } })
      | null
    const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory
    const info = adapter?.info
    const name = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(" ") || null
    return { gpu: describeGpu(adapter ?? null, memory), adapterName: adapter ? name : null }
  } catch {
    return { gpu: null, adapterName: null }
  }
}
