/**
 * The curated models: WebLLM 0.2.86 prebuilt builds suited to short shopping text in many
 * languages. Data only, so the popup and options pages can list models without bundling WebLLM
 * (6.8 MB). Numbers marked "record" are copied from `prebuiltAppConfig.model_list`, and
 * test/unit/llm-registry.test.ts fails if they drift from the installed WebLLM.
 */

export type Quantization = "q4f16_1" | "q4f32_1"

export interface ModelInfo {
  id: string
  displayName: string
  family: "Qwen2.5" | "Llama 3.2" | "Qwen3" | "SmolLM2" | "Phi-3.5"
  /** Billions of parameters, from the model card. */
  parameters: number
  /** ISO 639-1 codes the model card names as supported (several claim more). */
  languages: readonly string[]
  quantization: Quantization
  /** q4f16 builds run f16 shaders; not every record says so (see needsShaderF16 below). */
  needsShaderF16: boolean
  /** Estimated download in MiB; ModelRecord carries no size (config.d.ts), see estimateDownloadMB. */
  downloadMB: number
  downloadIsEstimate: true
  /** record: vram_required_MB. */
  vramMB: number
  /** Largest single GPU buffer in bytes (the quantized embedding table), see bufferBytes below. */
  bufferBytes: number
  /** record: overrides.context_window_size. */
  contextWindow: number
  /** Qwen3 thinks aloud unless asked not to: send `extra_body: { enable_thinking: false }`. */
  thinking: boolean
  /** record: low_resource_required. */
  lowResource: boolean
}

const QWEN = ["zh", "en", "fr", "es", "pt", "de", "it", "ru", "ja", "ko", "vi", "th", "ar"]
const LLAMA = ["en", "de", "fr", "it", "pt", "hi", "es", "th"]
const PHI = ["ar", "zh", "cs", "da", "nl", "en", "fi", "fr", "de", "he", "hu", "it", "ja", "ko", "no", "pl", "pt", "ru", "es", "sv", "th", "tr", "uk"]

interface Base {
  base: string
  displayName: string
  family: ModelInfo["family"]
  parameters: number
  languages: readonly string[]
  /** From the model's config.json: vocab_size and hidden_size. */
  vocab: number
  hidden: number
  /** record: vram_required_MB for the q4f16_1 and q4f32_1 builds. */
  vram: Record<Quantization, number>
  context: number
  lowResource: boolean
  thinking?: boolean
}

const BASES: Base[] = [
  { base: "Qwen2.5-0.5B-Instruct", displayName: "Qwen2.5 0.5B", family: "Qwen2.5", parameters: 0.49, languages: QWEN, vocab: 151936, hidden: 896, vram: { q4f16_1: 944.62, q4f32_1: 1060.2 }, context: 4096, lowResource: true },
  { base: "Qwen2.5-1.5B-Instruct", displayName: "Qwen2.5 1.5B", family: "Qwen2.5", parameters: 1.54, languages: QWEN, vocab: 151936, hidden: 1536, vram: { q4f16_1: 1629.75, q4f32_1: 1888.97 }, context: 4096, lowResource: true },
  { base: "Qwen2.5-3B-Instruct", displayName: "Qwen2.5 3B", family: "Qwen2.5", parameters: 3.09, languages: QWEN, vocab: 151936, hidden: 2048, vram: { q4f16_1: 2504.76, q4f32_1: 2893.64 }, context: 4096, lowResource: true },
  { base: "Llama-3.2-1B-Instruct", displayName: "Llama 3.2 1B", family: "Llama 3.2", parameters: 1.24, languages: LLAMA, vocab: 128256, hidden: 2048, vram: { q4f16_1: 879.04, q4f32_1: 1128.82 }, context: 4096, lowResource: true },
  { base: "Llama-3.2-3B-Instruct", displayName: "Llama 3.2 3B", family: "Llama 3.2", parameters: 3.21, languages: LLAMA, vocab: 128256, hidden: 3072, vram: { q4f16_1: 2263.69, q4f32_1: 2951.51 }, context: 4096, lowResource: true },
  // Qwen3's card claims 119 languages; the list repeats the ones Qwen2.5 names.
  { base: "Qwen3-0.6B", displayName: "Qwen3 0.6B", family: "Qwen3", parameters: 0.6, languages: QWEN, vocab: 151936, hidden: 1024, vram: { q4f16_1: 1403.34, q4f32_1: 1924.98 }, context: 4096, lowResource: true, thinking: true },
  { base: "Qwen3-1.7B", displayName: "Qwen3 1.7B", family: "Qwen3", parameters: 1.7, languages: QWEN, vocab: 151936, hidden: 2048, vram: { q4f16_1: 2036.66, q4f32_1: 2635.44 }, context: 4096, lowResource: true, thinking: true },
  { base: "SmolLM2-360M-Instruct", displayName: "SmolLM2 360M", family: "SmolLM2", parameters: 0.36, languages: ["en"], vocab: 49152, hidden: 960, vram: { q4f16_1: 376.06, q4f32_1: 579.61 }, context: 4096, lowResource: true },
  { base: "Phi-3.5-mini-instruct", displayName: "Phi-3.5 mini", family: "Phi-3.5", parameters: 3.82, languages: PHI, vocab: 32064, hidden: 3072, vram: { q4f16_1: 3672.07, q4f32_1: 5483.12 }, context: 4096, lowResource: false }
]

/**
 * MLC's q4f16_1 stores 4-bit weights plus one f16 scale per group of 32 (4.5 bits a weight); q4f32_1
 * an f32 scale (5 bits). Tied embeddings are stored once. So download ≈ parameters × bits / 8; the
 * tokenizer and config files add well under 1%.
 */
export function estimateDownloadMB(parametersBillions: number, quantization: Quantization): number {
  const bits = quantization === "q4f16_1" ? 4.5 : 5
  return Math.round((parametersBillions * 1e9 * bits) / 8 / 2 ** 20)
}

/**
 * The largest GPU buffer is the 4-bit embedding table, vocab × hidden / 2 bytes. WebLLM's own records
 * use the same rule where they state a need: gemma-2b-it's buffer_size_required_bytes is 262144000 =
 * 256000 × 2048 / 2. A buffer must fit both maxBufferSize and maxStorageBufferBindingSize.
 */
function embeddingBytes(base: Base): number {
  return (base.vocab * base.hidden) / 2
}

export const MODELS: readonly ModelInfo[] = BASES.flatMap((base) =>
  (["q4f16_1", "q4f32_1"] as const).map((quantization) => ({
    id: `${base.base}-${quantization}-MLC`,
    displayName: `${base.displayName} (${quantization === "q4f16_1" ? "f16" : "f32"})`,
    family: base.family,
    parameters: base.parameters,
    languages: base.languages,
    quantization,
    // Only some q4f16 records list required_features ["shader-f16"] (SmolLM2, gemma), but every q4f16
    // build's shaders use f16, so the quantization decides, not the record.
    needsShaderF16: quantization === "q4f16_1",
    downloadMB: estimateDownloadMB(base.parameters, quantization),
    downloadIsEstimate: true as const,
    vramMB: base.vram[quantization],
    bufferBytes: embeddingBytes(base),
    contextWindow: base.context,
    thinking: base.thinking ?? false,
    lowResource: base.lowResource
  }))
)

export function modelInfo(id: string): ModelInfo | undefined {
  return MODELS.find((model) => model.id === id)
}
