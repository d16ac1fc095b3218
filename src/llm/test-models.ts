import type { ModelErrorKind } from "./language-model"
import type { ModelInfo } from "./model-table"

/**
 * Models that exist only in test builds (`npm run build:test`, PLASMO_PUBLIC_TEST_BUILD=true): the
 * deterministic model behind the real host and UI, plus variants whose load fails with a given kind,
 * so every failure state can be reached in the built extension without weights. Production builds
 * never list or accept them (see isTestBuild and test/e2e/manifest.test.ts).
 */
export const TEST_MODEL_PREFIX = "cartwise-test"

export const TEST_FAILURES: readonly ModelErrorKind[] = ["offline", "quota", "device-lost", "out-of-memory"]

function testModel(id: string, displayName: string): ModelInfo {
  return {
    id,
    displayName,
    family: "Qwen2.5",
    parameters: 0.1,
    languages: ["en"],
    quantization: "q4f32_1",
    needsShaderF16: false,
    downloadMB: 12,
    downloadIsEstimate: true,
    vramMB: 100,
    bufferBytes: 1,
    contextWindow: 4096,
    thinking: false,
    lowResource: true
  }
}

export const TEST_MODELS: readonly ModelInfo[] = [
  testModel(`${TEST_MODEL_PREFIX}-deterministic`, "Deterministic test model"),
  ...TEST_FAILURES.map((kind) => testModel(`${TEST_MODEL_PREFIX}-fail-${kind}`, `Test model failing: ${kind}`))
]

export function testFailureOf(id: string): ModelErrorKind | null {
  const match = new RegExp(`^${TEST_MODEL_PREFIX}-fail-(.+)$`).exec(id)
  const kind = match?.[1] as ModelErrorKind | undefined
  return kind && TEST_FAILURES.includes(kind) ? kind : null
}

/** Inlined by Plasmo at build time; false in every build made with `npm run build`. */
export function isTestBuild(): boolean {
  return process.env.PLASMO_PUBLIC_TEST_BUILD === "true"
}
