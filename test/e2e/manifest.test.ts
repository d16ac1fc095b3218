import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { contentScripts } from "../../scripts/lib/page-runner.mjs"
import { REVIEW_READER } from "../../src/platform/chrome-content"
import { SITE_EVIDENCE } from "../../src/sites/evidence"
import { ADAPTERS } from "../../src/sites/registry"
import { BUILD_DIR, TEST_BUILD_DIR } from "./session"

interface BuiltScript {
  file: string
  matches: RegExp[]
  excludes: RegExp[]
  source: string
}

const manifest = JSON.parse(readFileSync(join(BUILD_DIR, "manifest.json"), "utf8"))

// Every permission Cartwise holds, with the reason the README gives. A new one must be added here.
const ALLOWED_PERMISSIONS: Record<string, string> = {
  offscreen: "hosts the on-device model in an offscreen document that outlives the popup",
  sidePanel: "the side panel where the shopper asks about the product",
  unlimitedStorage: "the model's weights (0.2–2 GB) are kept in the browser's cache storage"
}

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

  it("injects exactly one content script per http(s) page: a shop's own, or the generic one", () => {
    // Frames get none but eBay's seller-description frame and Trustpilot's TrustBox, whose scripts
    // send that text or those reviews alone.
    const inFrames = manifest.content_scripts.filter((cs: { all_frames?: boolean }) => cs.all_frames)
    expect(inFrames).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ matches: ["*://*.ebaydesc.com/*"], run_at: "document_idle", all_frames: true }),
        expect.objectContaining({ matches: ["https://widget.trustpilot.com/trustboxes/*"], run_at: "document_idle", all_frames: true })
      ])
    )
    expect(inFrames).toHaveLength(2)
    const [generic, ...shops] = manifest.content_scripts
      .filter((cs: { all_frames?: boolean }) => !cs.all_frames)
      .sort((a: { matches: string[] }) => (a.matches.includes("https://*/*") ? -1 : 1))
    expect(generic).toMatchObject({ matches: ["http://*/*", "https://*/*"], run_at: "document_idle", all_frames: false })
    // The isolated world, where the page's globals (an AMD `define`) are not seen: the build drops
    // Plasmo's guard against them on that ground (scripts/parcel/optimizer-isolated-world.cjs).
    for (const cs of manifest.content_scripts) expect(cs.world ?? "ISOLATED").toBe("ISOLATED")
    const hostAdapters = ADAPTERS.filter((a) => a.domains?.length)
    expect(shops).toHaveLength(hostAdapters.length)
    for (const adapter of hostAdapters) {
      const patterns = adapter.domains!.map((d) => `*://*.${d}/*`)
      const entry = shops.find((cs: { matches: string[] }) => cs.matches.includes(patterns[0]!))
      expect(entry, adapter.id).toBeDefined()
      expect([...entry.matches].sort()).toEqual([...patterns].sort())
      expect(entry).toMatchObject({ run_at: "document_idle", all_frames: false })
      for (const pattern of patterns) expect(generic.exclude_matches).toContain(pattern)
    }
    // Every adapter's evidence address gets its shop's script, never the generic one as well.
    const scripts = contentScripts(BUILD_DIR) as BuiltScript[]
    for (const adapter of hostAdapters) {
      for (const e of SITE_EVIDENCE[adapter.id] ?? []) {
        const chosen = scripts.filter((cs) => cs.matches.some((re) => re.test(e.url)) && !cs.excludes.some((re) => re.test(e.url)))
        expect(chosen.map((cs) => cs.file), e.url).toHaveLength(1)
        expect(chosen[0]!.source).not.toBe(scripts.find((cs) => cs.matches.some((re) => re.test("https://unknown-shop.example/p/1")))!.source)
      }
    }
  })

  it("asks for no permission without a documented reason, and exposes nothing to web pages", () => {
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toHaveProperty(permission)
    expect(manifest.host_permissions ?? []).toEqual([])
    expect(manifest.optional_host_permissions ?? []).toEqual([])
    expect(manifest.externally_connectable).toBeUndefined()
    // One exception, the on-demand review reader: web pages may load it only by the per-session
    // address that the content script asks Chrome for (the e2e popup test probes the fixed one).
    expect(manifest.web_accessible_resources).toEqual([
      { resources: [REVIEW_READER], matches: ["http://*/*", "https://*/*"], use_dynamic_url: true }
    ])
  })

  it("ships the review reader, with the widgets' readers and the printed review dates, as an ES module in both builds, with no second copy of the extraction", () => {
    for (const dir of [BUILD_DIR, TEST_BUILD_DIR]) {
      const code = readFileSync(join(dir, REVIEW_READER), "utf8")
      expect(code).toMatch(/export\s*\{[^}]*\banswer\b/)
      expect(code).toMatch(/export\s*\{[^}]*\bpageReviews\b/)
      expect(code).not.toMatch(/react\.(?:element|production)|Dexie|indexedDB|MLCEngine|web-llm/i)
      expect(code).not.toMatch(/\bprocess\.env\b/)
      // The content script hands it the review readers it carries: no JSON-LD, microdata or
      // price parsing of its own (those would be parsed twice on the page). A widget's selector
      // may name an itemprop (Bazaarvoice's stars); no microdata reader walks itemscopes.
      expect(code).not.toMatch(/ld\+json|itemscope|priceCurrency/)
      // The widgets' specs, the printed dates' reader (src/reviews/visible-dates.ts) and the helpers
      // they use, not the extraction: well under a content script.
      expect(code.length).toBeLessThan(30_000)
    }
  })

  it("has the engine host and the side panel, and ships the deterministic model only in test builds", () => {
    expect(manifest.side_panel.default_path).toBe("sidepanel.html")
    expect(existsSync(join(BUILD_DIR, "tabs/model-host.html"))).toBe(true)
    const shipped = (dir: string) =>
      readdirSync(join(dir, "tabs"))
        .concat(readdirSync(dir))
        .filter((file) => file.endsWith(".js"))
        .some((file) => readFileSync(join(dir, existsSync(join(dir, "tabs", file)) ? "tabs" : "", file), "utf8").includes("Scripted load failure"))
    expect(shipped(BUILD_DIR)).toBe(false)
    expect(shipped(TEST_BUILD_DIR)).toBe(true)
  })

  it("allows WebAssembly for the model engine and nothing looser", () => {
    const csp: string = manifest.content_security_policy.extension_pages
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    expect(csp).not.toContain("'unsafe-eval'")
    expect(csp).not.toContain("'unsafe-inline'")
    expect(csp).not.toMatch(/https?:/)
    expect(csp).toMatch(/object-src 'self'/)
  })

  it("keeps every content script small and free of React, Dexie and WebLLM", () => {
    for (const cs of manifest.content_scripts) {
      const file = join(BUILD_DIR, cs.js[0])
      // Issue #3: ≤ 60 KB minified, held to 60,000 bytes so it is met however a KB is counted.
      expect(statSync(file).size, cs.js[0]).toBeLessThanOrEqual(60_000)
      const code = readFileSync(file, "utf8")
      expect(code).not.toMatch(/react\.(?:element|production)|__SECRET_INTERNALS|createRoot/)
      expect(code).not.toMatch(/Dexie|indexedDB/)
      expect(code).not.toMatch(/MLCEngine|web-llm|webllm/i)
    }
  })
})
