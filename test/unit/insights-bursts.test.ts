import { describe, expect, it } from "vitest"

import { prepareReviews } from "~src/insights/prepare"
import { burstsTest, poissonTail } from "~src/insights/trust/bursts"

import { day, ordinaryReviews } from "../helpers/reviews"

function dated(offsets: number[]) {
  return ordinaryReviews(offsets.length).map((r, i) => ({ ...r, id: `r${i}`, date: day(offsets[i] ?? 0) }))
}

describe("bursts of reviews", () => {
  it("passes reviews that trickle in over a year", () => {
    const outcome = burstsTest(prepareReviews(dated(Array.from({ length: 60 }, (_, i) => i * 6))))
    expect(outcome.test?.status).toBe("pass")
  })

  it("flags a day with many more reviews than the product's pace", () => {
    const steady = Array.from({ length: 50 }, (_, i) => i * 7)
    const burst = Array.from({ length: 15 }, () => 200)
    const outcome = burstsTest(prepareReviews(dated([...steady, ...burst])))
    expect(outcome.test?.status).toBe("fail")
    expect(outcome.test?.measured).toContain("2024-07-19")
    expect(outcome.test?.measured).toMatch(/^1 day with unusually many reviews holds 15 of 65 dated reviews/)
    expect(outcome.test?.reviewIds).toHaveLength(15)
    expect(outcome.weights.size).toBe(15)
  })

  it("does not flag a busy product's busy day", () => {
    // 20 reviews a day for 60 days: a day of 30 is within its own pace.
    const offsets = Array.from({ length: 60 }, (_, d) => Array.from({ length: d === 30 ? 30 : 20 }, () => d)).flat()
    expect(burstsTest(prepareReviews(dated(offsets))).test?.status).toBe("pass")
  })

  it("is skipped without enough dates, or when all dates fall in a few days", () => {
    expect(burstsTest(prepareReviews(ordinaryReviews(30))).skipped?.reason).toMatch(/date/)
    expect(burstsTest(prepareReviews(dated(Array.from({ length: 30 }, (_, i) => i % 3)))).skipped?.reason).toMatch(/span/)
  })

  it("computes Poisson tails without overflow", () => {
    expect(poissonTail(0, 2)).toBe(1)
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 6)
    expect(poissonTail(500, 0.1)).toBeLessThan(1e-300 + 1e-200)
  })
})
