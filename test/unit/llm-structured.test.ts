import { describe, expect, it } from "vitest"

import { ModelError, type ChatMessage, type Validator } from "~src/llm/language-model"
import { parseModelJson, runStructured } from "~src/llm/structured"

interface Verdict {
  verdict: "buy" | "wait"
  reasons: string[]
}

const validateVerdict: Validator<Verdict> = (value) => {
  const reasons: string[] = []
  const v = value as Partial<Verdict> | null
  if (!v || typeof v !== "object") return { ok: false, reasons: ["The reply must be a JSON object."] }
  if (v.verdict !== "buy" && v.verdict !== "wait") reasons.push('"verdict" must be "buy" or "wait".')
  if (!Array.isArray(v.reasons) || !v.reasons.every((r) => typeof r === "string")) reasons.push('"reasons" must be a list of strings.')
  return reasons.length ? { ok: false, reasons } : { ok: true, value: v as Verdict }
}

const question: ChatMessage[] = [{ role: "user", content: "Should I buy this blender now?" }]
const good = '{"verdict":"wait","reasons":["price dropped last month"]}'

/** A scripted engine: answers in turn and records what it was asked. */
function scripted(...answers: string[]) {
  const calls: ChatMessage[][] = []
  const complete = async (messages: ChatMessage[]) => {
    calls.push(messages)
    return answers[calls.length - 1] ?? ""
  }
  return { calls, complete }
}

describe("reading JSON from model text", () => {
  it.each([
    ["bare", good],
    ["fenced", "```json\n" + good + "\n```"],
    ["fenced without a language", "```\n" + good + "\n```"],
    ["with prose around it", `Here is my answer: ${good} Hope that helps!`],
    ["padded", `\n  ${good}  \n`]
  ])("%s", (_name, text) => {
    expect(parseModelJson(text)).toEqual({ ok: true, value: { verdict: "wait", reasons: ["price dropped last month"] } })
  })

  it("says when there is no JSON", () => {
    expect(parseModelJson("I think you should wait.")).toEqual({ ok: false, reasons: ["The reply is not valid JSON."] })
    expect(parseModelJson("  ")).toEqual({ ok: false, reasons: ["The reply is empty."] })
  })
})

describe("running a structured request", () => {
  it("returns a valid first answer without retrying", async () => {
    const engine = scripted(good)
    await expect(runStructured(question, validateVerdict, engine.complete)).resolves.toEqual({
      verdict: "wait",
      reasons: ["price dropped last month"]
    })
    expect(engine.calls).toHaveLength(1)
  })

  it("retries once with the reasons, then accepts a valid answer", async () => {
    const engine = scripted('{"verdict":"maybe"}', good)
    await expect(runStructured(question, validateVerdict, engine.complete)).resolves.toMatchObject({ verdict: "wait" })
    expect(engine.calls).toHaveLength(2)
    const retry = engine.calls[1] ?? []
    expect(retry.slice(0, question.length)).toEqual(question)
    expect(retry.at(-2)).toEqual({ role: "assistant", content: '{"verdict":"maybe"}' })
    expect(retry.at(-1)?.role).toBe("user")
    expect(retry.at(-1)?.content).toContain('"verdict" must be "buy" or "wait".')
    expect(retry.at(-1)?.content).toContain('"reasons" must be a list of strings.')
  })

  it("gives up after the second invalid answer with the validator's reasons", async () => {
    const engine = scripted('{"verdict":"maybe"}', '{"verdict":"buy","reasons":"cheap"}', good)
    const failure = await runStructured(question, validateVerdict, engine.complete).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ModelError)
    expect(failure).toMatchObject({ kind: "invalid-output", reasons: ['"reasons" must be a list of strings.'] })
    expect(engine.calls).toHaveLength(2)
  })

  it("reports text that is not JSON at all", async () => {
    const engine = scripted("Wait for a sale.", "Definitely wait.")
    await expect(runStructured(question, validateVerdict, engine.complete)).rejects.toMatchObject({
      kind: "invalid-output",
      reasons: ["The reply is not valid JSON."]
    })
  })

  it("shows back only the start of a very long wrong answer", async () => {
    const engine = scripted("x".repeat(10_000), good)
    await runStructured(question, validateVerdict, engine.complete)
    expect(engine.calls[1]?.at(-2)?.content.length).toBeLessThan(2000)
  })

  it("does not retry a cancelled request", async () => {
    let calls = 0
    const complete = async () => {
      calls++
      throw new ModelError("cancelled")
    }
    await expect(runStructured(question, validateVerdict, complete)).rejects.toMatchObject({ kind: "cancelled" })
    expect(calls).toBe(1)
  })
})
