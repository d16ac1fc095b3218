#!/usr/bin/env node
// `npm run demo`: the built extension in Chromium on the bundled demo shop.
// With a display: a real window you can click around in (Ctrl+C to quit).
// Without one (or with --headless): headless, and a screenshot of the popup is saved.
import { fileURLToPath } from "node:url"

import { launchWithExtension, openPopup, tabIdOf } from "./lib/browser.mjs"
import { startShopServer } from "./lib/shop-server.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))
const headless = process.argv.includes("--headless") || !process.env.DISPLAY
const screenshot = `${root}demo-popup.png`

const shop = await startShopServer(`${root}demo/shop`)
const session = await launchWithExtension(`${root}build/chrome-mv3-prod`, { headless })
const stop = async () => {
  await session.close()
  await shop.close()
}

try {
  const page = await session.context.newPage()
  await page.goto(`${shop.origin}/products/aurora-kettle.html`)
  const tabId = await tabIdOf(session, page)
  const popup = await openPopup(session, tabId)
  await popup.getByTestId("product").waitFor({ timeout: 15_000 })
  console.log(`Demo shop:   ${shop.origin}/`)
  console.log(`Product:     ${await popup.getByTestId("product-name").innerText()} — ${await popup.getByTestId("product-price").innerText()}`)
  if (headless) {
    await popup.locator("main").screenshot({ path: screenshot })
    console.log(`Screenshot:  ${screenshot} (the popup, as the toolbar button shows it)`)
    await stop()
  } else {
    await page.bringToFront()
    console.log("Chromium is open with Cartwise loaded. Click the Cartwise toolbar icon (pin it from the puzzle menu).")
    console.log("Press Ctrl+C here to quit.")
    process.on("SIGINT", () => void stop().then(() => process.exit(0)))
    session.context.on("close", () => void shop.close().then(() => process.exit(0)))
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`)
  await stop()
  process.exit(1)
}
