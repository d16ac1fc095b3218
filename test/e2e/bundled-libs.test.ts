// `npm run bundle:model-libs` packages a model's WebGPU library in the extension: the engine host
// then loads it from the package, and only the weights (here: a mirror that serves the model's
// config) are fetched. A stand-in library (not a real one: none can be downloaded here) proves the
// address WebLLM uses; WebLLM then fails to instantiate it, which must read as a plain failure.
import { execFileSync } from "node:child_process"
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { prebuiltAppConfig } from "@mlc-ai/web-llm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { launchWithExtension } from "../../scripts/lib/browser.mjs"
import { BUILD_DIR, pick, type Session } from "./session"

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC"

describe("model libraries bundled in the package", () => {
  let dir: string
  let session: Session
  let mirror: Server
  const seen: string[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cartwise-bundled-"))
    const build = join(dir, "build")
    cpSync(BUILD_DIR, build, { recursive: true })
    const libs = join(dir, "libs")
    mkdirSync(libs)
    const record = prebuiltAppConfig.model_list.find((r) => r.model_id === MODEL)!
    const file = new URL(record.model_lib).pathname.split("/").pop()!
    writeFileSync(join(libs, file), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 0xff]))
    execFileSync("node", ["scripts/bundle-model-libs.mjs", "--models", MODEL, "--from", libs, "--build", build])
    mirror = createServer((req, res) => {
      seen.push(req.url ?? "")
      const config = (req.url ?? "").endsWith("mlc-chat-config.json")
      res.writeHead(config ? 200 : 404, { "access-control-allow-origin": "*", "content-type": "application/json" })
      res.end(config ? JSON.stringify({ context_window_size: 4096, conv_template: {} }) : "{}")
    })
    await new Promise<void>((resolve) => mirror.listen(0, "127.0.0.1", resolve))
    session = await launchWithExtension(build, { webgpu: true })
  })
  afterAll(async () => {
    await session?.close()
    await new Promise((resolve) => mirror?.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it("loads the library from the extension package, not from the network", async () => {
    const page = await session.context.newPage()
    await page.goto(`chrome-extension://${session.extensionId}/options.html`)
    await page.getByTestId("gpu-found").waitFor({ timeout: 30_000 })
    await page.getByLabel("Model download address (optional mirror)").fill(`http://127.0.0.1:${(mirror.address() as AddressInfo).port}`)
    await page.getByRole("button", { name: "Save" }).click()
    await pick(page, "Use Qwen2.5 0.5B (f32)")
    await page.getByTestId("enable-ai").click()
    await page.getByTestId("enable-ai-confirm").click()
    const failed = page.getByTestId("model-failed")
    await failed.waitFor({ timeout: 30_000 })
    expect(await failed.innerText()).toMatch(/Something went wrong|couldn't|can't/i)
    expect(seen.some((url) => url.endsWith("/mlc-chat-config.json"))).toBe(true)
    expect(seen.filter((url) => url.endsWith(".wasm"))).toEqual([])
  })
})
