import { describe, expect, it, vi } from "vitest"

import { DeterministicModel, type DeterministicModelOptions } from "~src/llm/deterministic-model"
import { EngineClient } from "~src/llm/engine-client"
import { EngineHost, type EngineHostOptions } from "~src/llm/engine-host"
import { ModelError } from "~src/llm/language-model"

import { connectTo, portPair, type FakePort } from "../helpers/fake-port"

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const ask = (content: string) => [{ role: "user" as const, content }]

/** A host whose models stream one word per macrotask, so tests can act between tokens. */
function makeHost(model: DeterministicModelOptions = {}, extra: Partial<EngineHostOptions> = {}) {
  const loads: string[] = []
  const host = new EngineHost({
    modelFor: (id) => {
      loads.push(id)
      return new DeterministicModel({ sleep: () => tick(), reply: (m) => `answer to ${m.at(-1)?.content} one two three four five six`, ...model })
    },
    ...extra
  })
  return { host, loads }
}

function clientOf(host: EngineHost, ports: FakePort[] = []) {
  return new EngineClient({
    connect: connectTo(() => host, ports),
    sleep: () => tick()
  })
}

describe("engine host and client over a port", () => {
  it("streams an answer token by token to the client", async () => {
    const { host } = makeHost()
    const client = clientOf(host)
    const progress: number[] = []
    await client.load("Qwen2.5-0.5B-Instruct-q4f32_1-MLC", (p) => progress.push(p.fraction))
    expect(progress.at(-1)).toBe(1)
    const tokens: string[] = []
    const text = await client.chat(ask("price?"), { onToken: (t) => tokens.push(t) })
    expect(text).toBe("answer to price? one two three four five six")
    expect(tokens.length).toBeGreaterThan(5)
    expect(tokens.join("")).toBe(text)
    expect(client.contextWindow()).toBe(4096)
  })

  it("runs a user's question before waiting background work and pre-empts a running summary", async () => {
    const { host } = makeHost()
    const client = clientOf(host)
    await client.load("m")
    const finished: string[] = []
    const restarts: string[] = []
    const background = (name: string) =>
      client
        .chat(ask(name), { priority: "background", onRestart: () => restarts.push(name) })
        .then(() => finished.push(name))
    const first = background("summary-1")
    const second = background("summary-2")
    await tick(5)
    expect(host.snapshot().generating).toBe(true)
    const user = client.chat(ask("question"), { priority: "user" }).then(() => finished.push("question"))
    await Promise.all([first, second, user])
    expect(finished[0]).toBe("question")
    expect(finished).toEqual(["question", "summary-1", "summary-2"])
    // summary-1 had streamed when it was pre-empted: the client was told to start over.
    expect(restarts).toEqual(["summary-1"])
  })

  it("stops an answer when the caller aborts, and goes on with the next request", async () => {
    const { host } = makeHost()
    const client = clientOf(host)
    await client.load("m")
    const controller = new AbortController()
    const tokens: string[] = []
    const stopped = client.chat(ask("long"), {
      signal: controller.signal,
      onToken: (t) => {
        tokens.push(t)
        if (tokens.length === 2) controller.abort()
      }
    })
    await expect(stopped).rejects.toMatchObject({ kind: "cancelled" })
    const next = await client.chat(ask("next"))
    expect(next).toContain("answer to next")
    expect(tokens.length).toBeLessThan(6)
  })

  it("cancels a client's requests when its port closes (the popup was closed), not other clients'", async () => {
    const { host } = makeHost()
    const leaving = clientOf(host)
    const staying = clientOf(host)
    await leaving.load("m")
    await staying.load("m")
    const abandoned = leaving.chat(ask("abandoned")).catch((error: ModelError) => error.kind)
    const kept = staying.chat(ask("kept"))
    await tick(3)
    leaving.close()
    expect(await kept).toContain("answer to kept")
    await tick(5)
    expect(host.snapshot()).toMatchObject({ generating: false, queued: 0 })
    void abandoned
  })

  it("reconnects after the host is killed: says so, reloads the model, and resends the unfinished answer", async () => {
    const first = makeHost()
    const second = makeHost()
    let current = first.host
    const ports: FakePort[] = []
    const client = new EngineClient({
      connect: connectTo(() => current, ports),
      sleep: () => tick()
    })
    const connections: string[] = []
    client.subscribe((state) => connections.push(state.connection))
    await client.load("Qwen2.5-1.5B-Instruct-q4f32_1-MLC")
    let restarted = 0
    const tokens: string[] = []
    const answer = client.chat(ask("survive"), {
      onToken: (t) => {
        tokens.push(t)
        if (tokens.length === 2) {
          // The offscreen document closes: its end of the port goes away with it.
          current = second.host
          ports[0]?.peer?.disconnect()
        }
      },
      onRestart: () => {
        restarted++
        tokens.length = 0
      }
    })
    const text = await answer
    expect(text).toBe("answer to survive one two three four five six")
    expect(restarted).toBe(1)
    expect(tokens.join("")).toBe(text)
    expect(connections).toContain("reconnecting")
    expect(connections.at(-1)).toBe("connected")
    expect(second.loads).toEqual(["Qwen2.5-1.5B-Instruct-q4f32_1-MLC"])
  })

  it("fails waiting calls with host-lost when the host cannot be reached, instead of hanging", async () => {
    const client = new EngineClient({
      connect: () => Promise.reject(new Error("Could not establish connection. Receiving end does not exist.")),
      sleep: () => tick(),
      backoffMs: [0, 1, 1]
    })
    const states: string[] = []
    client.subscribe((state) => states.push(state.connection))
    await expect(client.load("m")).rejects.toMatchObject({ kind: "host-lost" })
    expect(states.at(-1)).toBe("lost")
  })

  it("reports a failed load in the model's own words and fails requests that waited for it", async () => {
    const { host } = makeHost({ failLoad: { kind: "offline", afterSteps: 1 } })
    const client = clientOf(host)
    const loading = client.load("m")
    const waiting = client.chat(ask("q")).catch((error: ModelError) => error.kind)
    await expect(loading).rejects.toMatchObject({ kind: "offline" })
    expect(await waiting).toBe("offline")
    expect(client.current().host).toMatchObject({ engine: "failed", error: { kind: "offline" } })
  })

  it("refuses before downloading when the preflight says no (a q4f16 model without shader-f16)", async () => {
    const { host, loads } = makeHost(
      {},
      { preflight: async () => ({ kind: "no-shader-f16", message: "This model needs shader-f16" }) }
    )
    const client = clientOf(host)
    await expect(client.load("Qwen2.5-3B-Instruct-q4f16_1-MLC")).rejects.toMatchObject({ kind: "no-shader-f16" })
    expect(loads).toEqual([])
  })

  it("answers not-loaded when asked before any model was loaded", async () => {
    const { host } = makeHost()
    await expect(clientOf(host).chat(ask("q"))).rejects.toMatchObject({ kind: "not-loaded" })
  })

  it("checks structured replies in the host, retries once, then reports invalid output", async () => {
    const schema = { type: "object", required: ["verdict"], properties: { verdict: { type: "string", minLength: 3 } } }
    const attempts: number[] = []
    const { host } = makeHost({
      respond: ({ attempt }) => {
        attempts.push(attempt)
        return attempt === 1 ? { verdict: 5 } : { verdict: "Good value" }
      }
    })
    const client = clientOf(host)
    await client.load("m")
    let streamed = ""
    let restarts = 0
    const value = await client.structured(ask("json"), schema, (v) => ({ ok: true, value: v as { verdict: string } }), {
      onToken: (t) => (streamed += t),
      onRestart: () => {
        restarts++
        streamed = ""
      }
    })
    expect(value).toEqual({ verdict: "Good value" })
    expect(attempts).toEqual([1, 2])
    // The reply streamed; the invalid first attempt was withdrawn before the retry streamed.
    expect(restarts).toBe(1)
    expect(JSON.parse(streamed)).toEqual({ verdict: "Good value" })

    const { host: stubborn } = makeHost({ respond: () => "not json at all" })
    const second = clientOf(stubborn)
    await second.load("m")
    await expect(second.structured(ask("json"), schema, (v) => ({ ok: true, value: v }))).rejects.toMatchObject({
      kind: "invalid-output"
    })
  })

  it("ignores malformed messages instead of crashing the host", async () => {
    const { host } = makeHost()
    const [clientEnd, hostEnd] = portPair()
    host.connect(hostEnd)
    for (const junk of [null, 42, "load", { type: "generate" }, { type: "load", modelId: 7 }, { type: "generate", id: "x", messages: "hi", priority: "user" }]) {
      clientEnd.postMessage(junk)
    }
    await tick(5)
    expect(host.snapshot()).toMatchObject({ engine: "idle", queued: 0, generating: false })
  })

  it("unloads on request and cancels what was waiting", async () => {
    const { host } = makeHost()
    const client = clientOf(host)
    await client.load("m")
    const running = client.chat(ask("a")).catch((error: ModelError) => error.kind)
    await tick(2)
    await client.unload()
    expect(await running).toBe("cancelled")
    await vi.waitFor(() => expect(host.snapshot().engine).toBe("idle"))
  })
})

describe("a client that never loaded a model itself", () => {
  it("reloads the model another page had loaded when the host comes back", async () => {
    const first = makeHost()
    const second = makeHost()
    let current = first.host
    const ports: FakePort[] = []
    const connect = connectTo(() => current, ports)
    const options = new EngineClient({ connect, sleep: () => tick() })
    await options.load("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")
    const panel = new EngineClient({ connect, sleep: () => tick() })
    expect(await panel.chat(ask("before"))).toContain("answer to before")
    current = second.host
    for (const port of ports) port.peer?.disconnect()
    expect(await panel.chat(ask("after"))).toContain("answer to after")
    expect(second.loads[0]).toBe("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")
  })
})
