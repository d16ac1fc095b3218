// Builds the on-demand review reader (src/platform/chrome-review-reader.ts) into
// generated/review-reader.js before every Plasmo build: Plasmo has no entry type for a module that
// a content script imports later, but it copies what package.json's web_accessible_resources
// names into the extension. An ES module (import() needs one), minified like the rest.
import { build } from "esbuild"

await build({
  entryPoints: ["src/platform/chrome-review-reader.ts"],
  outfile: "generated/review-reader.js",
  bundle: true,
  format: "esm",
  minify: true,
  target: "chrome120",
  legalComments: "none",
  logLevel: "warning"
})
