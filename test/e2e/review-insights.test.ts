// Review intelligence in the built extension (test build, so the deterministic model can write the
// AI summary): a demo product with 29 reviews, among them three near-copies posted on one day, two
// free-product disclosures, short generic praise and one that tries to instruct the model in markup. The popup shows a trust grade with an adjusted
// rating, counted highlights and a report card with the reviews behind each test; the AI summary
// streams in, cites reviews, drops a point citing none, and is shown from the cache next time.
import { beforeAll, describe, expect, it } from "vitest"

import { TEST_BUILD_DIR, pick, useHarness } from "./session"

const SHOWN = { timeout: 30_000 }

describe("review insights, trust report and AI summary", () => {
  const h = useHarness({ buildDir: TEST_BUILD_DIR, webgpu: true })
  let tabId: number

  beforeAll(async () => {
    tabId = (await h.visit("/products/tidewave-headphones.html")).tabId
  })

  it("grades the reviews, counts what buyers mention, and shows the evidence behind each test", async () => {
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("insights").waitFor(SHOWN)
    expect(await popup.getByTestId("trust-grade").innerText()).toMatch(/^[A-F]$/)
    // The letter is said to grade the reviews, not the product.
    expect(await popup.getByTestId("trust").innerText()).toMatch(/Review trust · adjusted rating \d\.\d/)
    // The shop's rating counts all its reviews; ours says which reviews it rests on.
    expect(await popup.getByTestId("trust-basis").innerText()).toMatch(/from the 29 reviews read, which average \d\.\d$/)
    const highlights = await popup.getByTestId("highlight").allInnerTexts()
    expect(highlights.length).toBeGreaterThan(1)
    expect(highlights[0]).toMatch(/^\d+ of 29 reviews mention battery/)

    await popup.getByTestId("open-report").click()
    const duplicates = popup.getByTestId("trust-test-duplicates")
    await duplicates.waitFor(SHOWN)
    expect(await popup.getByTestId("report-grade").innerText()).toMatch(
      /^Review trust grade [A-F] \(\d+ of 100\): how genuine the reviews read look, not how good the product is\. Suspicious reviews count less/
    )
    expect(await duplicates.getAttribute("data-status")).not.toBe("pass")
    expect(await duplicates.innerText()).toContain("3 of 29 reviews")
    await duplicates.getByText(/The reviews behind it/).click()
    expect(await duplicates.innerText()).toContain("Amazing headphones")
    expect(await popup.getByTestId("trust-test-incentivised").innerText()).toContain("2 of 29 reviews")
    // Review text is text: the hostile review's markup is shown, never rendered.
    expect(await popup.locator("[data-testid=report-card] b, [data-testid=report-card] img").count()).toBe(0)
    await popup.close()
  })

  it("writes the AI summary on the device once the model is ready, grounded in cited reviews", async () => {
    const options = await h.session.context.newPage()
    await options.goto(`chrome-extension://${h.session.extensionId}/options.html`)
    await options.getByTestId("gpu-found").waitFor(SHOWN)
    await pick(options, "Use Deterministic test model")
    await options.getByTestId("enable-ai").click()
    await options.getByTestId("enable-ai-confirm").click()
    await options.getByTestId("model-ready").waitFor(SHOWN)
    await options.close()

    const popup = await h.popupFor(tabId)
    await popup.getByTestId("ai-summary-streaming").waitFor(SHOWN)
    await popup.getByTestId("ai-summary-done").waitFor(SHOWN)
    expect(await popup.getByTestId("ai-verdict").innerText()).toBe("Strong battery and noise cancelling; check the fit.")
    expect(await popup.getByTestId("ai-pros").innerText()).toContain("Buyers praise the long battery life")
    // The point citing a review that was never sent is not shown, and the shopper is told.
    expect(await popup.getByTestId("ai-summary").innerText()).not.toContain("Invented praise")
    expect(await popup.getByTestId("ai-summary").innerText()).toMatch(/from \d+ of 29 reviews; 1 point citing no review left out/)
    expect(await popup.locator("[data-testid=product] b, [data-testid=product] img:not(.cw-image)").count()).toBe(0)
    await popup.getByTestId("ai-pros").getByTestId("ai-cites").click()
    // The cited review, read from this device's store.
    await expect.poll(async () => (await popup.getByTestId("ai-cited-reviews").innerText()).length, SHOWN).toBeGreaterThan(10)
    await popup.close()

    // Next time it is there at once, from the cache, without being written again.
    const again = await h.popupFor(tabId)
    await again.getByTestId("ai-summary-done").waitFor(SHOWN)
    expect(await again.getByTestId("ai-summary-streaming").count()).toBe(0)
    expect(await again.getByTestId("ai-summary").innerText()).not.toContain("updating")
    await again.close()
  })
})
