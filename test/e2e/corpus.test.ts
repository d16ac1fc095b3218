// Real shop pages from the shared corpus, served at their real addresses (Playwright answers the
// request with the saved HTML), so the content script's matches fire exactly as on the live site.
import { existsSync, readFileSync } from "node:fs"
import { gunzipSync } from "node:zlib"
import { fileURLToPath } from "node:url"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { tabIdOf } from "../../scripts/lib/browser.mjs"
import { startHarness, type Harness } from "./session"

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/product-pages/", import.meta.url))
const HAVE_CORPUS = existsSync(`${CORPUS}ground-truth.json`)

interface Truth {
  url: string
  price?: string[]
  brand?: string[]
  availability?: string[]
}

// Three shops with three different markups: IKEA (JSON-LD), Otto (JSON-LD in a German locale),
// Best Buy Canada (JSON-LD with a $ that must read as CAD).
const PAGES = [
  "4708bedc6a2a97be00c15005332e9fee319f7bf3e009a310016401b7cfdc6e3d",
  "e1c58cf210afd7bb4fffee652ab63ef86ff9609cabbdcffc9b05d5bb24afdd6a",
  "93e7744dcaa23844c590accf41ec8e40ac7b07d5ea83aaf284ee2f906ece25f2"
]

const digits = (s: string) => s.replace(/\D/g, "").replace(/^0+/, "")

describe.skipIf(!HAVE_CORPUS)("real product pages from the shared corpus", () => {
  let h: Harness
  let truth: Record<string, Truth>

  beforeAll(async () => {
    truth = JSON.parse(readFileSync(`${CORPUS}ground-truth.json`, "utf8"))
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it.each(PAGES)("page %s shows its product in the popup", async (id) => {
    const expected = truth[id]!
    // The saved pages are already rendered; their own scripts, with the network gone, only reload
    // and redirect at random. Structured data (ld+json) stays.
    const html = gunzipSync(readFileSync(`${CORPUS}pages/${id}.html.gz`))
      .toString("utf8")
      .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, "")
    const page = await h.session.context.newPage()
    const address = expected.url.split("#")[0]
    await page.route((url) => url.href.split("#")[0] === address, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }))
    await page.goto(expected.url, { waitUntil: "domcontentloaded" })
    const popup = await h.popupFor(await tabIdOf(h.session, page))
    await popup
      .getByTestId("product")
      .waitFor({ timeout: 20_000 })
      .catch(async (error: Error) => {
        // Say what the shopper would have seen instead.
        throw new Error(`${error.message}\npopup showed: ${await popup.locator("main").innerText()}`)
      })
    expect((await popup.getByTestId("product-name").innerText()).length).toBeGreaterThan(3)
    const shownPrice = digits(await popup.getByTestId("product-price").innerText())
    expect(expected.price!.map((p) => digits(Number(p).toFixed(2)))).toContain(shownPrice)
    if (expected.brand) expect(expected.brand).toContain(await popup.getByTestId("product-brand").innerText())
    if (expected.availability?.includes("InStock")) {
      expect(await popup.getByTestId("product-availability").innerText()).toBe("In stock")
    }
    await popup.getByTestId("price-history-row").waitFor()
    // The image host is unreachable here: the popup shows its placeholder, not a broken image.
    await popup.getByTestId("product-image-empty").waitFor()
    await popup.close()
    await page.close()
  })

  it("loaded nothing from the network for itself but the product images it displays", () => {
    const own = h.requests.filter((r) => r.by !== "page" && !r.url.startsWith("chrome-extension://"))
    for (const request of own) expect(request.url).toMatch(/\.(?:jpe?g|png|webp|avif|gif)(?:[?#]|$)|\/images?\//i)
  })
})
