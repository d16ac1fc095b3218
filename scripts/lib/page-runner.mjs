// Runs the built content script — the very bundle the extension injects — on saved HTML in
// headless Chromium, with the page's own scripts and the network off. Shared by the CLI
// (`cartwise extract`) and `npm run bench:extract`, so both measure exactly what users run.
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

import { chromium } from "playwright-core"

import { CHROMIUM } from "./browser.mjs"

export const BUILD_DIR = fileURLToPath(new URL("../../build/chrome-mv3-prod", import.meta.url))

// A Chrome match pattern such as "*://*.amazon.de/*" or "https://*/*", as a RegExp over URLs.
export function matchPattern(pattern) {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern)
  if (!m) throw new Error(`unsupported match pattern ${pattern}`)
  const [, scheme, host, path] = m
  const esc = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
  const hostRe = host === "*" ? "[^/]+" : host.startsWith("*.") ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host)
  const pathRe = path.split("*").map(esc).join(".*")
  return new RegExp(`^${scheme === "*" ? "https?" : scheme}://${hostRe}(?::\\d+)?${pathRe}$`)
}

/** The content scripts of the build, each with its code, as Chrome would pick them. */
export function contentScripts(buildDir = BUILD_DIR) {
  const manifestPath = join(buildDir, "manifest.json")
  if (!existsSync(manifestPath)) throw new Error(`No build in ${buildDir}: run npm run build first`)
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"))
  const files = readdirSync(buildDir)
  return (manifest.content_scripts ?? []).map((cs) => {
    const file = cs.js?.[0]
    if (!file || !files.includes(file)) throw new Error(`The build lacks content script ${file}`)
    return {
      file,
      matches: (cs.matches ?? []).map(matchPattern),
      excludes: (cs.exclude_matches ?? []).map(matchPattern),
      source: readFileSync(join(buildDir, file), "utf8")
    }
  })
}

/** The content-script code Chrome injects into `url` (each page gets exactly one of ours). */
export function scriptFor(scripts, url) {
  const found = scripts.find((s) => s.matches.some((re) => re.test(url)) && !s.excludes.some((re) => re.test(url)))
  if (!found) throw new Error(`no content script matches ${url}`)
  return found
}

// The on-demand review reader (generated/review-reader.js), which the content script imports when
// a page has review widgets. Pages here run with JavaScript off, and Chromium then refuses to
// import modules into them, so the runner hands the content script the same module by other means:
// its one dynamic import() becomes a call to a stand-in, and the module's closing export list
// becomes the return value of a function. Both are checked, so a build that changes shape fails
// loudly rather than silently reading no widget.
const prepared = new Map()
export function readerForPage(buildDir, source) {
  const key = `${buildDir}\n${source}`
  if (!prepared.has(key)) prepared.set(key, prepareForPage(buildDir, source))
  return prepared.get(key)
}

function prepareForPage(buildDir, source) {
  const reader = readFileSync(join(buildDir, "generated/review-reader.js"), "utf8")
  const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(reader)
  if (!exported || (source.match(/\bimport\(/g) ?? []).length !== 1) throw new Error("the review reader or the content script is not in the shape the runner expects")
  const names = exported[1].split(",").map((pair) => pair.trim().split(/\s+as\s+/))
  const body = `${reader.slice(0, exported.index)};return{${names.map(([local, name]) => `${name ?? local}:${local}`).join(",")}}`
  // Modules are strict; so is the function that stands in for this one.
  return { source: source.replace(/\bimport\(/, "globalThis.__cartwiseImport("), reader: `(function(){"use strict";${body}})` }
}

// In the page: a stand-in for chrome.runtime that keeps the messages the script sends. The first
// run pays for parsing and compiling the bundle (a page's first visit); on a page with review
// widgets, or whose reviews lack a date (the background then asks for the reader), it also loads
// the review reader and reads the page again, as the extension does, and that second read's
// message is the result and its time is added. For timing, `warmRuns` more
// runs show the extraction itself once V8 has the code cached; the median of them is reported, so
// that one garbage collection or a burst of load on the machine does not stand for the page
// (single runs put the corpus p95 anywhere between 20 and 47 ms on one build).
async function runInPage([source, reader, warmRuns]) {
  // One run, awaited to its end: on a widget page that is the second read, whose time is added,
  // so the warm runs time the same work as the first and leave nothing running behind them.
  const once = async () => {
    const sent = []
    let loading = null
    let listener = null
    globalThis.chrome = {
      runtime: {
        sendMessage: (message) => {
          sent.push({ message, at: performance.now() })
          return Promise.resolve()
        },
        getURL: (path) => path,
        onMessage: {
          addListener(fn) {
            listener = fn
          }
        }
      }
    }
    globalThis.__cartwiseImport = () =>
      (loading ??= Promise.resolve().then(() => {
        const started = performance.now()
        return { module: (0, eval)(reader)(), started }
      })).then(({ module }) => module)
    const started = performance.now()
    ;(0, eval)(source)
    let ms = performance.now() - started
    // As the background answers a product with a review without a date that is long enough to be
    // found on the page (src/background/handle-message.ts): READ_REVIEW_DATES
    // (src/messages/contract.ts) naming the product's reviews by their ids, worked out by the same
    // `datesFor` (src/reviews/visible-dates.ts), from the reader evaluated apart (the background's
    // work, not timed). It loads the reader, which sends the reviews it dates as `cartwise/review-dates`.
    const first = sent.at(-1)?.message?.result
    const sentBefore = sent.length
    const ids = !loading && listener && first?.kind === "product" && first.product.reviews.length ? (0, eval)(reader)().datesFor(first.product.reviews) : []
    if (ids.length) listener({ type: "cartwise/read-review-dates", ids }, {}, () => undefined)
    if (loading) {
      // The reader's then() and what it starts (a second read of a widget page, the dated reviews)
      // run a few microtasks after the import settles (with JavaScript off, the page runs no
      // timers: microtasks are all there is to wait on). A reading that dates nothing sends nothing.
      const { started: loaded } = await loading
      for (let tick = 0; tick < 100 && sent.length === sentBefore; tick++) await Promise.resolve()
      ms += (sent.length > sentBefore ? sent.at(-1).at : performance.now()) - loaded
    }
    const last = (type) => sent.findLast((s) => s.message?.type === type)?.message ?? null
    return { ms, message: last("cartwise/page-result"), dated: last("cartwise/review-dates")?.reviews ?? [] }
  }
  const globals = new Set(Object.getOwnPropertyNames(globalThis))
  const cold = await once()
  const warm = []
  for (let i = 0; i < warmRuns; i++) {
    // The bundler's module registry is a global; without it the next run really runs again.
    for (const name of Object.getOwnPropertyNames(globalThis)) if (!globals.has(name) && name !== "chrome") delete globalThis[name]
    warm.push((await once()).ms)
  }
  const median = (runs) => runs.sort((a, b) => a - b)[runs.length >> 1] ?? null
  // The first three cached runs meet the code compiled but barely optimised, as a page opened again
  // in the same tab does; by the sixth V8 has optimised what runs hot, and the median of the sixth
  // to tenth is the extraction's own work with the JIT's warm-up taken out (which no page's visit
  // gets: each one runs the script in a new world). Timing only: no result comes from them.
  return { ms: cold.ms, warmMs: median(warm.slice(0, 3)), steadyMs: warmRuns >= 10 ? median(warm.slice(-5)) : null, message: cold.message, dated: cold.dated }
}

// Chrome runs document_idle content scripts (ours) once the page's subresources have loaded or
// 200 ms after DOMContentLoaded, whichever comes first (kScriptIdleTimeoutInMs in Chromium's
// extensions/renderer/script_injection_manager.cc). Here the script waits for the load event,
// however late: the time is then our script's own. Offline, a page's requests fail at once, but
// each of its iframes commits an error page, in a renderer process of its own, and on this 2-core
// machine that took the CPU from our script: on 33 of the 67 corpus pages the load event came more
// than 200 ms after DOMContentLoaded (up to 1.3 s), and a fixed loop run at the 200 ms moment took
// 3-5x as long as the same loop after the load event (BENCHMARKS.md, thirty-first session). That
// is this harness's offline load, not our script, and a real page's own loading is no cost of ours
// either; the extension timing (scripts/bench/extension-timing.mjs) leaves the moment to Chrome.
// Bounded: a page whose load never comes is read after 15 s, as it then is.
export const pageLoaded = (page) => page.waitForLoadState("load", { timeout: 15_000 }).catch(() => undefined)

// A page saved as bytes is decoded as a browser would: by its byte-order mark (which wins over any
// header), else the charset its <meta> names as the HTML standard's prescan reads it (in the first
// bytes, outside comments: a <meta charset>, or a <meta http-equiv=content-type> whose content
// names one; a UTF-16 name means UTF-8 there, an unknown one is passed over), else as UTF-8, since
// the response header that may have named it is not saved. A string is UTF-8.
function contentType(html) {
  return `text/html; charset=${typeof html === "string" ? "utf-8" : metaCharset(html) ?? "utf-8"}`
}

function metaCharset(bytes) {
  const head = bytes.subarray(0, 4096).toString("latin1").replace(/<!--[\s\S]*?(?:-->|$)/g, "")
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    // The tag's attributes, each read once and the first of a name kept, as the prescan does (a
    // "charset=" inside another attribute's value is no attribute).
    const attrs = new Map()
    for (const [, name, ...values] of tag.slice(5).matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const key = name.toLowerCase()
      if (!attrs.has(key)) attrs.set(key, values.find((v) => v !== undefined) ?? "")
    }
    const pragma = /^content-type$/i.test(attrs.get("http-equiv") ?? "") ? /charset\s*=\s*["']?([^\s"';]+)/i.exec(attrs.get("content") ?? "")?.[1] : undefined
    const label = attrs.get("charset") || pragma
    if (!label) continue
    try {
      const encoding = new TextDecoder(label.trim()).encoding
      return encoding.startsWith("utf-16") ? "utf-8" : encoding
    } catch {
      // Not an encoding's name: the prescan goes on to the next <meta>.
    }
  }
  return null
}

/** `warmRuns`: how many cached runs follow the first in each page, for timing (none for plain extraction). */
export async function startPageRunner({ warmRuns = 0 } = {}) {
  const scripts = contentScripts()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-quic"]
  })
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" })
  let current = null
  // The page under test is answered from memory, once. Any other navigation, the page's own (a
  // meta refresh, to itself or elsewhere) or its frames', is answered "204 No Content", which
  // drops a navigation: the page keeps the document it has, and a frame stays empty. Every other
  // request (images, CSS, trackers) fails.
  await context.route("**/*", (route) => {
    const request = route.request()
    if (!request.isNavigationRequest()) return route.abort("internetdisconnected")
    // The tab's first navigation is the one page.goto makes (its address as Chromium writes it).
    if (current && !current.served && request.frame().parentFrame() === null) {
      current.served = true
      return route.fulfill({ status: 200, contentType: contentType(current.html), body: current.html })
    }
    return route.fulfill({ status: 204 })
  })
  return {
    /**
     * Extract from `html` (a string, or the saved bytes) as if it were served at `url`:
     * { ms, warmMs, result, dated } or throws,
     * `dated` being the reviews the review reader dated from the page afterwards, as the background
     * stores them over the result's (same ids). `grow`, if
     * given, runs in the page first (to build pages too large to send, for stress runs).
     */
    async extract(html, url, grow) {
      current = { html, url }
      const page = await context.newPage()
      try {
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 30_000 })
        await pageLoaded(page)
        if (grow) await page.evaluate(grow)
        const { source, reader } = readerForPage(BUILD_DIR, scriptFor(scripts, url).source)
        const { ms, warmMs, steadyMs, message, dated } = await page.evaluate(runInPage, [source, reader, warmRuns])
        if (!message) throw new Error("the content script sent nothing")
        return { ms, warmMs, steadyMs, result: message.result, dated }
      } finally {
        current = null
        await page.close()
      }
    },
    close: () => browser.close()
  }
}
