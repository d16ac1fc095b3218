// One Chromium with the production build and one demo shop per test file.
import { fileURLToPath } from "node:url"

import type { BrowserContext, Page, Request, Worker } from "playwright-core"
import { afterAll, beforeAll, expect } from "vitest"

import { launchWithExtension, openPopup, tabIdOf } from "../../scripts/lib/browser.mjs"
import { startNetworkWitness } from "../../scripts/lib/network-witness.mjs"
import { startShopServer } from "../../scripts/lib/shop-server.mjs"

export const BUILD_DIR = fileURLToPath(new URL("../../build/chrome-mv3-prod", import.meta.url))
/** `npm run build:test`: the same extension, plus the deterministic model behind the real engine host. */
export const TEST_BUILD_DIR = fileURLToPath(new URL("../../build/chrome-mv3-test", import.meta.url))
export const DEMO_SHOP = fileURLToPath(new URL("../../demo/shop", import.meta.url))

export interface Shop {
  origin: string
  state: { price: string; availability: string }
  mount: (path: string, html: string, headers?: Record<string, string>) => void
  close: () => Promise<void>
}

export interface Session {
  context: BrowserContext
  worker: Worker
  extensionId: string
  close: () => Promise<void>
}

export interface SeenRequest {
  url: string
  /** Who asked: "page", "extension-page" or "service-worker". */
  by: "page" | "extension-page" | "service-worker"
}

export interface Harness {
  session: Session
  shop: Shop
  requests: SeenRequest[]
  /**
   * Where any of the browser's processes tried to go beyond this machine (host:port, once each),
   * seen by the proxy the browser runs with: also what Playwright's request events miss, such as
   * the offscreen document that hosts the model. Every such request is refused.
   */
  offMachine: () => string[]
  visit: (path: string) => Promise<{ page: Page; tabId: number }>
  popupFor: (tabId: number) => Promise<Page>
  close: () => Promise<void>
}

function classify(request: Request): SeenRequest["by"] {
  if (request.serviceWorker()) return "service-worker"
  let frameUrl = ""
  try {
    frameUrl = request.frame().url()
  } catch {
    frameUrl = ""
  }
  return frameUrl.startsWith("chrome-extension://") || request.url().startsWith("chrome-extension://") ? "extension-page" : "page"
}

/** `blockJavaScript`: the shopper has blocked JavaScript for the shop's site (Chrome's site settings). */
export async function startHarness(options: { buildDir?: string; webgpu?: boolean; blockJavaScript?: boolean } = {}): Promise<Harness> {
  const shop: Shop = await startShopServer(DEMO_SHOP)
  const witness = await startNetworkWitness()
  const session: Session = await launchWithExtension(options.buildDir ?? BUILD_DIR, {
    webgpu: options.webgpu ?? false,
    blockJavaScriptOn: options.blockJavaScript ? [shop.origin] : [],
    proxy: witness.url
  })
  const requests: SeenRequest[] = []
  session.context.on("request", (request) => requests.push({ url: request.url(), by: classify(request) }))
  // Nothing leaves this machine in tests: any request off 127.0.0.1 is answered here, and recorded.
  await session.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("internetdisconnected"))
  return {
    session,
    shop,
    requests,
    offMachine: witness.destinations,
    async visit(path) {
      const page = await session.context.newPage()
      await page.goto(`${shop.origin}${path}`)
      return { page, tabId: await tabIdOf(session, page) }
    },
    popupFor: (tabId) => openPopup(session, tabId),
    async close() {
      await session.close()
      await shop.close()
      await witness.close()
    }
  }
}

/**
 * A harness for the enclosing describe block: started before its tests (before any beforeAll
 * registered after this call), closed after them. Tests use it as the started harness
 * (`h.shop`, `h.visit(…)`); reading it before the start throws.
 */
export function useHarness(options: Parameters<typeof startHarness>[0] = {}): Harness {
  let started: Harness | undefined
  beforeAll(async () => {
    started = await startHarness(options)
  })
  afterAll(async () => {
    await started?.close()
  })
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!started) throw new Error("the e2e harness has not started")
      return Reflect.get(started, key)
    }
  })
}

/** A model choice is stored, then shown from storage: click, then wait until the page shows it. */
export async function pick(page: Page, name: string): Promise<void> {
  const radio = page.getByRole("radio", { name })
  await radio.click()
  await expect.poll(() => radio.isChecked()).toBe(true)
}

/** Every row of one of Cartwise's IndexedDB tables, read in one of the extension's own pages. */
export function readTable(extensionPage: Page, table: string): Promise<unknown[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open("cartwise")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll()
          all.onsuccess = () => resolve(all.result)
          all.onerror = () => reject(all.error)
        }
      }),
    table
  )
}

/** Serves `body` as an HTML page wherever `match` says, in place of the network. */
export async function serveHtml(page: Page, match: (url: URL) => boolean, body: string): Promise<void> {
  await page.route(match, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }))
}
