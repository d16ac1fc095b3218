// A Parcel optimizer for content scripts only, run after @parcel/optimizer-swc: one more SWC
// compress pass with `unsafe_math`, which in these scripts writes `Number(x)` as `+x` and `===` as
// `==` between two numbers (about 270 bytes of the 60 KB that issue #3 allows). The two differ
// only for a BigInt, which neither page text nor JSON.parse gives a content script. Not for the
// other bundles: the model host's WebLLM/TVM code converts BigInts with Number() and would throw.
// `unsafe_math` would also fold constant chains such as `2 * x * 3` into `6 * x`, which can round
// differently; the content scripts write none (checked on the output's diff in the fourteenth
// session: every change was one of the first two kinds), so keep it that way or drop this step.
/* eslint-disable @typescript-eslint/no-require-imports -- Parcel 2.9 loads a plugin with require() */
const { Optimizer } = require("@parcel/plugin")
const { blobToString } = require("@parcel/utils")
const { transform } = require("@swc/core")

const { isContentScript } = require("./optimizer-unescape.cjs")

async function compressMath(code) {
  const { code: out } = await transform(code, {
    jsc: { target: "es2022", minify: { compress: { unsafe_math: true }, mangle: false } },
    minify: true,
    sourceMaps: false,
    configFile: false,
    swcrc: false
  })
  return out
}

module.exports = new Optimizer({
  async optimize({ bundle, contents, map }) {
    if (!bundle.env.shouldOptimize || !isContentScript(bundle)) return { contents, map }
    const code = typeof contents === "string" ? contents : await blobToString(contents)
    return { contents: await compressMath(code), map }
  }
})

module.exports.compressMath = compressMath
