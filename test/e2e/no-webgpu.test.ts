// Without Chromium's WebGPU flags there is no adapter: the options page and the side panel explain
// it in plain words with the settings to check, and everything else keeps working.
import { describe, expect, it } from "vitest"

import { useHarness } from "./session"

const SHOWN = { timeout: 20_000 }

describe("no WebGPU", () => {
  const h = useHarness()

  it("explains it on the options page without blocking anything else", async () => {
    const page = await h.session.context.newPage()
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await page.getByTestId("gpu-none").waitFor(SHOWN)
    expect(await page.getByTestId("gpu-none").innerText()).toMatch(/WebGPU/)
    expect(await page.getByTestId("gpu-none").innerText()).toContain("chrome://gpu")
    expect(await page.getByTestId("enable-ai").count()).toBe(0)
    expect(await page.getByTestId("export-data").count()).toBe(1)
  })

  it("keeps the popup's product view working and says so in the side panel", async () => {
    const { tabId } = await h.visit("/products/aurora-kettle.html")
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    expect(await popup.getByTestId("product-price").innerText()).toBe("£64.00")
    const panel = await h.session.context.newPage()
    await panel.goto(`chrome-extension://${h.session.extensionId}/sidepanel.html?tabId=${tabId}`)
    await panel.getByTestId("gpu-none").waitFor(SHOWN)
    expect(await panel.getByTestId("qa-product").innerText()).toBe("Aurora Gooseneck Kettle 1L")
    // What the shopper is asking about, and why asking waits for the model.
    expect(await panel.getByTestId("qa-facts").innerText()).toBe("£64.00 (was £79.00) · In stock")
    await panel.getByTestId("qa-input").fill("Is it loud?")
    expect(await panel.getByTestId("qa-ask").isDisabled()).toBe(true)
    await panel.getByTestId("qa-input").press("Enter")
    expect(await panel.getByTestId("qa-exchange").count()).toBe(0)
    expect(await panel.getByTestId("qa-not-ready").innerText()).toMatch(/^Asking needs the on-device AI \(see above\)/)
  })
})
