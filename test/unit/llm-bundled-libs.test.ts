import { prebuiltAppConfig } from "@mlc-ai/web-llm"
import { describe, expect, it } from "vitest"

import { parseBundledLibs, withBundledLibs } from "~src/llm/bundled-libs"
import { appConfigFor } from "~src/llm/registry"

const ID = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC"
const records = prebuiltAppConfig.model_list.filter((r) => r.model_id === ID || r.model_id === "SmolLM2-360M-Instruct-q4f32_1-MLC")
const url = (path: string) => `chrome-extension://abc/${path}`

describe("model libraries packaged in the extension", () => {
  it("points a packaged model's model_lib at the extension's own file and leaves the others alone", () => {
    const config = withBundledLibs(appConfigFor(records), parseBundledLibs({ [ID]: "qwen-0.5b.wasm" }), url)
    const qwen = config.model_list.find((r) => r.model_id === ID)!
    const smol = config.model_list.find((r) => r.model_id !== ID)!
    expect(qwen.model_lib).toBe("chrome-extension://abc/model-libs/qwen-0.5b.wasm")
    expect(qwen.model).toMatch(/^https:\/\/huggingface\.co\//)
    expect(smol.model_lib).toMatch(/^https:\/\/raw\.githubusercontent\.com\//)
  })

  it("keeps weights on the mirror while the library comes from the package", () => {
    const config = withBundledLibs(appConfigFor(records, "https://models.example.org"), { [ID]: "q.wasm" }, url)
    const qwen = config.model_list.find((r) => r.model_id === ID)!
    expect(qwen.model).toMatch(/^https:\/\/models\.example\.org\/mlc-ai\//)
    expect(qwen.model_lib).toBe("chrome-extension://abc/model-libs/q.wasm")
  })

  it("ignores an index entry that is not a plain .wasm file name", () => {
    expect(parseBundledLibs({ a: "../../evil.js", b: "ok.wasm", c: 3 })).toEqual({ b: "ok.wasm" })
    expect(parseBundledLibs(null)).toEqual({})
  })
})
