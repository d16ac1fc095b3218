// Headless Chromium for the timing tools in this folder: page scripts off, every request failed
// except the tab's navigation, which is answered with the HTML given to open().
import { chromium } from "playwright-core"

import { CHROMIUM } from "../lib/browser.mjs"

export async function startOfflineBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-background-networking", "--disable-quic"] })
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" })
  let current = null
  // Only the tab's own navigation gets the page: an iframe's would load a second copy of it.
  await context.route("**/*", (route) =>
    current !== null && route.request().isNavigationRequest() && route.request().frame().parentFrame() === null
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: current })
      : route.abort("internetdisconnected")
  )
  return {
    context,
    /** A new tab showing `html` as if served at `url`. */
    async open(html, url) {
      current = html
      const page = await context.newPage()
      await page.goto(url, { waitUntil: "domcontentloaded", timeout: 30_000 })
      return page
    },
    close: () => browser.close()
  }
}
