// Times the content script where it really runs: the built extension loaded in Chromium, with
// Chrome choosing the moment and the world it runs in. The corpus pages are browsed as one shop:
// all served from one address (http://shop.test/p/<id>, the generic script), five pages one after
// another in each tab. A page that is not the first of its tab is what most product pages are in
// real browsing, and there V8 finds the script already compiled in the tab's renderer (its
// in-memory cache is keyed by the script's source), which the page-by-page timing in a fresh tab
// cannot show. The script times itself, from its first statement to its last: parsing the bundle
// before that (about 2 ms in a fresh tab, see BENCHMARKS.md) is not in these figures.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"

import { launchWithExtension } from "../lib/browser.mjs"
import { BUILD_DIR } from "../lib/page-runner.mjs"

const MARK = "cartwise-bench-ms"
const PAGES_PER_TAB = 5

/** A copy of the build whose content scripts report how long they ran, on the console. */
function instrumentedBuild() {
  const dir = mkdtempSync(join(tmpdir(), "cartwise-timed-"))
  cpSync(BUILD_DIR, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))
  const files = new Set(manifest.content_scripts.flatMap((cs) => cs.js))
  for (const file of readdirSync(dir).filter((f) => files.has(f))) {
    const code = readFileSync(join(dir, file), "utf8")
    writeFileSync(join(dir, file), `const __cwT0=performance.now();${code}\n;console.debug("${MARK}",performance.now()-__cwT0);`)
  }
  return dir
}

/** { first, later }: ms for the first page of each tab and for the pages after it. */
export async function timeInExtension(corpus, ids) {
  const dir = instrumentedBuild()
  const session = await launchWithExtension(dir)
  try {
    await session.context.route("**/*", (route) => {
      const url = new URL(route.request().url())
      const id = /^\/p\/([0-9a-f]{64})$/.exec(url.pathname)?.[1]
      if (url.host !== "shop.test" || !id || !route.request().isNavigationRequest()) return route.abort("internetdisconnected")
      const body = gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8")
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body })
    })
    const first = []
    const later = []
    for (let i = 0; i < ids.length; i += PAGES_PER_TAB) {
      const page = await session.context.newPage()
      for (const [j, id] of ids.slice(i, i + PAGES_PER_TAB).entries()) {
        const reported = page.waitForEvent("console", { predicate: (m) => m.text().startsWith(MARK), timeout: 20_000 })
        await page.goto(`http://shop.test/p/${id}`, { waitUntil: "domcontentloaded" })
        const ms = Number((await reported).text().slice(MARK.length))
        ;(j === 0 ? first : later).push(ms)
      }
      await page.close()
    }
    return { first, later }
  } finally {
    await session.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
