// The test build (`npm run build:test`) puts the deterministic model behind the real engine host,
// port and UI, since no weights can be downloaded here. Through it: the download asks first and
// shows percent, megabytes and time left; an answer reaches the side panel token by token and can be
// stopped; a killed host is rebuilt while the shopper watches "reconnecting"; and every load failure
// is shown in plain words with a way forward.
import type { Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"

import { TEST_BUILD_DIR, pick, useHarness } from "./session"

const SHOWN = { timeout: 30_000 }

// One shopper's journey, step by step (the download first, then answers, a killed host, the
// model found again, then deleted): kept in this order even when the tests are shuffled.
describe("streaming answers through the engine host (test build, deterministic model)", { shuffle: false }, () => {
  const h = useHarness({ buildDir: TEST_BUILD_DIR, webgpu: true })
  let tabId: number

  beforeAll(async () => {
    tabId = (await h.visit("/products/aurora-kettle.html")).tabId
  })

  async function optionsWith(modelName: string): Promise<Page> {
    const page = await h.session.context.newPage()
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await page.getByTestId("gpu-found").waitFor(SHOWN)
    await pick(page, `Use ${modelName}`)
    return page
  }

  it("shows each load failure in plain words with a way forward", async () => {
    const page = await optionsWith("Test model failing: quota")
    await page.getByTestId("enable-ai").click()
    await page.getByTestId("enable-ai-confirm").click()
    await page.locator('[data-testid="model-failed"][data-kind="quota"]').waitFor(SHOWN)
    expect(await page.getByTestId("model-failed").innerText()).toContain("Not enough storage space for the model")
    expect(await page.getByTestId("model-retry").count()).toBe(1)

    for (const [name, kind, title] of [
      ["Test model failing: device-lost", "device-lost", "The graphics card stopped the model"],
      ["Test model failing: out-of-memory", "out-of-memory", "Not enough memory for this model"],
      ["Test model failing: offline", "offline", "Couldn't download the model"]
    ] as const) {
      await pick(page, `Use ${name}`)
      await page.getByTestId(/enable-ai|model-retry|model-load/).first().click()
      const confirm = page.getByTestId("enable-ai-confirm")
      if (await confirm.count()) await confirm.click()
      await page.locator(`[data-testid="model-failed"][data-kind="${kind}"]`).waitFor(SHOWN)
      expect(await page.getByTestId("model-failed").innerText()).toContain(title)
    }
    await page.close()
  })

  it("asks before downloading, then shows percent and megabytes until the model is ready", async () => {
    const page = await optionsWith("Deterministic test model")
    await page.getByTestId(/enable-ai|model-retry/).first().click()
    const consent = page.getByTestId("enable-ai-consent")
    if (await consent.count()) {
      expect(await consent.innerText()).toContain("about 12 MB")
      await page.getByTestId("enable-ai-confirm").click()
    }
    await page.getByTestId("model-progress").waitFor(SHOWN)
    const seen = new Set<string>()
    while (!(await page.getByTestId("model-ready").count())) {
      for (const text of await page.getByTestId("model-progress-text").allTextContents()) seen.add(text)
      await page.waitForTimeout(50)
    }
    expect([...seen].some((line) => /^\d+% · \d+ MB of 12 MB/.test(line))).toBe(true)
    expect(await page.getByTestId("model-ready").innerText()).toContain("ready, offline, on this device")
    // The popup of a product page shows the same state.
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("model-ready").waitFor(SHOWN)
    await popup.close()
    await page.close()
  })

  it("streams an answer into the side panel token by token, and stops it on request", async () => {
    const panel = await h.session.context.newPage()
    await panel.goto(`chrome-extension://${h.session.extensionId}/sidepanel.html?tabId=${tabId}`)
    await panel.getByTestId("qa-product").waitFor(SHOWN)
    expect(await panel.getByTestId("qa-product").innerText()).toBe("Aurora Gooseneck Kettle 1L")

    await panel.getByTestId("qa-input").fill("Is it loud?")
    await panel.getByTestId("qa-ask").click()
    const answer = panel.getByTestId("qa-answer").last()
    const lengths: number[] = []
    while ((await panel.getByTestId("qa-exchange").last().getAttribute("data-state")) !== "done") {
      lengths.push(((await answer.textContent()) ?? "").length)
      await panel.waitForTimeout(30)
    }
    const growing = new Set(lengths.filter((n) => n > 0))
    expect(growing.size).toBeGreaterThan(3)
    expect(await answer.innerText()).toContain("Is it loud?")
    expect(await panel.getByTestId("qa-exchange").last().innerText()).toMatch(/Based on the product page and \d+ of \d+ reviews/)

    await panel.getByTestId("qa-input").fill("Does it <b>rust</b>?")
    await panel.getByTestId("qa-ask").click()
    await panel.locator('[data-testid="qa-exchange"][data-state="streaming"]').waitFor(SHOWN)
    await panel.getByTestId("qa-stop").click()
    await panel.locator('[data-testid="qa-exchange"][data-state="stopped"]').waitFor(SHOWN)
    const stopped = (await panel.getByTestId("qa-answer").last().textContent()) ?? ""
    await panel.waitForTimeout(500)
    expect((await panel.getByTestId("qa-answer").last().textContent()) ?? "").toBe(stopped)
    // Page and model text are text: the markup in the question was not rendered.
    expect(await panel.locator(".cw-qa b").count()).toBe(0)
    await panel.close()
  })

  it("rebuilds a killed host: the panel says reconnecting, then answers again with the model reloaded", async () => {
    const panel = await h.session.context.newPage()
    await panel.goto(`chrome-extension://${h.session.extensionId}/sidepanel.html?tabId=${tabId}`)
    await panel.getByTestId("qa-input").waitFor(SHOWN)
    await panel.getByTestId("qa-input").fill("Will it survive?")
    // Shift+Enter is a new line; Enter asks, as in any chat.
    await panel.getByTestId("qa-input").press("Shift+Enter")
    expect(await panel.getByTestId("qa-input").inputValue()).toBe("Will it survive?\n")
    expect(await panel.getByTestId("qa-exchange").count()).toBe(0)
    await panel.getByTestId("qa-input").press("Enter")
    await panel.locator('[data-testid="qa-exchange"][data-state="streaming"]').waitFor(SHOWN)
    expect(await panel.getByTestId("qa-input").inputValue()).toBe("")
    // Chrome may close an offscreen document at any time; so does this.
    await h.session.worker.evaluate(() => chrome.offscreen.closeDocument())
    await panel.getByTestId("qa-reconnecting").waitFor(SHOWN)
    await panel.locator('[data-testid="qa-exchange"][data-state="done"]').waitFor(SHOWN)
    expect(await panel.getByTestId("qa-answer").last().innerText()).toMatch(/^Deterministic answer to: Will it survive\? This reply/)
    expect(await panel.getByTestId("qa-reconnecting").count()).toBe(0)
    await panel.close()
  })

  it("loads a model already on this device by itself, once: after Stop it waits for the shopper", async () => {
    // A fresh host (Chrome closed the document while no page was open) knows nothing loaded.
    await h.session.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined))
    const page = await h.session.context.newPage()
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await page.getByTestId("model-progress").waitFor(SHOWN)
    await page.getByTestId("model-stop").click()
    await page.getByTestId("model-load").waitFor(SHOWN)
    expect(await page.getByTestId("model-load").innerText()).toBe("Load it")
    // It stays stopped: nothing starts the load again behind the shopper's back.
    await page.waitForTimeout(1500)
    expect(await page.getByTestId("model-progress").count()).toBe(0)
    await page.getByTestId("model-load").click()
    await page.getByTestId("model-ready").waitFor(SHOWN)
    expect(await page.getByTestId("model-ready").innerText()).toContain("It takes 12 MB")
    await page.close()
  })

  it("deletes the model on request: unloaded, switched off, and offered again", async () => {
    const page = await h.session.context.newPage()
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await page.getByTestId("model-ready").waitFor(SHOWN)
    await page.getByTestId("model-delete").click()
    await page.getByTestId("enable-ai").waitFor(SHOWN)
    expect(await page.getByTestId("enable-ai").innerText()).toBe("Enable on-device AI")
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    expect(await popup.getByTestId("model-ready").count()).toBe(0)
    await popup.close()
    await page.close()
  })
})
