// Opening a port to the engine host from an extension page or the service worker. The service
// worker owns the offscreen document (it is the context that lives as long as the extension).

import { EngineClient } from "../llm/engine-client"
import { MODEL_PORT, type PortLike } from "../llm/host-protocol"

export const ENSURE_MODEL_HOST = "ensure-model-host"

const HOST_URL = "tabs/model-host.html"
let creating: Promise<void> | null = null

/** Creates the offscreen document that hosts the engine, once; safe to call from many places at once. */
export async function ensureModelHost(): Promise<void> {
  const existing = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(HOST_URL)]
  })
  if (existing.length > 0) return
  creating ??= chrome.offscreen
    .createDocument({
      url: HOST_URL,
      reasons: [chrome.offscreen.Reason.WORKERS],
      justification: "Runs the on-device language model (WebLLM on WebGPU) so it stays loaded between popup openings."
    })
    .catch((error: unknown) => {
      // Another context created it first: that is what we wanted.
      if (!/single offscreen|already/i.test(String(error))) throw error
    })
    .finally(() => {
      creating = null
    })
  await creating
}

async function connectToHost(): Promise<PortLike> {
  if (typeof chrome.offscreen?.createDocument === "function" && typeof window === "undefined") await ensureModelHost()
  else {
    const reply = (await chrome.runtime.sendMessage({ type: ENSURE_MODEL_HOST })) as { ok?: boolean; error?: string } | undefined
    if (!reply?.ok) throw new Error(reply?.error ?? "The model host could not be started")
  }
  return chrome.runtime.connect({ name: MODEL_PORT })
}

let shared: EngineClient | null = null

/** One client per page; the port closes with the page, which cancels its requests in the host. */
export function modelClient(): EngineClient {
  shared ??= new EngineClient({ connect: connectToHost })
  return shared
}
