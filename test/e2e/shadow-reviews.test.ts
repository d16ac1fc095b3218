// Reviews a shop's web component draws in its own shadow root, where no selector on the document
// reaches: John Lewis's <jl-reviews>. The saved 2021 pages have them in the page (drawn by the
// web-components polyfill); in Chrome the component uses a real, open shadow root. Served here
// with a declarative shadow root, which Chrome's parser attaches as the component would, to the
// built John Lewis content script at the shop's own address.
import { readFileSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { tabIdOf } from "../../scripts/lib/browser.mjs"
import { readTable, serveHtml, useHarness } from "./session"

const URL_ = "https://www.johnlewis.com/ridleys-gin-lover-jigsaw-puzzle-500-pieces/p3897500"

/** The fixture with <jl-reviews>'s drawing in an open shadow root, its classes without the polyfill's. */
function withShadowRoot(html: string): string {
  return html.replace(/(<jl-reviews\s[^>]*>)([^]*?)(<\/jl-reviews>)/, (_all, open: string, drawn: string, close: string) => {
    const native = drawn.replaceAll(' class="style-scope jl-reviews"', "").replaceAll(" style-scope jl-reviews", "")
    return `${open}<template shadowrootmode="open">${native}</template>${close}`
  })
}

type StoredReviewRow = { author: string | null; rating: number | null; title: string | null; source: string }

describe("reviews in a web component's shadow root", () => {
  const h = useHarness()

  it("are read by John Lewis's content script and stored with the product", async () => {
    const html = withShadowRoot(readFileSync(new URL("../fixtures/sites/johnlewis-delivery-table.html", import.meta.url), "utf8"))
    expect(html).toContain('<template shadowrootmode="open">')
    const page = await h.session.context.newPage()
    await serveHtml(page, (url) => url.href === URL_, html)
    await page.goto(URL_, { waitUntil: "load" })
    // The reviews are in the shadow root, not in the document a selector searches.
    expect(await page.evaluate(() => [document.querySelectorAll("[class^=Review_Review__]").length, document.querySelector("jl-reviews")?.shadowRoot?.querySelectorAll("[class^=Review_Review__]").length])).toEqual([0, 14])
    const popup = await h.popupFor(await tabIdOf(h.session, page))
    await popup.getByTestId("product").waitFor({ timeout: 20_000 })
    await expect
      .poll(async () => ((await readTable(popup, "reviews")) as StoredReviewRow[]).map((r) => [r.author, r.rating, r.title, r.source]).sort(), { timeout: 15_000 })
      .toEqual([
        ["MarshGin", 5, "Fun for gin lovers", "johnlewis"],
        ["Puzzler22", 3, "Pieces too thin", "johnlewis"]
      ])
    await popup.close()
    await page.close()
  })
})
