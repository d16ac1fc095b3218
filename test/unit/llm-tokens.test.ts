import { describe, expect, it } from "vitest"

import { ModelError } from "~src/llm/language-model"
import {
  MESSAGE_OVERHEAD,
  TEMPLATE_OVERHEAD,
  assertFitsContext,
  estimateChatTokens,
  estimateTokens,
  fitToBudget,
  type BudgetPart
} from "~src/llm/tokens"

const ENGLISH =
  "This blender is powerful and easy to clean. The jug feels sturdy, the lid seals well and the motor never overheated, even with frozen fruit. It is loud, though, and the cord could be longer."

describe("estimating tokens", () => {
  it("counts by script", () => {
    expect(estimateTokens("")).toBe(0)
    expect(estimateTokens("great")).toBe(2)
    expect(estimateTokens("这个产品很好")).toBe(6)
    expect(estimateTokens("とても良い")).toBe(5)
    expect(estimateTokens("배송이 빨라요")).toBe(6)
    expect(estimateTokens("1299")).toBe(4)
    expect(estimateTokens("Отличный")).toBe(4)
    expect(estimateTokens("a\nb")).toBe(3)
  })

  it("errs high for English: at least one token per word, at most two", () => {
    const words = ENGLISH.split(/\s+/).length
    expect(estimateTokens(ENGLISH)).toBeGreaterThanOrEqual(words)
    expect(estimateTokens(ENGLISH)).toBeLessThanOrEqual(2 * words)
  })

  it("counts accented words, and plain words among many accents, more densely", () => {
    expect(estimateTokens("Qualität")).toBe(4)
    expect(estimateTokens("Qualitat")).toBe(2)
    expect(estimateTokens("Rokassomas")).toBe(3)
    expect(estimateTokens("Rokassomas Sieviešu")).toBe(8)
  })

  it("counts a letter a token in scripts with few merges", () => {
    expect(estimateTokens("שלום")).toBe(5)
    expect(estimateTokens("Καλό")).toBe(5)
    expect(estimateTokens("สวัสดี")).toBe(4)
  })

  it("never shrinks as text grows", () => {
    let previous = 0
    for (let end = 0; end <= ENGLISH.length; end += 7) {
      const tokens = estimateTokens(ENGLISH.slice(0, end))
      expect(tokens).toBeGreaterThanOrEqual(previous)
      previous = tokens
    }
  })

  it("adds the chat template's overhead", () => {
    const messages = [
      { role: "system" as const, content: "Be brief." },
      { role: "user" as const, content: "great" }
    ]
    expect(estimateChatTokens(messages)).toBe(TEMPLATE_OVERHEAD + 2 * MESSAGE_OVERHEAD + estimateTokens("Be brief.") + 2)
  })

  it("refuses a prompt that leaves no room for the reply", () => {
    const messages = [{ role: "user" as const, content: ENGLISH }]
    const needed = estimateChatTokens(messages) + 100
    expect(() => assertFitsContext(messages, 100, needed)).not.toThrow()
    try {
      assertFitsContext(messages, 100, needed - 1)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError)
      expect(error).toMatchObject({ kind: "context-overflow", tokens: { needed, available: needed - 1 } })
    }
  })
})

describe("fitting parts to a token budget", () => {
  const reviews = [1, 2, 3, 4, 5].map((n) => ({ id: `review-${n}`, text: `Review ${n}: ${ENGLISH}`, priority: 1 }))
  const parts: BudgetPart[] = [
    { id: "instructions", text: "Summarise the reviews.", priority: 10, required: true },
    { id: "description", text: ENGLISH, priority: 2, divisible: true },
    ...reviews,
    { id: "question", text: "Is it loud?", priority: 10, required: true }
  ]
  const total = parts.reduce((sum, part) => sum + estimateTokens(part.text), 0)
  const reviewTokens = estimateTokens(reviews[0]?.text ?? "")

  it("keeps everything that fits", () => {
    const result = fitToBudget(parts, total)
    expect(result).toMatchObject({ dropped: [], tokens: total, fits: true })
    expect(result.parts.map((part) => part.id)).toEqual(parts.map((part) => part.id))
  })

  it("drops the lowest priority first, later parts before earlier ones", () => {
    const result = fitToBudget(parts, total - reviewTokens - 1)
    expect(result.dropped.map((d) => [d.id, d.whole])).toEqual([["review-5", true], ["review-4", true]])
    expect(result.parts.map((part) => part.id)).toEqual(["instructions", "description", "review-1", "review-2", "review-3", "question"])
    expect(result.fits).toBe(true)
    expect(result.tokens).toBeLessThanOrEqual(total - reviewTokens - 1)
  })

  it("trims a divisible part at a word boundary and says what was cut", () => {
    const allReviews = 5 * reviewTokens
    const budget = total - allReviews - 10
    const result = fitToBudget(parts, budget)
    const description = result.parts.find((part) => part.id === "description")
    expect(description?.trimmed).toBe(true)
    const kept = description?.text ?? ""
    expect(kept.endsWith("…")).toBe(true)
    const prefix = kept.slice(0, -1)
    expect(ENGLISH.startsWith(prefix)).toBe(true)
    expect(ENGLISH.slice(prefix.length)).toMatch(/^[\s,.]/) // the cut falls between words
    const cut = result.dropped.find((d) => d.id === "description")
    expect(cut).toMatchObject({ whole: false })
    expect(cut?.text).toBe(ENGLISH.slice(prefix.length).trim())
    expect(result.tokens).toBeLessThanOrEqual(budget)
  })

  it("cuts text without spaces between words, not inside them", () => {
    const text = "这款搅拌机功率很大，而且容易清洗。杯子很结实，盖子密封很好。"
    const result = fitToBudget([{ id: "zh", text, priority: 1, divisible: true }], 12)
    const kept = result.parts[0]?.text ?? ""
    expect(text.startsWith(kept.slice(0, -1))).toBe(true)
    expect(estimateTokens(kept)).toBeLessThanOrEqual(12)
    expect(kept.length).toBeGreaterThan(5)
  })

  it("drops a divisible part whole when not even a word of it fits", () => {
    const result = fitToBudget([{ id: "d", text: "Supercalifragilistic", priority: 1, divisible: true }], 2)
    expect(result).toMatchObject({ parts: [], dropped: [{ id: "d", whole: true }], tokens: 0, fits: true })
  })

  it("never drops required parts, and says when they alone are too long", () => {
    const result = fitToBudget(parts, 5)
    expect(result.parts.map((part) => part.id)).toEqual(["instructions", "question"])
    expect(result.fits).toBe(false)
  })
})
