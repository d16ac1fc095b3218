import { describe, expect, it } from "vitest"

import { DeterministicModel, exampleFor, splitTokens } from "~src/llm/deterministic-model"
import { ModelError, type ChatMessage, type LoadProgress, type Validator } from "~src/llm/language-model"

const MODEL = "Qwen2.5-1.5B-Instruct-q4f16_1-MLC"
const immediate = () => Promise.resolve()
const ask: ChatMessage[] = [
  { role: "system", content: "You help people shop." },
  { role: "user", content: "Is this kettle quiet?" }
]

async function loaded(options: ConstructorParameters<typeof DeterministicModel>[0] = {}): Promise<DeterministicModel> {
  const model = new DeterministicModel({ sleep: immediate, ...options })
  await model.load(MODEL)
  return model
}

const schema = {
  type: "object",
  required: ["verdict", "score"],
  properties: { verdict: { enum: ["quiet", "loud"] }, score: { type: "number", minimum: 1 }, note: { type: "string" } }
}
const validate: Validator<{ verdict: string; score: number }> = (value) => {
  const v = value as { verdict?: unknown; score?: unknown }
  return v && (v.verdict === "quiet" || v.verdict === "loud") && typeof v.score === "number"
    ? { ok: true, value: { verdict: v.verdict, score: v.score } }
    : { ok: false, reasons: ["verdict must be quiet or loud, score a number"] }
}

describe("the deterministic model: loading", () => {
  it("reports progress in steps up to ready", async () => {
    const model = new DeterministicModel({ sleep: immediate, loadSteps: 4, loadBytes: 400 })
    const seen: LoadProgress[] = []
    expect(model.contextWindow()).toBeNull()
    await model.load(MODEL, (p) => seen.push(p))
    expect(seen.map((p) => p.fraction)).toEqual([0.25, 0.5, 0.75, 1])
    expect(seen.map((p) => p.bytesLoaded)).toEqual([100, 200, 300, 400])
    expect(seen.at(-1)).toMatchObject({ phase: "ready", text: "Ready" })
    expect(model.contextWindow()).toBe(4096)
  })

  it("fails a load with the kind it was told, after the steps it was told", async () => {
    const model = new DeterministicModel({ sleep: immediate, failLoad: { kind: "offline", afterSteps: 1 } })
    const seen: LoadProgress[] = []
    const failure = await model.load(MODEL, (p) => seen.push(p)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ModelError)
    expect(failure).toMatchObject({ kind: "offline" })
    expect(seen).toHaveLength(1)
    await expect(model.chat(ask)).rejects.toMatchObject({ kind: "not-loaded" })
    model.failLoad = null
    await model.load(MODEL)
    await expect(model.chat(ask)).resolves.toBeTypeOf("string")
  })

  it("stops a load when unloaded", async () => {
    const model = new DeterministicModel()
    const loading = model.load(MODEL)
    await model.unload()
    await expect(loading).rejects.toMatchObject({ kind: "cancelled" })
    expect(model.contextWindow()).toBeNull()
  })
})

describe("the deterministic model: chat", () => {
  it("streams the reply token by token, in order, and the same every time", async () => {
    const model = await loaded({ reply: () => "It is quiet, about 40 dB." })
    const tokens: string[] = []
    const text = await model.chat(ask, { onToken: (t) => tokens.push(t) })
    expect(tokens).toEqual(["It", " is", " quiet,", " about", " 40", " dB."])
    expect(tokens.join("")).toBe(text)
    expect(await model.chat(ask)).toBe(text)
  })

  it("answers without a script, deterministically", async () => {
    const model = await loaded()
    expect(await model.chat(ask)).toBe("Deterministic answer to: Is this kettle quiet?")
  })

  it("stops emitting and rejects with cancelled when the signal aborts mid-stream", async () => {
    const model = await loaded({ reply: () => "one two three four five six" })
    const controller = new AbortController()
    const tokens: string[] = []
    const reply = model.chat(ask, {
      signal: controller.signal,
      onToken: (t) => {
        tokens.push(t)
        if (tokens.length === 2) controller.abort()
      }
    })
    await expect(reply).rejects.toMatchObject({ kind: "cancelled" })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(tokens).toEqual(["one", " two"])
  })

  it("cancel() stops every generation in progress", async () => {
    let release: () => void = () => {}
    let hold = false
    const sleep = () => (hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve())
    const model = await loaded({ reply: () => "one two three", sleep })
    hold = true
    const tokens: string[] = []
    const reply = model.chat(ask, { onToken: (t) => tokens.push(t) })
    model.cancel()
    release()
    await expect(reply).rejects.toMatchObject({ kind: "cancelled" })
    expect(tokens).toEqual([])
  })

  it("rejects an already aborted request without emitting", async () => {
    const model = await loaded()
    const tokens: string[] = []
    await expect(model.chat(ask, { signal: AbortSignal.abort(), onToken: (t) => tokens.push(t) })).rejects.toMatchObject({ kind: "cancelled" })
    expect(tokens).toEqual([])
  })

  it("stops at maxTokens", async () => {
    const model = await loaded({ reply: () => "a b c d e" })
    expect(await model.chat(ask, { maxTokens: 3 })).toBe("a b c")
  })

  it("refuses what WebLLM would refuse, before generating", async () => {
    const model = await loaded({ contextWindow: 200 })
    const tokens: string[] = []
    const long: ChatMessage[] = [{ role: "user", content: "word ".repeat(400) }]
    await expect(model.chat(long, { onToken: (t) => tokens.push(t) })).rejects.toMatchObject({ kind: "context-overflow" })
    await expect(model.chat([...ask, { role: "assistant", content: "Hi" }])).rejects.toThrow(/last message/)
    await expect(model.chat([ask[1] as ChatMessage, ask[0] as ChatMessage])).rejects.toThrow(/system message/)
    expect(tokens).toEqual([])
  })

  it("counts tokens with the shared estimate", async () => {
    const model = await loaded()
    expect(model.countTokens("这个产品很好")).toBe(6)
  })
})

describe("the deterministic model: structured output", () => {
  it("answers from the scripted responder", async () => {
    const model = await loaded({ respond: () => ({ verdict: "quiet", score: 4 }) })
    await expect(model.structured(ask, schema, validate)).resolves.toEqual({ verdict: "quiet", score: 4 })
  })

  it("retries once after an invalid answer", async () => {
    const attempts: number[] = []
    const model = await loaded({
      respond: ({ attempt }) => {
        attempts.push(attempt)
        return attempt === 1 ? "```json\n{\"verdict\":\"meh\"}\n```" : { verdict: "loud", score: 2 }
      }
    })
    await expect(model.structured(ask, schema, validate)).resolves.toEqual({ verdict: "loud", score: 2 })
    expect(attempts).toEqual([1, 2])
  })

  it("reports invalid output after two invalid answers", async () => {
    const model = await loaded({ respond: () => "no idea" })
    await expect(model.structured(ask, schema, validate)).rejects.toMatchObject({
      kind: "invalid-output",
      reasons: ["The reply is not valid JSON."]
    })
  })

  it("without a script, answers the smallest value the schema accepts", async () => {
    const model = await loaded()
    await expect(model.structured(ask, schema, validate)).resolves.toEqual({ verdict: "quiet", score: 1 })
  })
})

describe("helpers", () => {
  it("splits text into tokens that join back exactly", () => {
    for (const text of ["", "  lead", "trail  ", "a  b\nc", "一 二"]) expect(splitTokens(text).join("")).toBe(text)
  })

  it("builds minimal schema examples", () => {
    expect(exampleFor({ type: "array", minItems: 2, items: { type: "boolean" } })).toEqual([false, false])
    expect(exampleFor({ type: "string", minLength: 3 })).toBe("xxx")
    expect(exampleFor({ const: 7 })).toBe(7)
    expect(exampleFor(null)).toBeNull()
  })
})
