// Trustpilot's product TrustBox shows its reviews in a frame from widget.trustpilot.com; a content
// script in that frame sends them, and the background files them under the product the tab shows.
import { describe, expect, it } from "vitest"

import { handleMessage } from "~src/background/handle-message"
import { settleReviews } from "~src/extract/settle-review"
import { deleteAll } from "~src/db/export"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { trustpilotEvidence } from "~src/sites/widgets/trustpilot.evidence"
import { framingShop, readTrustBoxReviews, trustBoxSkus } from "~src/sites/widgets/trustpilot"

import { freshDb } from "../helpers/db"
import { documentFrom, fixtureHtml } from "../helpers/dom"
import { productMessage } from "../helpers/messages"

const EXT = "abcdefghijklmnopabcdefghijklmnop"
const PRODUCT_URL = "https://brisa-air.example/products/br-2210-purifier"
const [EVIDENCE] = trustpilotEvidence
const FRAME = EVIDENCE!.url
const fromPage = { id: EXT, url: PRODUCT_URL, frameId: 0, tab: { id: 7 } }
const fromFrame = { id: EXT, url: FRAME, frameId: 4, tab: { id: 7 } }
const frameDoc = () => documentFrom(fixtureHtml("../widgets/trustpilot.html"), FRAME)
const framed = (url = FRAME, page = "https://brisa-air.example") => ({
  type: "cartwise/frame-reviews",
  version: MESSAGE_VERSION,
  url,
  page,
  reviews: readTrustBoxReviews(frameDoc())
})
const productPage = (overrides: Parameters<typeof productMessage>[0] = {}) =>
  productMessage({ url: PRODUCT_URL, name: "Brisa BR-2210 Air Purifier", sku: "BR-2210", ...overrides })
const withSku = (sku: string) => FRAME.replace("sku=BR-2210", `sku=${sku}`)
const KEY = "brisa-air.example|sku:BR-2210"

describe("Trustpilot's product TrustBox", () => {
  it("reads the reviews a shopper sees in the frame, not its summary or its load-more row", () => {
    const reviews = settleReviews(readTrustBoxReviews(frameDoc()))
    expect(reviews).toHaveLength(EVIDENCE!.count)
    expect(reviews[0]).toMatchObject(EVIDENCE!.first)
    expect(reviews.map((r) => [r.author, r.rating, r.date])).toEqual([
      ["Ines Duarte", 5, "2024-03-02"],
      ["Mark", 4, "2024-02-14"],
      // A date printed without its year is left empty rather than guessed.
      ["J. Okafor", 2, null]
    ])
    expect(new Set(reviews.map((r) => r.id)).size).toBe(3)
  })

  it("is a product's only when its address names one, and speaks only for the page that holds it", () => {
    expect(trustBoxSkus(FRAME)).toEqual(["BR-2210"])
    expect(trustBoxSkus("https://widget.trustpilot.com/trustboxes/5717796816f630043868e2e8/index.html#sku=A-1,%20B-2,&name=")).toEqual(["A-1", "B-2"])
    // The shop's own reviews (a carousel, the star bar) name no product.
    expect(trustBoxSkus("https://widget.trustpilot.com/trustboxes/53aa8912dec7e10d38f59f36/index.html?templateId=53aa8912dec7e10d38f59f36#locale=en-GB&stars=4%2C5")).toEqual([])
    expect(trustBoxSkus("https://widget.trustpilot.evil.example/trustboxes/x/index.html#sku=BR-2210")).toEqual([])
    expect(framingShop(["https://brisa-air.example"])).toBe("https://brisa-air.example")
    for (const ancestors of [[], ["https://widget.trustpilot.com"], ["https://ads.example", "https://brisa-air.example"], ["null"]]) {
      expect(framingShop(ancestors)).toBeNull()
    }
  })

  it("files its reviews under the product the tab shows, and refreshes the review analysis", async () => {
    const db = freshDb()
    // Before the page has said what it shows: nothing yet (the frame looks again).
    expect(await handleMessage(db, framed(), fromFrame, EXT, 1)).toEqual({ ok: true, productKey: null })
    await handleMessage(db, productPage(), fromPage, EXT, 2)
    expect(await handleMessage(db, framed(), fromFrame, EXT, 3)).toEqual({ ok: true, productKey: KEY })
    const stored = await db.reviews.where("productKey").equals(KEY).toArray()
    expect(stored.map((r) => r.author).sort()).toEqual(["Ines Duarte", "J. Okafor", "Mark"])
    expect(stored.every((r) => r.source === "trustpilot")).toBe(true)
    // The popup's insights count them at once.
    expect(((await db.analyses.get([KEY, "reviews"]))?.value as { insights: { reviews: number } }).insights.reviews).toBe(3)
    // Sent again (the frame showed more): each review once.
    await handleMessage(db, framed(), fromFrame, EXT, 4)
    expect(await db.reviews.where("productKey").equals(KEY).count()).toBe(3)
  })

  it("gives nothing to a tab showing another site, nor from the top frame or a shop TrustBox", async () => {
    const db = freshDb()
    await handleMessage(db, productPage(), fromPage, EXT, 1)
    const shopReviews = "https://widget.trustpilot.com/trustboxes/53aa8912dec7e10d38f59f36/index.html#locale=en-GB"
    const answers = [
      await handleMessage(db, framed(FRAME, "https://elsewhere.example"), fromFrame, EXT, 2),
      await handleMessage(db, framed(), { ...fromFrame, frameId: 0 }, EXT, 2),
      await handleMessage(db, framed(shopReviews), { ...fromFrame, url: shopReviews }, EXT, 2),
      await handleMessage(db, framed(FRAME, "https://brisa-air.example/products/x"), fromFrame, EXT, 2),
      await handleMessage(db, framed(), { ...fromFrame, url: "https://evil.example/" }, EXT, 2)
    ]
    expect(answers[0]).toEqual({ ok: true, productKey: null })
    for (const answer of answers.slice(1)) expect(answer).toMatchObject({ ok: false })
    expect(await db.reviews.count()).toBe(0)
  })

  it("files them only under the product the TrustBox names", async () => {
    // A single-page shop moved on to another product; the old TrustBox, still in the page, looks again.
    const moved = freshDb()
    await handleMessage(moved, productPage(), fromPage, EXT, 1)
    await handleMessage(moved, productPage({ url: "https://brisa-air.example/products/br-3300", name: "Brisa BR-3300", sku: "BR-3300" }), { ...fromPage, url: "https://brisa-air.example/products/br-3300" }, EXT, 2)
    expect(await handleMessage(moved, framed(), fromFrame, EXT, 3)).toEqual({ ok: true, productKey: null })
    expect(await moved.reviews.count()).toBe(0)
    // A TrustBox about another product (a bundle's part, "bought together") on this page.
    const other = freshDb()
    await handleMessage(other, productPage(), fromPage, EXT, 1)
    expect(await handleMessage(other, framed(withSku("FILTER-22")), { ...fromFrame, url: withSku("FILTER-22") }, EXT, 2)).toEqual({ ok: true, productKey: null })
    // The product named by its GTIN, or by one of its variants' skus, in any case: filed.
    const gtin = freshDb()
    await handleMessage(gtin, productPage({ gtin: "4006381333931" }), fromPage, EXT, 1)
    expect(await handleMessage(gtin, framed(withSku("FILTER-22,4006381333931")), { ...fromFrame, url: withSku("FILTER-22,4006381333931") }, EXT, 2)).toEqual({ ok: true, productKey: KEY })
    const variant = freshDb()
    await handleMessage(variant, productPage({ variants: [{ name: "White", sku: "BR-2210-W", price: null, availability: null, url: null }] }), fromPage, EXT, 1)
    expect(await handleMessage(variant, framed(withSku("br-2210-w")), { ...fromFrame, url: withSku("br-2210-w") }, EXT, 2)).toEqual({ ok: true, productKey: KEY })
  })

  it("files nothing in a tab the shopper erased", async () => {
    const db = freshDb()
    await handleMessage(db, productPage(), { ...fromPage, documentId: "doc-1" }, EXT, 1)
    await deleteAll(db, 2)
    expect(await handleMessage(db, framed(), fromFrame, EXT, 3)).toEqual({ ok: true, productKey: null })
    expect(await db.reviews.count()).toBe(0)
    expect(await db.analyses.count()).toBe(0)
  })

  it("reads the product's codes from the frame's fragment, on Trustpilot's TrustBox address only", () => {
    const at = (url: string) => trustBoxSkus(url)
    expect(at("https://widget.trustpilot.com/trustboxes/x/index.html?sku=BR-2210#locale=en-GB")).toEqual([])
    expect(at("http://widget.trustpilot.com/trustboxes/x/index.html#sku=BR-2210")).toEqual([])
    expect(at("https://widget.trustpilot.com/other/x.html#sku=BR-2210")).toEqual([])
    expect(at(`https://widget.trustpilot.com/trustboxes/x/index.html#sku=${"9".repeat(101)},BR-2210`)).toEqual(["BR-2210"])
    expect(at(`https://widget.trustpilot.com/trustboxes/x/index.html#sku=${Array.from({ length: 80 }, (_, i) => `S${i}`).join(",")}`)).toHaveLength(50)
  })
})
