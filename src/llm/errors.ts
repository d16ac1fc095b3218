import { ModelError, type ModelErrorKind } from "./language-model"

/**
 * WebLLM's error classes are not exported (only IntegrityError is, see lib/index.d.ts), and errors
 * crossing a worker or the extension service-worker port arrive as `err.toString()` strings
 * ("DeviceLostError: The WebGPU device was lost…", WebWorkerMLCEngineHandler.handleTask). So errors
 * are recognised by name, read from the Error or from the "Name: message" string, then by message.
 */
const BY_NAME: Record<string, ModelErrorKind> = {
  WebGPUNotAvailableError: "no-webgpu",
  WebGPUNotFoundError: "no-webgpu",
  ShaderF16SupportError: "no-shader-f16",
  DeviceLostError: "device-lost",
  GPUOutOfMemoryError: "out-of-memory",
  ContextWindowSizeExceededError: "context-overflow",
  QuotaExceededError: "quota",
  NetworkError: "offline",
  AbortError: "cancelled",
  ModelNotLoadedError: "not-loaded",
  WorkerEngineModelNotLoadedError: "not-loaded",
  EngineNotLoadedError: "not-loaded"
}

/** Checked in order, so that e.g. a quota failure wrapped in "Failed to store …" stays quota. */
const BY_MESSAGE: [RegExp, ModelErrorKind][] = [
  // detectGPUDevice(): no adapter, or limits below what the runtime requests at minimum.
  [/WebGPU is not supported|Cannot find WebGPU|Unable to find a compatible GPU|Cannot initialize runtime because of requested|navigator\.gpu is undefined/i, "no-webgpu"],
  [/shader-f16/i, "no-shader-f16"],
  [/Prompt tokens exceed context window size|exceeds? (the )?context window/i, "context-overflow"],
  [/quota|no space left|not enough (disk )?space|insufficient storage/i, "quota"],
  [/out of memory|OutOfMemory|\bOOM\b|failed to allocate|allocation failed|could not allocate|Cannot enlarge memory/i, "out-of-memory"],
  [/device (was |is |has been )?lost|GPUDeviceLostInfo|DEVICE_REMOVED|DEVICE_HUNG/i, "device-lost"],
  // Chrome: "Failed to fetch"; Firefox: "NetworkError when attempting…"; Safari: "Load failed";
  // Cache.add on an HTTP error: "Request failed"; WebLLM's IndexedDB/OPFS caches: "Network
  // response was not ok" / "received status 404"; Node's fetch: "fetch failed". A mirror that is
  // down reads the same as being offline.
  [/Failed to fetch|fetch failed|NetworkError|Load failed|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|Request failed|Network response was not ok|received status \d+/i, "offline"],
  [/The operation was aborted|The user aborted|signal is aborted|Engine\.unload\(\) is called/i, "cancelled"]
]

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (typeof error === "string") {
    const match = /^([A-Za-z]\w*(?:Error|Exception)): ?([\s\S]*)$/.exec(error)
    return match ? { name: match[1] ?? "", message: match[2] ?? "" } : { name: "", message: error }
  }
  if (error && typeof error === "object") {
    const record = error as { name?: unknown; message?: unknown }
    return {
      name: typeof record.name === "string" ? record.name : "",
      message: typeof record.message === "string" ? record.message : String(error)
    }
  }
  return { name: "", message: String(error) }
}

export function classifyError(error: unknown): ModelError {
  if (error instanceof ModelError) return error
  const { name, message } = nameAndMessage(error)
  let kind: ModelErrorKind | undefined = BY_NAME[name]
  // FeatureSupportError is the parent of ShaderF16SupportError and names the feature it lacks.
  if (!kind && name === "FeatureSupportError" && /shader-f16/.test(message)) kind = "no-shader-f16"
  kind ??= BY_MESSAGE.find(([pattern]) => pattern.test(`${name}: ${message}`))?.[1] ?? "unknown"
  return new ModelError(kind, message || name || kind, { cause: error })
}

export interface ErrorDescription {
  title: string
  explanation: string
  /** The way forward, as a button label or a sentence. */
  action: string
  /** What the UI should do when the action is taken. */
  actionKind: "retry" | "choose-smaller-model" | "choose-f32-model" | "free-space" | "shorten" | "open-help" | "load" | "none"
  /** Addresses to show as text (chrome:// pages cannot be linked from a page, only copied). */
  links: { label: string; url: string }[]
}

const WEBGPU_HELP = [
  { label: "Check graphics acceleration", url: "chrome://settings/system" },
  { label: "See what Chrome reports about WebGPU", url: "chrome://gpu" },
  { label: "Turn on WebGPU (Linux and some other systems)", url: "chrome://flags/#enable-unsafe-webgpu" },
  { label: "Chrome's WebGPU troubleshooting guide", url: "https://developer.chrome.com/docs/web-platform/webgpu/troubleshooting-tips" }
]

const DESCRIPTIONS: Record<ModelErrorKind, ErrorDescription> = {
  "no-webgpu": {
    title: "This browser can't run the on-device model",
    explanation:
      "The model runs on your graphics card through WebGPU, which Chrome isn't offering here. Everything else in Cartwise keeps working: products, prices, history and reviews.",
    action: "Turn on \"Use graphics acceleration when available\" in Chrome's settings, or enable WebGPU in chrome://flags, then restart Chrome.",
    actionKind: "open-help",
    links: WEBGPU_HELP
  },
  "no-shader-f16": {
    title: "This model needs a graphics feature your computer lacks",
    explanation: "This version of the model uses 16-bit maths on the graphics card (shader-f16), which isn't available here.",
    action: "Use the 32-bit (f32) version of a model instead.",
    actionKind: "choose-f32-model",
    links: []
  },
  offline: {
    title: "Couldn't download the model",
    explanation: "You seem to be offline, or the place the model is downloaded from can't be reached. Nothing was lost.",
    action: "Check your connection (or the custom model address in settings) and try again.",
    actionKind: "retry",
    links: []
  },
  quota: {
    title: "Not enough storage space for the model",
    explanation: "Chrome refused to store the model's files because the disk, or the space Chrome allows, is full.",
    action: "Free some disk space or pick a smaller model, then try again.",
    actionKind: "free-space",
    links: []
  },
  "device-lost": {
    title: "The graphics card stopped the model",
    explanation: "The graphics card reset while running the model, which usually means it ran out of memory.",
    action: "Try a smaller model.",
    actionKind: "choose-smaller-model",
    links: []
  },
  "out-of-memory": {
    title: "Not enough memory for this model",
    explanation: "Your computer's graphics memory ran out while loading or running the model.",
    action: "Try a smaller model, or close other tabs and try again.",
    actionKind: "choose-smaller-model",
    links: []
  },
  "context-overflow": {
    title: "Too much text for this model",
    explanation: "The question and the text it is about are longer than this model can read at once. Nothing was sent.",
    action: "Ask about fewer reviews or a shorter question.",
    actionKind: "shorten",
    links: []
  },
  "invalid-output": {
    title: "The model's answer didn't make sense",
    explanation: "The model twice gave an answer in the wrong shape, so Cartwise didn't show it.",
    action: "Try again, or pick a larger model in settings.",
    actionKind: "retry",
    links: []
  },
  cancelled: {
    title: "Stopped",
    explanation: "The answer was stopped before it finished.",
    action: "Ask again.",
    actionKind: "retry",
    links: []
  },
  "not-loaded": {
    title: "The model isn't loaded",
    explanation: "The on-device model needs to be loaded before it can answer.",
    action: "Load the model.",
    actionKind: "load",
    links: []
  },
  "host-lost": {
    title: "The model stopped and couldn't be restarted",
    explanation: "The part of Cartwise that runs the model closed and did not come back. Your data is safe.",
    action: "Try again; Cartwise will start it afresh.",
    actionKind: "retry",
    links: []
  },
  unknown: {
    title: "Something went wrong with the on-device model",
    explanation: "The model failed in a way Cartwise doesn't recognise. Your data is safe.",
    action: "Try again; if it keeps happening, try another model.",
    actionKind: "retry",
    links: []
  }
}

export function describeError(kind: ModelErrorKind): ErrorDescription {
  return DESCRIPTIONS[kind]
}
