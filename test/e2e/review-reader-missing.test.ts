// A browser that will not load the on-demand review reader (an old Chrome with the dynamic-URL
// import bug, crbug 363027634, or a damaged install): "Read more reviews" says so plainly instead
// of "reload the page", which would not help. Simulated with a build copy that lacks the file.
import { cpSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { REVIEW_READER } from "../../src/platform/chrome-content"
import { BUILD_DIR, startHarness, type Harness } from "./session"

const SHOWN = { timeout: 15_000 }

describe("Read more reviews when the reader cannot be loaded", () => {
  let h: Harness
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cartwise-no-reader-"))
    cpSync(BUILD_DIR, dir, { recursive: true })
    rmSync(join(dir, REVIEW_READER))
    h = await startHarness({ buildDir: dir })
  })
  afterAll(async () => {
    await h?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("tells the shopper the browser would not load it, and the product stays shown", async () => {
    const { tabId } = await h.visit("/products/aurora-kettle.html")
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    await popup.getByTestId("read-more-reviews").click()
    await popup.getByRole("button", { name: "Allow on 127.0.0.1 and read" }).click()
    await popup.getByTestId("reviews-failure").waitFor(SHOWN)
    expect(await popup.getByTestId("reviews-failure").innerText()).toBe(
      "This browser would not load Cartwise's review reader. Update the browser, then try again."
    )
    expect(await popup.getByTestId("product-name").innerText()).toBe("Aurora Gooseneck Kettle 1L")
    expect(h.requests.filter((r) => r.url.includes("/reviews/"))).toEqual([])
    await popup.close()
  })
})
