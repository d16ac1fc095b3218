// Plasmo's encapsulate optimizer, which .parcelrc runs just before this one, wraps every bundle in
//   (function(define){var __define; typeof define === "function" && (__define=define,define=null);
//   …the bundle… globalThis.define=__define;  })(globalThis.define);
// so that a library inside does not register itself with an AMD loader of the page's. Our content
// scripts run in Chrome's isolated world (none declares world: "MAIN"; the manifest test checks),
// where the page's globals are not visible: there the wrapper hides nothing. This takes it off
// content scripts, in production builds, before minification and only where it is exactly this
// text: 83 bytes of the 60 KB that issue #3 allows. A `define` the bundle reads then means the
// isolated world's own global, which is the value the wrapper passed in. (Stripping it after
// minification instead would leave a bundle that reads `define` pointing at a renamed variable.)
/* eslint-disable @typescript-eslint/no-require-imports -- Parcel 2.9 loads a plugin with require() */
const { Optimizer } = require("@parcel/plugin")
const { blobToString } = require("@parcel/utils")

const { isContentScript } = require("./optimizer-unescape.cjs")

const OPEN = '(function(define){var __define; typeof define === "function" && (__define=define,define=null);\n'
const CLOSE = " globalThis.define=__define;  })(globalThis.define);"

function withoutDefineGuard(code) {
  return code.startsWith(OPEN) && code.endsWith(CLOSE) ? code.slice(OPEN.length, -CLOSE.length) : code
}

module.exports = new Optimizer({
  async optimize({ bundle, contents, map }) {
    // Development builds keep the wrapper: their source maps count its line.
    if (!bundle.env.shouldOptimize || !isContentScript(bundle)) return { contents, map }
    const code = typeof contents === "string" ? contents : await blobToString(contents)
    return { contents: withoutDefineGuard(code), map }
  }
})

module.exports.withoutDefineGuard = withoutDefineGuard
module.exports.DEFINE_GUARD = { OPEN, CLOSE }
