// "Read more reviews" loads its reader (generated/review-reader.js) into the content script only
// when a reading starts. Each case has its own browser: consent and stored reviews stay apart
// from the popup tests, whatever order they run in.
import { cpSync, mkdtempSync, rmSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { REVIEW_READER } from "../../src/platform/chrome-content"
import { BUILD_DIR, startHarness, type Harness } from "./session"

const SHOWN = { timeout: 15_000 }
const isReader = (url: string) => url.endsWith(`/${REVIEW_READER}`)

// The second test checks the traffic of the reading the first one starts: kept in this order
// even when the tests are shuffled.
describe("the review reader", { shuffle: false }, () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it("is loaded only when a reading starts, only into the content script, even under the page's strictest policy", async () => {
    // The shop's own page, served with a policy that forbids every script and requires Trusted
    // Types: the reader is imported into Cartwise's isolated world, where that policy does not reach.
    const html = await (await fetch(`${h.shop.origin}/products/aurora-kettle.html`)).text()
    const policy = "default-src 'none'; img-src 'self'; script-src 'none'; require-trusted-types-for 'script'"
    h.shop.mount("/products/aurora-kettle-locked.html", html, { "content-security-policy": policy })
    const { page, tabId } = await h.visit("/products/aurora-kettle-locked.html")
    // Which JavaScript world parses which script, as Chrome's debugger reports it.
    const cdp = await h.session.context.newCDPSession(page)
    const worlds = new Map<number, { type?: string; name: string }>()
    const parsed: { url: string; world: number }[] = []
    cdp.on("Runtime.executionContextCreated", ({ context }) => worlds.set(context.id, { type: context.auxData?.type, name: context.name }))
    cdp.on("Debugger.scriptParsed", ({ url, executionContextId }) => parsed.push({ url, world: executionContextId }))
    await cdp.send("Runtime.enable")
    await cdp.send("Debugger.enable")
    const popup = await h.popupFor(tabId)
    // The popup has asked whether there are review pages, and the content script has answered.
    await popup.locator('[data-testid="read-more-reviews"][data-more-pages="yes"]').waitFor(SHOWN)
    expect(parsed.filter((s) => isReader(s.url))).toEqual([])
    await popup.getByTestId("read-more-reviews").click()
    await popup.getByRole("button", { name: "Allow on 127.0.0.1 and read" }).click()
    await popup.getByTestId("reviews-outcome").waitFor(SHOWN)
    expect(await popup.getByTestId("reviews-outcome").innerText()).toBe("Done: 2 pages read, 8 new reviews.")
    const reader = parsed.filter((s) => isReader(s.url))
    expect(reader).toHaveLength(1)
    expect(worlds.get(reader[0]!.world)).toEqual({ type: "isolated", name: "Cartwise" })
    // No page can tell Cartwise is installed by loading the reader at its fixed address.
    const probe = await page.evaluate(
      (url) => fetch(url).then((r) => `loaded ${r.status}`, () => "refused"),
      `chrome-extension://${h.session.extensionId}/${REVIEW_READER}`
    )
    expect(probe).toBe("refused")
  })

  it("is loaded on a page with a review widget, whose reviews it reads for the content script", async () => {
    // A Shopify shop's Judge.me widget: the widgets' readers travel with the review reader.
    const widgetPage = await readFile(new URL("../fixtures/widgets/judgeme.html", import.meta.url), "utf8")
    h.shop.mount("/products/cedar-moss-candle.html", widgetPage)
    const { page, tabId } = await h.visit("/products/cedar-moss-candle.html")
    const cdp = await h.session.context.newCDPSession(page)
    const parsed: string[] = []
    cdp.on("Debugger.scriptParsed", ({ url }) => parsed.push(url))
    await cdp.send("Debugger.enable")
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    await popup.getByText("3 reviews read, kept on this device.").waitFor(SHOWN)
    expect(await popup.getByTestId("product-name").innerText()).toBe("Cedar Moss Candle")
    // Loaded once into this page (Debugger.enable replays the scripts already parsed).
    expect(parsed.filter(isReader)).toHaveLength(1)
    await popup.close()
  })

  it("loads from the extension itself: nothing else is requested but the shop's own review pages", async () => {
    const reader = await h.session.worker.evaluate((path) => chrome.runtime.getURL(path), REVIEW_READER)
    const fromExtension = h.requests.filter((r) => r.by !== "page")
    expect(fromExtension.some((r) => r.url === reader)).toBe(true)
    // Chrome answers the page's refused probe above as this address; it goes nowhere.
    const refused = "chrome-extension://invalid/"
    const elsewhere = fromExtension.filter(
      (r) => !r.url.startsWith(`chrome-extension://${h.session.extensionId}/`) && r.url !== reader && r.url !== refused && !r.url.startsWith(h.shop.origin)
    )
    expect(elsewhere).toEqual([])
  })
})

// A browser that will not load the reader (an old Chrome with the dynamic-URL import bug,
// crbug 363027634, or a damaged install): "Read more reviews" says so plainly instead of "reload
// the page", which would not help. Simulated with a build copy that lacks the file.
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
      "This browser would not load Cartwise's review reader. If JavaScript is blocked for this site, allow it; otherwise, update the browser. Then try again."
    )
    expect(await popup.getByTestId("product-name").innerText()).toBe("Aurora Gooseneck Kettle 1L")
    expect(h.requests.filter((r) => r.url.includes("/reviews/"))).toEqual([])
  })

  it("still shows a review widget's product, without the widget's reviews", async () => {
    h.shop.mount("/products/cedar-moss-candle.html", await readFile(new URL("../fixtures/widgets/judgeme.html", import.meta.url), "utf8"))
    const popup = await h.popupFor((await h.visit("/products/cedar-moss-candle.html")).tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    expect(await popup.getByTestId("product-name").innerText()).toBe("Cedar Moss Candle")
    expect(await popup.getByTestId("reviews-count").innerText()).toBe("No reviews read yet.")
  })
})

// A shopper who blocked JavaScript for the shop (Chrome's site settings): the content script still
// runs there and reads the page, but Chromium refuses its import of the review reader. The popup
// names that cause, which the shopper can act on.
describe("Read more reviews on a site whose JavaScript the shopper blocked", () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ blockJavaScript: true })
  })
  afterAll(async () => {
    await h?.close()
  })

  it("shows the product read without page scripts, and says why the reading cannot start", async () => {
    // The shop's page with a script of its own, to show the block is in force.
    const html = await (await fetch(`${h.shop.origin}/products/aurora-kettle.html`)).text()
    h.shop.mount("/products/aurora-kettle-scripted.html", html.replace("</body>", "<script>document.documentElement.dataset.ran = 'yes'</script></body>"))
    const { page, tabId } = await h.visit("/products/aurora-kettle-scripted.html")
    expect(await page.locator("html[data-ran]").count()).toBe(0)
    const popup = await h.popupFor(tabId)
    await popup.getByTestId("product").waitFor(SHOWN)
    expect(await popup.getByTestId("product-name").innerText()).toBe("Aurora Gooseneck Kettle 1L")
    await popup.getByTestId("read-more-reviews").click()
    await popup.getByRole("button", { name: "Allow on 127.0.0.1 and read" }).click()
    await popup.getByTestId("reviews-failure").waitFor(SHOWN)
    expect(await popup.getByTestId("reviews-failure").innerText()).toBe(
      "This browser would not load Cartwise's review reader. If JavaScript is blocked for this site, allow it; otherwise, update the browser. Then try again."
    )
    expect(h.requests.filter((r) => r.url.includes("/reviews/"))).toEqual([])
  })
})
