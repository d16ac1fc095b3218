// Times the content script where it really runs: the built extension loaded in Chromium, with
// Chrome choosing the moment and the world it runs in. Every corpus page is served from one shop
// address (http://shop.test/p/<id>, so the generic script runs) and opened twice: in a new tab,
// where V8 compiles the script as it runs, then again in the same tab, where V8 finds the script
// already compiled in the tab's renderer (its in-memory cache is keyed by the script's source), as
// on the next product page of a shop opened in that tab. The same pages in both rows. The script
// times itself, from its first statement to its last: parsing the bundle (about 2 ms in a fresh
// tab, see BENCHMARKS.md) and compiling its outer function come before that and are not counted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"

import { launchWithExtension } from "../lib/browser.mjs"
import { BUILD_DIR, contentScripts } from "../lib/page-runner.mjs"

const MARK = "cartwise-bench-ms"

/** A copy of the build whose content scripts report how long they ran, on the console. */
function instrumentedBuild() {
  const dir = mkdtempSync(join(tmpdir(), "cartwise-timed-"))
  cpSync(BUILD_DIR, dir, { recursive: true })
  for (const { file, source } of contentScripts(dir)) {
    writeFileSync(join(dir, file), `const __cwT0=performance.now();${source}\n;console.debug("${MARK}",performance.now()-__cwT0);`)
  }
  return dir
}

/** ms for each page: { first } in a new tab, { again } opened once more in that tab. */
export async function timeInExtension(corpus, ids) {
  const dir = instrumentedBuild()
  const session = await launchWithExtension(dir)
  try {
    // Each page is opened twice in a row: unzipped once.
    const html = { id: "", body: "" }
    await session.context.route("**/*", (route) => {
      const url = new URL(route.request().url())
      const id = /^\/p\/([0-9a-f]{64})$/.exec(url.pathname)?.[1]
      if (url.host !== "shop.test" || !id || !route.request().isNavigationRequest()) return route.abort("internetdisconnected")
      if (html.id !== id) Object.assign(html, { id, body: gunzipSync(readFileSync(`${corpus}pages/${id}.html.gz`)).toString("utf8") })
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html.body })
    })
    const first = []
    const again = []
    for (const id of ids) {
      const page = await session.context.newPage()
      try {
        for (const times of [first, again]) {
          const reported = page.waitForEvent("console", { predicate: (m) => m.text().startsWith(MARK), timeout: 20_000 })
          // Both awaited together: a failed navigation must not leave the wait to reject unheard.
          const [message] = await Promise.all([reported, page.goto(`http://shop.test/p/${id}`, { waitUntil: "domcontentloaded" })])
          times.push(Number(message.text().slice(MARK.length)))
        }
      } finally {
        await page.close()
      }
    }
    return { first, again }
  } finally {
    await session.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
