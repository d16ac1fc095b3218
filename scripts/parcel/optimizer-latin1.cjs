// A Parcel optimizer that runs after SWC's minifier and writes the Latin-1 letters SWC escapes as
// `\xNN` (é, ä, ñ, £…; swc-project/swc#10609) as the characters themselves: two bytes of UTF-8
// instead of four of escape. The content scripts hold many shop words in these letters, and issue
// #3 caps each at 60 KB. Bundles are written as UTF-8, which Chrome requires of content scripts.
// Only escapes of U+00A0–U+00FF, and only where the backslash is not itself escaped ("\\xe9"
// stays): in a string, template or regular expression literal either spelling means the same
// character, and these characters have no meaning in regular expression syntax. Our content
// scripts use no tagged template whose raw text holds such an escape.
/* eslint-disable @typescript-eslint/no-require-imports -- Parcel 2.9 loads a plugin with require() */
const { Optimizer } = require("@parcel/plugin")
const { blobToString } = require("@parcel/utils")

const ESCAPE = /(?<!\\)((?:\\\\)*)\\x([a-f][0-9a-f])/gi

function unescapeLatin1(code) {
  return code.replace(ESCAPE, (_, backslashes, hex) => backslashes + String.fromCharCode(parseInt(hex, 16)))
}

/** Content scripts only (their entries live in contents/): the other bundles have no byte cap and
 * hold libraries, whose tagged templates (String.raw) could tell an escape from its letter. */
function isContentScript(bundle) {
  const entry = bundle.getMainEntry()?.filePath ?? ""
  return /[\\/]contents[\\/][^\\/]+$/.test(entry)
}

module.exports = new Optimizer({
  async optimize({ bundle, contents, map }) {
    if (!isContentScript(bundle)) return { contents, map }
    const code = typeof contents === "string" ? contents : await blobToString(contents)
    return { contents: unescapeLatin1(code), map }
  }
})

module.exports.unescapeLatin1 = unescapeLatin1
