// A review app renders its widget after the page loads, while the page's JSON-LD already lists the
// same reviews without ids (as Judge.me's rich snippets do). The shopper must see each review once,
// under the widget's id, in the built extension: the first reading stores the JSON-LD's copies,
// the re-read when the widget appears joins them (src/db/review-rows.ts).
import { readFile } from "node:fs/promises"

import { describe, expect, it } from "vitest"

import type { StoredReview } from "../../src/db/schema"
import { widgetReviews } from "../../src/sites/widgets/registry"
import { documentFrom } from "../helpers/dom"
import { readTable, useHarness } from "./session"

const SHOWN = { timeout: 15_000 }
const PATH = "/products/cedar-moss-candle-late.html"

describe("a review shown by a widget that renders late and listed in the JSON-LD", () => {
  const h = useHarness()

  it("is stored and counted once, under the widget's id, with what the widget adds", async () => {
    const widgetPage = await readFile(new URL("../fixtures/widgets/judgeme.html", import.meta.url), "utf8")
    // The JSON-LD's copies: what the widget shows, without ids, badges or votes.
    const shown = widgetReviews(documentFrom(widgetPage, `https://shop.example${PATH}`))
    expect(shown).toHaveLength(3)
    const jsonLd = {
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Cedar Moss Candle",
      review: shown.map((r) => ({
        "@type": "Review",
        author: { "@type": "Person", name: r.author },
        datePublished: r.date,
        reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5 },
        reviewBody: r.body
      }))
    }
    // The page's own script takes the widget out while the page loads and puts it back 1.5 s later.
    const late = `<script>(() => { const w = document.querySelector(".jdgm-rev-widg"); const at = w.parentNode; w.remove();
      setTimeout(() => at.appendChild(w), 1500) })()</script>`
    h.shop.mount(
      PATH,
      widgetPage.replace("</head>", `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>`).replace("</body>", `${late}</body>`)
    )
    const { tabId } = await h.visit(PATH)
    const popup = await h.popupFor(tabId)
    await popup.getByText("3 reviews read, kept on this device.").waitFor(SHOWN)
    // Once the widget is read, the three rows carry its ids and its buyer badges.
    await expect
      .poll(async () => ((await readTable(popup, "reviews")) as StoredReview[]).map((r) => [r.id, r.verified]).sort(), SHOWN)
      .toEqual(shown.map((r) => [r.id, r.verified]).sort())
    expect(await popup.getByText("3 reviews read, kept on this device.").isVisible()).toBe(true)
  })
})
