import { describe, expect, it } from "vitest"

import { prepareReviews } from "~src/insights/prepare"
import { duplicateGroups, duplicatesTest } from "~src/insights/trust/duplicates"

import { ordinaryReviews, review } from "../helpers/reviews"

const ORIGINAL =
  "I bought this kettle for our office kitchen and it boils a full litre in about three minutes. The lid opens with one finger, the handle stays cool and the blue light is a nice touch. After two months of daily use there is no limescale yet."

function groupsOf(bodies: string[]): string[][] {
  const reviews = bodies.map((body, i) => review({ id: `r${i}`, body }))
  return duplicateGroups(prepareReviews(reviews)).map((group) => group.map((index) => reviews[index]?.id ?? ""))
}

describe("near-duplicate reviews", () => {
  it("groups exact copies, light edits and a copy pasted into a longer review", () => {
    const lightlyEdited = ORIGINAL.replace("three", "four").replace("nice touch", "lovely touch").replace("daily", "everyday").toUpperCase()
    const pasted = `Five stars from me. ${ORIGINAL} I also ordered a second one for home, and the delivery was quick both times.`
    const groups = groupsOf([ORIGINAL, "Completely different: the toaster burns one side and the crumb tray sticks.", ORIGINAL, lightlyEdited, pasted])
    expect(groups).toEqual([["r0", "r2", "r3", "r4"]])
  })

  it("does not group reviews that only share common phrases", () => {
    const groups = groupsOf([
      "Great product, works as described. The battery lasts all day and charging is quick with the included cable.",
      "Great product, works as described. The strap is comfortable and the buckle feels sturdy even after a month of running.",
      "Works as described. Sound is clear on calls, the case is a little bulky but fits in a jacket pocket."
    ])
    expect(groups).toEqual([])
  })

  it("finds Chinese copies character by character", () => {
    const text = "这个电水壶烧水很快，三分钟就开了，壶身不烫手，用了两个月还没有水垢，很满意。"
    const groups = groupsOf([text, text.replace("两个月", "三个月"), "衣服质量很好，尺码标准，颜色和图片一样，穿着很舒服。"])
    expect(groups).toEqual([["r0", "r1"]])
  })

  it("leaves short reviews to the generic-praise test", () => {
    expect(groupsOf(["Great product, love it!", "Great product, love it!", "great product love it"])).toEqual([])
  })

  it("scales to thousands of reviews with one copy ring among them", () => {
    const reviews = ordinaryReviews(3000).concat(Array.from({ length: 6 }, (_, i) => review({ id: `copy${i}`, body: ORIGINAL + (i % 2 ? " Recommended." : "") })))
    const outcome = duplicatesTest(prepareReviews(reviews))
    expect(outcome.test?.reviewIds.filter((id) => id.startsWith("copy"))).toHaveLength(6)
    expect(outcome.test?.status).toBe("fail")
    // The earliest copy counts fully; the rest count less but are still there.
    expect([...outcome.weights.keys()].filter((id) => id.startsWith("copy"))).toHaveLength(5)
  })

  it("passes a set with no copies", () => {
    const outcome = duplicatesTest(prepareReviews(ordinaryReviews(40)))
    expect(outcome.test?.status).toBe("pass")
    expect(outcome.test?.reviewIds).toEqual([])
  })
})
