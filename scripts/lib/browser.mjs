// Debian's Chromium with the built extension loaded, driven by playwright-core. Shared by the
// end-to-end tests and `npm run demo` so both exercise the same start-up.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { chromium } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

// Headless Chromium exposes a WebGPU adapter (SwiftShader, no shader-f16) only with these flags.
export const WEBGPU_ARGS = ["--enable-unsafe-webgpu", "--use-webgpu-adapter=swiftshader", "--enable-features=Vulkan"]

/**
 * Chromium with the extension at `extensionDir` loaded, in a fresh profile.
 * @param {string} extensionDir
 * @param {{ headless?: boolean, webgpu?: boolean, extraArgs?: string[], blockJavaScriptOn?: string[], proxy?: string }} [options]
 *   `blockJavaScriptOn`: origins whose JavaScript the profile blocks, as the site settings would.
 *   `proxy`: where every request not to the loopback address goes (network-witness.mjs).
 */
export async function launchWithExtension(extensionDir, { headless = true, webgpu = false, extraArgs = [], blockJavaScriptOn = [], proxy } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension in ${extensionDir}. Run: npm run build`)
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "cartwise-chromium-"))
  if (blockJavaScriptOn.length) {
    // As the shopper would with the site settings' "JavaScript: Block": Chrome keeps the choice in
    // the profile's Preferences (2 = block), read at start-up. Content scripts still run there;
    // the page's own scripts and module imports into the isolated world do not.
    const exceptions = Object.fromEntries(blockJavaScriptOn.map((origin) => [`${origin},*`, { setting: 2 }]))
    mkdirSync(join(userDataDir, "Default"))
    writeFileSync(join(userDataDir, "Default", "Preferences"), JSON.stringify({ profile: { content_settings: { exceptions: { javascript: exceptions } } } }))
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 760 },
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    args: [
      "--no-sandbox",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(webgpu ? WEBGPU_ARGS : []),
      ...(proxy ? [`--proxy-server=${proxy}`] : []),
      ...extraArgs
    ]
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 20_000 }))
  const extensionId = new URL(worker.url()).host
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => undefined)
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

/** Chrome's id for the tab showing `page` (the background can ask; tests cannot otherwise). */
export async function tabIdOf(session, page) {
  await page.bringToFront()
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    return tab?.id ?? null
  })
  if (typeof id !== "number") throw new Error("could not find the tab id")
  return id
}

/** The popup as a tab, about tab `tabId`: exactly what the toolbar button shows, at its size. */
export async function openPopup(session, tabId) {
  const popup = await session.context.newPage()
  await popup.setViewportSize({ width: 360, height: 600 })
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`)
  return popup
}
