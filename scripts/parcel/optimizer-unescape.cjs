// A Parcel optimizer that runs after SWC's minifier and writes escaped characters as themselves.
// SWC escapes the Latin-1 letters of the shop words as `\xNN` (é, ä, ñ, £…; swc-project/swc#10609),
// four bytes where UTF-8 needs two, and keeps the source's `\uXXXX` spellings of spaces such as
// U+202F, six bytes where UTF-8 needs three. Issue #3 caps each content script at 60 KB. Bundles
// are written as UTF-8, which Chrome requires of content scripts. Only where the backslash is not
// itself escaped ("\\xe9" stays), and only characters from U+00A0 up: in a string, template or
// regular expression literal either spelling means the same character, and none of these has a
// meaning in regular expression syntax. Our content scripts use no tagged template whose raw text
// holds such an escape.
/* eslint-disable @typescript-eslint/no-require-imports -- Parcel 2.9 loads a plugin with require() */
const { Optimizer } = require("@parcel/plugin")
const { blobToString } = require("@parcel/utils")

// Case matters for the escape's letter: in a regular expression without the u flag, \X and \U
// are the letters X and U, not escapes.
const ESCAPE = /(?<!\\)((?:\\\\)*)\\(?:x([a-fA-F][0-9a-fA-F])|u([0-9a-fA-F]{4}))/g

/**
 * Whether a \uXXXX escape may be written as its character: from U+00A0 up (the source writes
 * spaces such as U+202F this way), never a surrogate (no UTF-8 for half a pair), a line or
 * paragraph separator (a line break inside a regular expression literal) or a byte-order mark.
 */
function writable(code) {
  return code >= 0xa0 && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff
}

function unescapeLetters(code) {
  return code.replace(ESCAPE, (escape, backslashes, latin1, unicode) => {
    const char = parseInt(latin1 ?? unicode, 16)
    return latin1 || writable(char) ? backslashes + String.fromCharCode(char) : escape
  })
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
    return { contents: unescapeLetters(code), map }
  }
})

module.exports.unescapeLetters = unescapeLetters
module.exports.isContentScript = isContentScript
