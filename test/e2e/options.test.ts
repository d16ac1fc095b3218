// The options page tells the shopper what the on-device model can do on this machine: with no
// WebGPU adapter a plain explanation (and everything else keeps working); with one, the model
// that fits. Headless Chromium has an adapter only with the SwiftShader flags, and it lacks
// shader-f16, so a 32-bit build must be recommended.
import { afterEach, describe, expect, it } from "vitest"

import { launchWithExtension } from "../../scripts/lib/browser.mjs"
import { BUILD_DIR, type Session } from "./session"

describe("the options page", () => {
  let session: Session | null = null
  afterEach(async () => {
    await session?.close()
    session = null
  })

  it("explains that there is no WebGPU, without blocking anything else", async () => {
    session = await launchWithExtension(BUILD_DIR)
    const page = await session.context.newPage()
    await page.goto(`chrome-extension://${session.extensionId}/options.html`)
    await page.getByTestId("gpu-none").waitFor({ timeout: 15_000 })
    expect(await page.getByTestId("gpu-none").innerText()).toMatch(/WebGPU/)
    expect(await page.getByTestId("model-recommended").count()).toBe(0)
    expect(await page.getByTestId("export-data").count()).toBe(1)
  })

  it("finds the SwiftShader adapter and recommends a 32-bit model that fits", async () => {
    session = await launchWithExtension(BUILD_DIR, { webgpu: true })
    const page = await session.context.newPage()
    await page.goto(`chrome-extension://${session.extensionId}/options.html`)
    await page.getByTestId("gpu-found").waitFor({ timeout: 15_000 })
    expect(await page.getByTestId("gpu-found").innerText()).toContain("no 16-bit shaders")
    const recommended = await page.getByTestId("model-recommended").innerText()
    expect(recommended).toMatch(/Recommended for this device: .+ \(q4f32_1\)/)
    expect(await page.locator("tr.cw-chosen").count()).toBe(1)
    expect(await page.locator("tr.cw-chosen").innerText()).toContain("q4f32_1")
  })

  it("asks before the one download, and a model host out of reach ends in the plain offline state", async () => {
    session = await launchWithExtension(BUILD_DIR, { webgpu: true })
    const requested: string[] = []
    await session.context.route(/^https?:\/\//, (route) => {
      requested.push(route.request().url())
      return route.abort("internetdisconnected")
    })
    const page = await session.context.newPage()
    await page.goto(`chrome-extension://${session.extensionId}/options.html`)
    await page.getByTestId("enable-ai").click()
    await page.getByTestId("enable-ai-consent").waitFor()
    expect(requested).toEqual([])
    await page.getByRole("button", { name: /^Download \d+ MB$/ }).click()
    const failed = page.getByTestId("enable-ai-failed")
    await failed.waitFor({ timeout: 45_000 })
    expect(await failed.getAttribute("data-kind")).toBe("offline")
    expect(await failed.innerText()).toContain("Couldn't download the model")
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(1)
    // The only address asked for is the model host, and only after the click.
    expect(requested.length).toBeGreaterThan(0)
    for (const url of requested) expect(new URL(url).hostname).toMatch(/(^|\.)huggingface\.co$|(^|\.)githubusercontent\.com$/)
  })
})
