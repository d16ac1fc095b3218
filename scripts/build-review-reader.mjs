// Builds the on-demand review reader (src/platform/chrome-review-reader.ts) into
// generated/review-reader.js before every Plasmo build: Plasmo has no entry type for a module that
// a content script imports later, but it copies what package.json's web_accessible_resources
// names into the extension. An ES module (import() needs one), minified like the rest.
// With --watch (npm run dev) it rebuilds on every change and copies the result into the dev
// build as well, which Plasmo's watcher does not do for web-accessible files.
import { copyFileSync, existsSync } from "node:fs"

import { build, context } from "esbuild"

const OUT = "generated/review-reader.js"
const DEV_DIR = "build/chrome-mv3-dev/generated"

const options = {
  entryPoints: ["src/platform/chrome-review-reader.ts"],
  outfile: OUT,
  bundle: true,
  format: "esm",
  minify: true,
  target: "chrome120",
  legalComments: "none",
  logLevel: "warning"
}

if (process.argv.includes("--watch")) {
  const toDevBuild = {
    name: "copy-to-dev-build",
    setup(b) {
      b.onEnd((result) => {
        if (result.errors.length === 0 && existsSync(DEV_DIR)) copyFileSync(OUT, `${DEV_DIR}/review-reader.js`)
      })
    }
  }
  await (await context({ ...options, plugins: [toDevBuild] })).watch()
} else {
  await build(options)
}
