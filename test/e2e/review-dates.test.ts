// A shop whose JSON-LD lists its reviews without dates and prints each date above the review
// (as Tchibo does). In the built extension the background sees undated reviews, asks the page for
// the review reader (READ_REVIEW_DATES), and the reader's re-read stores the printed dates, read
// day first as the shop's list shows, under the ids the first reading stored them by.
import { readFile } from "node:fs/promises"

import { describe, expect, it } from "vitest"

import type { StoredReview } from "../../src/db/schema"
import { REVIEW_READER } from "../../src/platform/chrome-content"
import { readTable, useHarness } from "./session"

const SHOWN = { timeout: 15_000 }
const PATH = "/products/umstandskleid.html"

describe("reviews whose structured data has no date", () => {
  const h = useHarness()

  it("are stored with the dates the page prints beside them, once each", async () => {
    h.shop.mount(PATH, await readFile(new URL("../fixtures/pages/jsonld-reviews-printed-dates.html", import.meta.url), "utf8"))
    const { tabId } = await h.visit(PATH)
    const popup = await h.popupFor(tabId)
    await popup.getByText("7 reviews read, kept on this device.").waitFor(SHOWN)
    const dates = async () =>
      ((await readTable(popup, "reviews")) as StoredReview[]).map((r) => [r.author, r.body.slice(0, 12), r.date]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))
    await expect.poll(dates, SHOWN).toEqual(
      [
        ["Anonym", "Fand es cool", "2020-10-06"],
        ["Anonym", "Top", null],
        ["Anonym", "Vielleicht e", "2020-09-14"],
        ["Marika J.", "Gute Qualitä", "2020-09-26"],
        ["Petra", "Am 12.03.202", null],
        ["Kathrin G.", "Schönes Must", null],
        ["Ute", "Schon datier", "2020-08-01"]
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1])))
    )
    expect(await popup.getByText("7 reviews read, kept on this device.").isVisible()).toBe(true)
    // The reader came from the extension itself; nothing went anywhere but the shop and the extension.
    const reader = await h.session.worker.evaluate((path) => chrome.runtime.getURL(path), REVIEW_READER)
    expect(h.requests.some((r) => r.url === reader)).toBe(true)
    expect(h.requests.filter((r) => !r.url.startsWith(h.shop.origin) && !r.url.startsWith("chrome-extension://"))).toEqual([])
  })
})
