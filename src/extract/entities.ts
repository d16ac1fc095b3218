// HTML entities that shops leave in the texts of their structured data ("Caf&eacute;", "B&amp;S",
// "&lt;p&gt;…" in a description), decoded as the background settles a page's result
// (settle-product.ts, settle-review.ts), which the command line does too. The content script sends
// texts as the page gave them: this table cost its 60 KB (issue #3) about 560 bytes. What a reading
// on the page needs decoded is decoded there: the few entities its readings compare or parse
// ("&amp;", "&quot;", numbered ones, "&nbsp;", "&euro;", "&pound;") by cleanText (normalize.ts), and a
// review's texts by the on-demand review reader before it matches them with the page's words.

// The named entities shops' data holds (PHP's htmlentities writes every Latin-1 one), each name
// and the character it stands for; compared in their own case first ("&Oslash;" is Ø, "&oslash;"
// ø), then in lower case ("&AMP;"). A Map, so that "&constructor;" finds no entity (an object's
// lookup found Object's function).
const ENTITIES = new Map(
  [
    "amp&|lt<|gt>|quot\"|apos'|nbsp\u00a0|euro€|pound£|yen¥|cent¢|curren¤|copy©|reg®|trade™|deg°|times×|divide÷",
    "ndash–|mdash—|hellip…|rsquo’|lsquo‘|rdquo”|ldquo“|bdquo„|sbquo‚|laquo«|raquo»|lsaquo‹|rsaquo›|prime′|Prime″",
    "middot·|bull•|sect§|para¶|dagger†|Dagger‡|permil‰|plusmn±|minus−|micro\u00b5|sup1¹|sup2²|sup3³|ordf\u00aa|ordm\u00ba",
    "frac12½|frac14¼|frac34¾|iexcl¡|iquest¿|not¬|shy\u00ad|macr¯|acute´|cedil¸|uml¨|brvbar¦|infin∞|asymp≈|ne≠|le≤|ge≥",
    "larr←|rarr→|uarr↑|darr↓|hearts♥|check✓|szligß|AEligÆ|aeligæ|OEligŒ|oeligœ|OslashØ|oslashø|ETHÐ|ethð|THORNÞ|thornþ",
    "ensp\u2002|emsp\u2003|thinsp\u2009|zwnj\u200c|zwj\u200d|lrm\u200e|rlm\u200f"
  ]
    .join("|")
    .split("|")
    .map((e) => [e.slice(0, -1), e.slice(-1)])
)
// Letters with accents: "&auml;" → "ä", "&Eacute;" → "É", "&ccedil;" → "ç", "&aring;" → "å".
const ACCENTS: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", ring: "\u030a", cedil: "\u0327", caron: "\u030c" }

function namedEntity(name: string): string | undefined {
  const known = ENTITIES.get(name) ?? ENTITIES.get(name.toLowerCase())
  if (known) return known
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/.exec(name)
  return accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize("NFC") : undefined
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
}

/** `text` with its numeric and common named entities decoded; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    const lower = body.toLowerCase()
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole
    return namedEntity(body) ?? whole
  })
}

/**
 * A text as Cartwise keeps it: entities decoded, then what they may have spelled and no text means
 * (control characters but the line breaks a description keeps, icon glyphs; "&#7;", "&nbsp;&nbsp;")
 * taken out as the content script takes it out of page text. Null for a text that was only that.
 * A text with no entity comes back as it is.
 */
export function settleText(text: string): string | null
export function settleText(text: string | null): string | null
export function settleText(text: string | null): string | null {
  if (text === null) return text
  const decoded = decodeEntities(text)
  if (decoded === text) return text
  return (
    decoded
      .replace(/[\u200e\u200f]/g, "")
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f\ue000-\uf8ff]+/g, " ")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .trim() || null
  )
}
