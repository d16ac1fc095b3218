// The production build's engine host, in the offscreen document, with Chromium's SwiftShader
// WebGPU: it finds the adapter, refuses a q4f16 model before downloading anything (SwiftShader has no
// shader-f16), honours a self-hosted mirror, and a mirror without the files ends in the plain offline
// state. No weights exist on this machine, so WebLLM runs up to the model fetch, as it would offline.
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { pick, startHarness, type Harness } from "./session"

const SHOWN = { timeout: 30_000 }

// In this order, as a shopper meets them: the fresh install's recommendation first, then the
// shopper's own choices (which the extension keeps). Kept so even when the tests are shuffled.
describe("the engine host in the built extension (SwiftShader WebGPU)", { shuffle: false }, () => {
  let h: Harness
  let mirror: Server
  let mirrorUrl: string
  const mirrorPaths: string[] = []

  beforeAll(async () => {
    mirror = createServer((req, res) => {
      mirrorPaths.push(req.url ?? "")
      // A mirror that lacks the files, as one being set up would.
      res.writeHead(404, { "access-control-allow-origin": "*" })
      res.end("not here")
    })
    await new Promise<void>((resolve) => mirror.listen(0, "127.0.0.1", resolve))
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`
    h = await startHarness({ webgpu: true })
  })
  afterAll(async () => {
    await h?.close()
    await new Promise((resolve) => mirror?.close(resolve))
  })

  async function options(): Promise<Page> {
    const page = await h.session.context.newPage()
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await page.getByTestId("gpu-found").waitFor(SHOWN)
    return page
  }

  it("detects the adapter inside the engine host and recommends a 32-bit model", async () => {
    const page = await options()
    expect(await page.getByTestId("gpu-found").innerText()).toContain("no 16-bit shaders")
    expect(await page.getByTestId("model-recommended").innerText()).toMatch(/Recommended for this device: .+\(f32\)/)
    expect(await page.locator("tr.cw-chosen").innerText()).toContain("q4f32_1")
    // The host is an offscreen document of this extension.
    const contexts = await h.session.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType] })).map((c) => c.documentUrl)
    )
    expect(contexts).toEqual([`chrome-extension://${h.session.extensionId}/tabs/model-host.html`])
    await page.close()
  })

  it("refuses a q4f16 model before any download and offers its f32 build", async () => {
    const page = await options()
    await pick(page, "Use Qwen2.5 0.5B (f16)")
    await page.getByTestId("enable-ai").click()
    await page.getByTestId("enable-ai-confirm").click()
    const failed = page.getByTestId("model-failed")
    await failed.waitFor(SHOWN)
    expect(await failed.getAttribute("data-kind")).toBe("no-shader-f16")
    expect(await failed.innerText()).toContain("needs a graphics feature your computer lacks")
    expect(await page.getByTestId("model-use-alternative").innerText()).toContain("Qwen2.5 0.5B (f32)")
    expect(mirrorPaths).toEqual([])
    await page.close()
  })

  it("makes its one request off the machine, the model's download from Hugging Face, only after consent", async () => {
    // The proxy the browser runs with sees the offscreen document's requests, which Playwright's
    // request events do not: this is the download the privacy promise allows, and nothing else.
    const page = await options()
    await pick(page, "Use Qwen2.5 0.5B (f32)")
    await page.getByTestId("enable-ai").click()
    await page.getByTestId("enable-ai-confirm").waitFor(SHOWN)
    expect(h.offMachine()).toEqual([])
    await page.getByTestId("enable-ai-confirm").click()
    await page.locator('[data-testid="model-failed"][data-kind="offline"]').waitFor(SHOWN)
    expect(h.offMachine()).toEqual(["huggingface.co:443"])
    await page.close()
  })

  it("downloads from the shopper's mirror only after consent, and a mirror without the files reads as offline", async () => {
    const page = await options()
    await page.getByLabel("Model download address (optional mirror)").fill(mirrorUrl)
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByTestId("mirror-message").waitFor(SHOWN)
    await pick(page, "Use Qwen2.5 0.5B (f32)")
    await page.getByTestId(/enable-ai|model-retry/).first().click()
    if (await page.getByTestId("enable-ai-confirm").count()) {
      expect(mirrorPaths).toEqual([])
      await page.getByTestId("enable-ai-confirm").click()
    }
    const failed = page.getByTestId("model-failed")
    await page.locator('[data-testid="model-failed"][data-kind="offline"]').waitFor(SHOWN)
    expect(await failed.innerText()).toContain("Couldn't download the model")
    expect(await page.getByTestId("model-retry").count()).toBe(1)
    // The request went to the mirror, in Hugging Face's layout, and nowhere else.
    expect(mirrorPaths[0]).toMatch(/^\/mlc-ai\/Qwen2\.5-0\.5B-Instruct-q4f32_1-MLC\/resolve\/main\/mlc-chat-config\.json$/)
    expect(h.requests.filter((r) => !r.url.startsWith("chrome-extension://") && !r.url.startsWith("http://127.0.0.1"))).toEqual([])
    // Nothing more left the machine than the earlier download from Hugging Face.
    expect(h.offMachine()).toEqual(["huggingface.co:443"])
    await page.close()
  })
})
