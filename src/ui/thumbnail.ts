// Which of the product's images the popup shows in its 84 px box. Shops list images in page order,
// and the first is often a gallery thumbnail: smartprix's JSON-LD starts at "-w50-h60", emag's at
// "?width=80", Best Buy Canada's gallery at "/100x100/". Scaled up, those are a blur. Image CDNs
// say the size they serve in the address, so a thumbnail can be told apart without loading it.

/** The box is 84 CSS pixels; twice that stays sharp on a high-density screen. */
export const SHARP_WIDTH = 168

/** How many images the popup tries before showing its placeholder (each failure costs a load). */
export const MAX_TRIES = 3

// Query parameters that resize on common CDNs: Zalando's imwidth, Salesforce's sw, Scene7's wid,
// imgix's and Shopify's w/width.
const WIDTH_PARAM = /^(?:w|wid|width|imwidth|sw|maxwidth|max_width)$/i

// Size marks in the path, where CDNs put them and product names do not: a "WxH" folder
// ("/100x100/") or the file name's last part ("_1024x1024.", "-600x450.", "_100x." and
// "_100x100_crop_center." for Shopify, "-100x100-1." for WordPress),
// never one inside a name ("wool-rug-80x150-grey.jpg" is a rug's size); "-w240-h290/", "/w/1920/"
// (Zara), "/w_300,h_300,c_fill/" (Cloudinary), "._SL1500_." and "._SS40_." (Amazon), "/s-l300."
// (eBay).
const PATH_MARKS = [
  /\/(\d{2,4})x\d{0,4}\//i,
  /[_-](\d{2,4})x\d{0,4}(?:_crop_\w+|@\dx|-\d)?\.\w+$/i,
  /(?:^|[/_,-])w[_/-]?(\d{2,4})(?=[-_,]h[_-]?\d|[/,])/i,
  /[._][SU][LXYSR](\d{2,4})(?=[_,])/,
  /\/s-l(\d{2,4})\./
]

// A thumbnail's folder ("/thumbs/", "/mini/") or file-name suffix ("…-cm,mini.jpg", "-thumb.png");
// not a word inside a name, as in "apple-mac-mini-m4.jpg" or "raspberry-pi-pico.jpg".
const THUMB_WORD = /\/(?:thumbs?|thumbnails?|mini|icons?)\/|[,_-]thumb(?:s|nail)?\.\w+$|[,_](?:mini|icon)\.\w+$/i

/** The width in pixels an image address asks for, when it says; null when it does not. */
export function declaredWidth(address: string): number | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  for (const [key, value] of url.searchParams) {
    if (WIDTH_PARAM.test(key) && /^\d{2,5}$/.test(value)) return Number(value)
  }
  const path = url.pathname
  for (const mark of PATH_MARKS) {
    const found = mark.exec(path)
    if (found) return Number(found[1])
  }
  return THUMB_WORD.test(path) ? 100 : null
}

/** The width the popup asks a resizing CDN for: twice the sharp width, for screens denser than 2×. */
export const ASKED_WIDTH = SHARP_WIDTH * 2

const HEIGHT_PARAM = /^(?:h|hei|height|imheight|sh|maxheight|max_height)$/i

/**
 * The same image asked at ASKED_WIDTH, when its address sets its width in a query parameter below
 * SHARP_WIDTH: those CDNs resize on request (Zalando lists only "?imwidth=103" in its JSON-LD, and
 * its own page asks the same image at 156, 336 and 1800). A height set beside it is scaled alike,
 * so the picture keeps its shape. Null for any other address.
 */
export function sharperAddress(address: string): string | null {
  const width = declaredWidth(address)
  const query = address.indexOf("?")
  if (width === null || width >= SHARP_WIDTH || query < 0) return null
  let asked = false
  // Only the numbers change: the rest of the address stays byte for byte as the shop wrote it
  // (rewriting it through URLSearchParams would re-encode Scene7's "$Main768$" and the like).
  const sized = address.slice(query).replace(/([?&])([^=&#]+)=(\d{2,5})(?=[&#]|$)/g, (whole, sep: string, key: string, value: string) => {
    if (WIDTH_PARAM.test(key) && Number(value) === width) {
      asked = true
      return `${sep}${key}=${ASKED_WIDTH}`
    }
    return HEIGHT_PARAM.test(key) ? `${sep}${key}=${Math.round((Number(value) * ASKED_WIDTH) / width)}` : whole
  })
  return asked ? address.slice(0, query) + sized : null
}

/**
 * The addresses to try, best first: first those sharp in the box (or that do not say their size)
 * in page order, the main image leading; then the small ones, largest first; MAX_TRIES of them,
 * each small one after the same image asked sharper where its CDN resizes (one failed load more at
 * most per image, then the small one as listed, so a signed address that refuses the new size
 * still shows).
 */
export function thumbnailCandidates(image: string | null, images: readonly string[]): string[] {
  const all = [...new Set([image, ...images].filter((x): x is string => typeof x === "string" && x !== ""))]
  const sized = all.map((address, order) => ({ address, order, width: declaredWidth(address) }))
  const sharp = sized.filter((s) => s.width === null || s.width >= SHARP_WIDTH)
  const small = sized.filter((s) => s.width !== null && s.width < SHARP_WIDTH).sort((a, b) => b.width! - a.width! || a.order - b.order)
  return [...sharp, ...small]
    .slice(0, MAX_TRIES)
    // sharperAddress gives null for an image that is sharp already or does not say its size.
    .flatMap((s) => [sharperAddress(s.address), s.address])
    .filter((x): x is string => x !== null)
}
