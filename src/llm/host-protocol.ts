import type { ChatMessage, JsonSchema, LoadProgress, ModelErrorKind } from "./language-model"

/**
 * The messages between engine clients (popup, side panel, options, the service worker) and the one
 * engine host (an offscreen document, see README "Engine architecture"), over a chrome.runtime port
 * named MODEL_PORT. Both ends validate what arrives.
 */
export const MODEL_PORT = "cartwise-model"

/** A user's question goes before a background summary, and pre-empts one that is running. */
export type Priority = "user" | "background"

export interface GenerateRequest {
  type: "generate"
  id: string
  messages: ChatMessage[]
  priority: Priority
  maxTokens?: number
  temperature?: number
  /** Present for structured output: the host constrains, parses, checks and retries once. */
  schema?: JsonSchema
}

export type ClientMessage =
  | { type: "load"; modelId: string; mirrorBaseUrl: string | null }
  | GenerateRequest
  | { type: "cancel"; id: string }
  | { type: "unload" }
  /** `requestId` comes back on the reply; the mirror names which cache (WebLLM keys it by address). */
  | { type: "cache"; requestId: string; modelIds: string[]; mirrorBaseUrl: string | null }
  | { type: "delete"; requestId: string; modelId: string; mirrorBaseUrl: string | null }

export interface HostError {
  kind: ModelErrorKind
  message: string
  reasons?: string[]
  tokens?: { needed: number; available: number }
}

export interface GpuSummary {
  shaderF16: boolean
  maxBufferSize: number
  maxStorageBufferBindingSize: number
  memoryBudgetMB: number | null
  adapterName: string | null
}

export interface HostStatus {
  engine: "idle" | "loading" | "ready" | "failed"
  modelId: string | null
  /** The mirror the model was loaded from (its cache is keyed by address). */
  mirrorBaseUrl: string | null
  progress: LoadProgress | null
  error: HostError | null
  /** Requests waiting, not counting the one generating. */
  queued: number
  generating: boolean
  /** What WebGPU offers inside the host; null when it has no adapter; undefined while checking. */
  gpu?: GpuSummary | null
  /** True in test builds, where the deterministic model is offered. */
  testBuild: boolean
}

export interface CacheReport {
  models: { id: string; cached: boolean; bytes: number | null }[]
  usageBytes: number | null
  quotaBytes: number | null
}

export type HostMessage =
  | { type: "status"; status: HostStatus }
  | { type: "queued"; id: string; position: number }
  | { type: "started"; id: string }
  | { type: "token"; id: string; text: string }
  /** A pre-empted request starts again from scratch later: clients drop what it streamed so far. */
  | { type: "restart"; id: string }
  | { type: "done"; id: string; text: string }
  | { type: "failed"; id: string; error: HostError }
  /** The answer to one cache or delete request; `error` when deleting failed (the report is still current). */
  | { type: "cache"; requestId: string; report: CacheReport; error?: HostError }

/** The part of chrome.runtime.Port both ends use; tests pass a pair of fakes. */
export interface PortLike {
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: { addListener(listener: (message: unknown) => void): void }
  onDisconnect: { addListener(listener: () => void): void }
}

const isString = (value: unknown): value is string => typeof value === "string"
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

function isMessages(value: unknown): value is ChatMessage[] {
  return (
    Array.isArray(value) &&
    value.every((m) => isRecord(m) && ["system", "user", "assistant"].includes(String(m.role)) && isString(m.content))
  )
}

const isMirror = (value: unknown): value is string | null => value === null || isString(value)
const optionalNumber = (value: unknown) => value === undefined || (typeof value === "number" && Number.isFinite(value))

export function parseClientMessage(value: unknown): ClientMessage | null {
  if (!isRecord(value)) return null
  switch (value.type) {
    case "load":
      return isString(value.modelId) && isMirror(value.mirrorBaseUrl)
        ? { type: "load", modelId: value.modelId, mirrorBaseUrl: value.mirrorBaseUrl }
        : null
    case "generate": {
      const ok =
        isString(value.id) &&
        isMessages(value.messages) &&
        (value.priority === "user" || value.priority === "background") &&
        optionalNumber(value.maxTokens) &&
        optionalNumber(value.temperature) &&
        (value.schema === undefined || isRecord(value.schema))
      return ok ? (value as unknown as GenerateRequest) : null
    }
    case "cancel":
      return isString(value.id) ? { type: "cancel", id: value.id } : null
    case "unload":
      return { type: "unload" }
    case "cache":
      return isString(value.requestId) && Array.isArray(value.modelIds) && value.modelIds.every(isString) && isMirror(value.mirrorBaseUrl)
        ? { type: "cache", requestId: value.requestId, modelIds: value.modelIds, mirrorBaseUrl: value.mirrorBaseUrl }
        : null
    case "delete":
      return isString(value.requestId) && isString(value.modelId) && isMirror(value.mirrorBaseUrl)
        ? { type: "delete", requestId: value.requestId, modelId: value.modelId, mirrorBaseUrl: value.mirrorBaseUrl }
        : null
    default:
      return null
  }
}

const HOST_TYPES = new Set(["status", "queued", "started", "token", "restart", "done", "failed", "cache"])

/** The host is our own code, so this checks the envelope, not every field. */
export function parseHostMessage(value: unknown): HostMessage | null {
  return isRecord(value) && HOST_TYPES.has(String(value.type)) ? (value as unknown as HostMessage) : null
}
