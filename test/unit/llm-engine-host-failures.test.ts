import { describe, expect, it } from "vitest"

import { DeterministicModel } from "~src/llm/deterministic-model"
import { EngineClient } from "~src/llm/engine-client"
import { EngineHost, type EngineHostOptions, type ModelStorage } from "~src/llm/engine-host"
import type { CacheReport } from "~src/llm/host-protocol"
import { ModelError, type ChatMessage, type ChatOptions } from "~src/llm/language-model"

import { connectTo, type FakePort } from "../helpers/fake-port"

// The ways the engine can go wrong that a shopper would otherwise see as a spinner that never
// stops: every one must end in a stated failure, with the GPU memory released.

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const ask = (content: string) => [{ role: "user" as const, content }]

/** A model whose GPU device is lost after `afterTokens` tokens of its next answer. */
class LosingModel extends DeterministicModel {
  unloaded = 0
  loseDevice = false
  override async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<string> {
    if (!this.loseDevice) return super.chat(messages, options)
    let count = 0
    const inner = new AbortController()
    const answer = super.chat(messages, {
      ...options,
      signal: inner.signal,
      onToken: (token) => {
        options.onToken?.(token)
        if (++count === 2) inner.abort()
      }
    })
    await answer.catch(() => undefined)
    throw new ModelError("device-lost", "GPU device was lost")
  }
  override async unload(): Promise<void> {
    this.unloaded++
    return super.unload()
  }
}

function makeHost(extra: Partial<EngineHostOptions> = {}) {
  const models: LosingModel[] = []
  const host = new EngineHost({
    modelFor: () => {
      const model = new LosingModel({ sleep: () => tick(), reply: (m) => `answer to ${m.at(-1)?.content} one two three four` })
      models.push(model)
      return model
    },
    ...extra
  })
  return { host, models }
}

describe("engine host: loads that go wrong end in a stated failure", () => {
  it("a preflight that throws fails the load instead of leaving it 'loading' forever", async () => {
    const { host, models } = makeHost({
      preflight: () => Promise.reject(new Error("navigator.storage.estimate is not a function"))
    })
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    await expect(client.load("m")).rejects.toBeInstanceOf(ModelError)
    expect(host.snapshot().engine).toBe("failed")
    expect(host.snapshot().error?.message).toContain("storage.estimate")
    expect(models).toHaveLength(0)
  })

  it("a model that cannot even be built fails the load the same way", async () => {
    const host = new EngineHost({
      modelFor: () => {
        throw new Error("WebGPU is not available in this context")
      }
    })
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    await expect(client.load("m")).rejects.toBeInstanceOf(ModelError)
    expect(host.snapshot()).toMatchObject({ engine: "failed", modelId: "m" })
  })

  it("a lost GPU device fails the answer and everything queued behind it, and releases the model", async () => {
    const { host, models } = makeHost()
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    await client.load("m")
    models[0]!.loseDevice = true
    const running = client.chat(ask("first")).catch((error: ModelError) => error.kind)
    const queued = client.chat(ask("second"), { priority: "background" }).catch((error: ModelError) => error.kind)
    expect(await running).toBe("device-lost")
    expect(await queued).toBe("device-lost")
    expect(models[0]!.unloaded).toBeGreaterThan(0)
    expect(host.snapshot()).toMatchObject({ engine: "failed", error: { kind: "device-lost" }, queued: 0, generating: false })
    // A new load starts a fresh model, which answers.
    await client.load("m")
    expect(models).toHaveLength(2)
    expect(await client.chat(ask("again"))).toContain("answer to again")
  })
})

describe("engine client: loads replaced or stopped elsewhere", () => {
  it("a load replaced by another page's choice rejects, and a reconnect does not bring it back", async () => {
    const second = makeHost({})
    const ports: FakePort[] = []
    const connect = connectTo(() => current, ports)
    const popup = new EngineClient({ connect, sleep: () => tick() })
    const options = new EngineClient({ connect, sleep: () => tick() })
    let current = new EngineHost({
      modelFor: () => new DeterministicModel({ sleep: () => tick(2), loadSteps: 8 })
    })
    const popupLoad = popup.load("model-a").catch((error: ModelError) => error.kind)
    await tick(6)
    await options.load("model-b")
    expect(await popupLoad).toBe("cancelled")
    // The host is replaced (the offscreen document was closed); both clients reconnect.
    current = second.host
    for (const port of ports) port.peer?.disconnect()
    await options.chat(ask("hello"))
    await tick(10)
    expect(second.models.length).toBe(1)
    expect(second.host.snapshot().modelId).toBe("model-b")
  })

  it("a Stop from another page ends this page's waiting load", async () => {
    const host = new EngineHost({ modelFor: () => new DeterministicModel({ sleep: () => tick(2), loadSteps: 8 }) })
    const connect = connectTo(() => host)
    const options = new EngineClient({ connect, sleep: () => tick() })
    const popup = new EngineClient({ connect, sleep: () => tick() })
    const loading = options.load("m").catch((error: ModelError) => error.kind)
    await tick(6)
    await popup.unload()
    expect(await loading).toBe("cancelled")
    expect(host.snapshot().engine).toBe("idle")
  })

  it("a request stopped while the host was being reached is never sent", async () => {
    const { host, models } = makeHost()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const ports: FakePort[] = []
    const client = new EngineClient({
      connect: async () => {
        await gate
        return connectTo(() => host, ports)()
      },
      sleep: () => tick()
    })
    const controller = new AbortController()
    const answer = client.chat(ask("q"), { signal: controller.signal }).catch((error: ModelError) => error.kind)
    controller.abort()
    release()
    expect(await answer).toBe("cancelled")
    await tick(5)
    expect(ports[0]?.sent.some((message) => (message as { type: string }).type === "generate")).toBe(false)
    expect(models).toHaveLength(0)
  })
})

describe("engine client: cache and delete answers", () => {
  function storage(overrides: Partial<ModelStorage> = {}) {
    const calls: { op: string; mirror: string | null }[] = []
    const store: ModelStorage = {
      async report(ids, mirror) {
        calls.push({ op: "report", mirror })
        // The first question is answered last: answers must still reach the right caller.
        await tick(ids[0] === "slow" ? 10 : 0)
        return { models: ids.map((id) => ({ id, cached: true, bytes: id.length })), usageBytes: 1, quotaBytes: 2 }
      },
      async remove(_id, mirror) {
        calls.push({ op: "remove", mirror })
      },
      ...overrides
    }
    return { store, calls }
  }

  it("matches each answer to its question and asks the cache of the chosen mirror", async () => {
    const { store, calls } = storage()
    const { host } = makeHost({ storage: store })
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    client.mirrorBaseUrl = "https://models.example.org/"
    const [slow, fast] = await Promise.all([client.cacheReport(["slow"]), client.cacheReport(["fast"])])
    expect(slow.models[0]?.id).toBe("slow")
    expect(fast.models[0]?.id).toBe("fast")
    expect(calls.every((call) => call.mirror === "https://models.example.org/")).toBe(true)
  })

  it("says when deleting failed, and still answers when the storage estimate throws", async () => {
    const { store } = storage({
      remove: () => Promise.reject(new DOMException("The operation failed for reasons unrelated to the database itself", "UnknownError")),
      report: () => Promise.reject(new Error("no estimate"))
    })
    const { host } = makeHost({ storage: store })
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    await expect(client.deleteModel("m")).rejects.toBeInstanceOf(ModelError)
    const report: CacheReport = await client.cacheReport(["m"])
    expect(report).toEqual({ models: [], usageBytes: null, quotaBytes: null })
  })

  it("answers a report asked during a delete only after the files are gone, and starts a load asked meanwhile after it", async () => {
    const files = new Set(["m"])
    const order: string[] = []
    const { host } = makeHost({
      modelFor: () => {
        order.push(files.has("m") ? "load with files" : "load after delete")
        return new DeterministicModel({ sleep: () => tick() })
      },
      storage: {
        async report(ids) {
          return { models: ids.map((id) => ({ id, cached: files.has(id), bytes: null })), usageBytes: null, quotaBytes: null }
        },
        async remove(id) {
          await tick(20)
          files.delete(id)
        }
      }
    })
    const client = new EngineClient({ connect: connectTo(() => host), sleep: () => tick() })
    await client.load("m")
    const deleted = client.deleteModel("m")
    await tick(2)
    // Asked while the files are still there, as a page does when the engine turns idle.
    const during = client.cacheReport(["m"])
    void client.load("m").catch(() => undefined)
    expect((await during).models[0]?.cached).toBe(false)
    expect((await deleted).models[0]?.cached).toBe(false)
    for (let i = 0; i < 200 && host.snapshot().engine !== "ready"; i++) await tick(1)
    // The load asked mid-delete waited for it, so it starts from nothing instead of racing it.
    expect(order).toEqual(["load with files", "load after delete"])
    expect(host.snapshot().engine).toBe("ready")
  })

  it("a host that goes away before answering rejects the question instead of leaving it waiting", async () => {
    const ports: FakePort[] = []
    const { host } = makeHost({
      storage: {
        report: () => new Promise(() => undefined),
        remove: async () => undefined
      }
    })
    const client = new EngineClient({ connect: connectTo(() => host, ports), sleep: () => tick() })
    const waiting = client.cacheReport(["m"]).catch((error: ModelError) => error.kind)
    await tick(3)
    ports[0]?.peer?.disconnect()
    expect(await waiting).toBe("host-lost")
  })
})
