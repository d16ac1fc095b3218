// A review's copies, read at different moments (the JSON-LD's at load, the widget's when it
// renders, the JSON-LD's again on the next visit), end up as one stored row.
import { describe, expect, it } from "vitest"

import { reviewRows } from "~src/db/review-rows"
import { settleReviews } from "~src/extract/settle-review"
import type { StoredReview } from "~src/db/schema"
import type { Review } from "~src/product"

const KEY = "shop.example|sku:GK-1"
const words = "Pours without a drip."
const jsonLd: Review = { id: "h0c1d2e3f", author: "Ana", rating: 5, title: null, body: words, date: "2024-03-12", verified: null, helpfulVotes: null, language: null, source: "json-ld" }
const widget: Review = { ...jsonLd, id: "7731", title: "Great kettle", date: null, verified: true, helpfulVotes: 2, source: "judgeme" }
const row = (review: Review, firstSeenAt: number): StoredReview => ({ ...review, productKey: KEY, firstSeenAt })

describe("storing a product's reviews", () => {
  it("joins the widget's copy to the stored JSON-LD copy: the shop's id, both copies' fields, the first sighting", () => {
    const { put, remove } = reviewRows([row(jsonLd, 100)], [widget], KEY, 200)
    expect(put).toEqual([{ ...widget, date: "2024-03-12", productKey: KEY, firstSeenAt: 100, places: ["json-ld", "judgeme"], aliases: ["h0c1d2e3f"] }])
    expect(remove).toEqual(["h0c1d2e3f"])
  })

  it("joins the JSON-LD's copy read later to the stored widget review, removing nothing", () => {
    const { put, remove } = reviewRows([row(widget, 100)], [jsonLd], KEY, 200)
    expect(put).toEqual([{ ...widget, date: "2024-03-12", productKey: KEY, firstSeenAt: 100, places: ["judgeme", "json-ld"], aliases: ["h0c1d2e3f"] }])
    expect(remove).toEqual([])
  })

  it("keeps what an earlier reading gave when the review is read again without it", () => {
    const joined = row({ ...widget, date: "2024-03-12" }, 100)
    const { put } = reviewRows([joined], [{ ...widget, helpfulVotes: 3 }], KEY, 200)
    expect(put).toEqual([{ ...joined, helpfulVotes: 3 }])
  })

  it("joins two stored copies (JSON-LD, microdata) to the widget's review, once each", () => {
    const micro = { ...jsonLd, id: "h99999999", source: "microdata" }
    const { put, remove } = reviewRows([row(jsonLd, 100), row(micro, 150)], [widget], KEY, 200)
    expect(put.map((r) => [r.id, r.firstSeenAt])).toEqual([["7731", 100]])
    expect(remove.sort()).toEqual(["h0c1d2e3f", "h99999999"])
  })

  it("keeps a second JSON-LD review with the same words as another: one copy per place", () => {
    const nextDay = { ...jsonLd, id: "h12121212", date: "2024-03-13" }
    const { put, remove } = reviewRows([row(widget, 100)], [jsonLd, nextDay], KEY, 200)
    expect(put.map((r) => r.id)).toEqual(["7731", "h12121212"])
    expect(remove).toEqual([])
  })

  it("remembers which places a stored review was joined from, so a later reading joins no second copy from one", () => {
    // Ana posted the same words twice, a day apart (the trust report's case). Reading 1: both from
    // the JSON-LD. Reading 2: the widget shows the first, the JSON-LD both. Reading 3: the widget only.
    const nextDay = { ...jsonLd, id: "h12121212", date: "2024-03-13" }
    let rows: StoredReview[] = []
    const read = (incoming: Review[], now: number) => {
      const { put, remove } = reviewRows(rows, incoming, KEY, now)
      rows = [...rows.filter((r) => !remove.includes(r.id) && !put.some((p) => p.id === r.id)), ...put]
    }
    read([jsonLd, nextDay], 100)
    read([{ ...widget, date: "2024-03-12" }, nextDay], 200)
    expect(rows.map((r) => r.id).sort()).toEqual(["7731", "h12121212"])
    expect(rows.find((r) => r.id === "7731")?.places?.sort()).toEqual(["json-ld", "judgeme"])
    read([widget], 300)
    expect(rows.map((r) => [r.id, r.firstSeenAt]).sort()).toEqual([["7731", 100], ["h12121212", 100]])
    // The JSON-LD's copy read again on the next visit is the joined review's, not a new one.
    read([jsonLd, nextDay], 400)
    expect(rows.map((r) => [r.id, r.date]).sort()).toEqual([["7731", "2024-03-12"], ["h12121212", "2024-03-13"]])
  })

  it("joins an edited review's new JSON-LD copy, read on another visit, to the widget's review", () => {
    let rows: StoredReview[] = [row({ ...widget, date: "2024-03-12" }, 100)]
    rows = [{ ...rows[0]!, places: ["judgeme", "json-ld"], aliases: ["h0c1d2e3f"] }]
    const edited = "Pours without a drip. Edit: the lid rattles."
    const apply = ({ put, remove }: ReturnType<typeof reviewRows>) => {
      rows = [...rows.filter((r) => !remove.includes(r.id) && !put.some((p) => p.id === r.id)), ...put]
    }
    apply(reviewRows(rows, [{ ...jsonLd, id: "h77777777", body: edited }], KEY, 200))
    apply(reviewRows(rows, [{ ...widget, body: edited }], KEY, 300))
    expect(rows.map((r) => [r.id, r.body, r.firstSeenAt])).toEqual([["7731", edited, 100]])
  })

  it("refreshes a review from its own reading, and keeps a review settling kept apart though an old alias names it", () => {
    // Visit 1: the widget's review and a JSON-LD review a day later were joined (one copy each place).
    const nextDay = { ...jsonLd, id: "h12121212", date: "2024-03-13" }
    const stored = { ...row({ ...widget, date: "2024-03-12" }, 100), places: ["judgeme", "json-ld"], aliases: ["h12121212"] }
    // Visit 2: the JSON-LD also lists the exact copy; settling joins that one and keeps the next day's apart.
    const incoming = settleReviews([{ ...widget, date: "2024-03-12", helpfulVotes: 5 }, jsonLd, nextDay])
    expect(incoming.map((r) => r.id)).toEqual(["7731", "h12121212"])
    for (const order of [incoming, [...incoming].reverse()]) {
      const { put, remove } = reviewRows([stored], order, KEY, 200)
      expect(put.map((r) => [r.id, r.helpfulVotes, r.aliases, r.firstSeenAt]).sort()).toEqual([
        ["7731", 5, ["h0c1d2e3f"], 100],
        ["h12121212", null, undefined, 200]
      ])
      expect(remove).toEqual([])
    }
  })

  it("never joins two reviews the shop gave ids to, whatever an old alias says", () => {
    const first = { ...row({ ...widget, id: "7732", date: "2024-03-13" }, 100), places: ["judgeme", "json-ld"], aliases: ["h0c1d2e3f"] }
    const second = settleReviews([{ ...widget, date: "2024-03-12" }, jsonLd])
    expect(second.map((r) => [r.id, r.aliases])).toEqual([["7731", ["h0c1d2e3f"]]])
    const { put, remove } = reviewRows([first], second, KEY, 200)
    expect(put.map((r) => r.id)).toEqual(["7731"])
    expect(remove).toEqual([])
  })

  it("stores what settling kept apart: a second JSON-LD review with the same words, a day later, beside the joined one", () => {
    // The widget shows Ana's first review; the JSON-LD lists it and a second with the same words.
    const settled = settleReviews([{ ...widget, date: "2024-03-12", id: "7731" }, { ...jsonLd, id: "" }, { ...jsonLd, id: "", date: "2024-03-13" }])
    expect(settled.map((r) => [r.id, r.date, r.places, r.aliases])).toEqual([
      ["7731", "2024-03-12", ["judgeme", "json-ld"], [expect.stringMatching(/^h/)]],
      [expect.stringMatching(/^h/), "2024-03-13", undefined, undefined]
    ])
    let rows: StoredReview[] = []
    const read = (incoming: Review[], now: number) => {
      const { put, remove } = reviewRows(rows, incoming, KEY, now)
      rows = [...rows.filter((r) => !remove.includes(r.id) && !put.some((p) => p.id === r.id)), ...put]
    }
    read(settled, 100)
    expect(rows.map((r) => r.date).sort()).toEqual(["2024-03-12", "2024-03-13"])
    // The next visit shows the widget only, then the JSON-LD only: still two reviews.
    read([widget], 200)
    read([settled[1]!, { ...jsonLd, id: settled[0]!.aliases![0]! }], 300)
    expect(rows.map((r) => [r.id, r.date, r.firstSeenAt]).sort()).toEqual([
      ["7731", "2024-03-12", 100],
      [settled[1]!.id, "2024-03-13", 100]
    ])
  })

  it("keeps apart the same words under another name, and new reviews are first seen now", () => {
    const other = { ...jsonLd, id: "h34343434", author: "Bo" }
    const { put, remove } = reviewRows([row(widget, 100)], [other], KEY, 200)
    expect(put).toEqual([row(other, 200)])
    expect(remove).toEqual([])
  })
})
