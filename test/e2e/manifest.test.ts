import { existsSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { BUILD_DIR } from "./session"

const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "manifest.json"), "utf8"))

// Every permission Cartwise holds, with the reason the README gives. A new one must be added here.
const ALLOWED_PERMISSIONS: Record<string, string> = {}

describe("the built manifest", () => {
  it("is Manifest V3 with every entry point present in the build", () => {
    expect(manifest.manifest_version).toBe(3)
    const files = [
      manifest.action.default_popup,
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ...Object.values(manifest.icons as Record<string, string>)
    ]
    expect(files).toContain("popup.html")
    for (const file of files) expect(existsSync(join(BUILD_DIR, file)), file).toBe(true)
  })

  it("injects one content script into http(s) pages at document_idle, top frame only", () => {
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ["http://*/*", "https://*/*"], run_at: "document_idle", all_frames: false })
    ])
  })

  it("asks for no permission without a documented reason, and exposes nothing to web pages", () => {
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toHaveProperty(permission)
    expect(manifest.host_permissions ?? []).toEqual([])
    expect(manifest.optional_host_permissions ?? []).toEqual([])
    expect(manifest.externally_connectable).toBeUndefined()
    expect(manifest.web_accessible_resources ?? []).toEqual([])
  })

  it("allows WebAssembly for the model engine and nothing looser", () => {
    const csp: string = manifest.content_security_policy.extension_pages
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    expect(csp).not.toContain("'unsafe-eval'")
    expect(csp).not.toContain("'unsafe-inline'")
    expect(csp).not.toMatch(/https?:/)
    expect(csp).toMatch(/object-src 'self'/)
  })

  it("keeps the content script small and free of React, Dexie and WebLLM", () => {
    const file = join(BUILD_DIR, manifest.content_scripts[0].js[0])
    expect(statSync(file).size).toBeLessThanOrEqual(60 * 1024)
    const code = readFileSync(file, "utf8")
    expect(code).not.toMatch(/react\.(?:element|production)|__SECRET_INTERNALS|createRoot/)
    expect(code).not.toMatch(/Dexie|indexedDB/)
    expect(code).not.toMatch(/MLCEngine|web-llm|webllm/i)
  })
})
