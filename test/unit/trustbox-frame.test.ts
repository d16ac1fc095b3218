// The script in a Trustpilot TrustBox frame: which frames speak, when they look, when they send again.
import { JSDOM, VirtualConsole } from "jsdom"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { LOOKS_MS, startTrustBoxFrame } from "~src/content/trustbox-frame"
import type { FrameReviewsMessage } from "~src/messages/contract"
import { trustpilotEvidence } from "~src/sites/widgets/trustpilot.evidence"

import { fixtureHtml } from "../helpers/dom"

const FRAME = trustpilotEvidence[0]!.url
const LIST = /<div class="tp-widget-reviews">[\s\S]*?<a class="tp-widget-footer__logo"/.exec(fixtureHtml("../widgets/trustpilot.html"))![0]

/** A TrustBox frame as Chrome gives it: inside the shop's page unless told otherwise. */
function trustBox({ url = FRAME, body = "", framed = true, ancestors = ["https://brisa-air.example"], prerendering = false } = {}) {
  const win = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url, virtualConsole: new VirtualConsole() }).window
  Object.defineProperty(win.location, "ancestorOrigins", { configurable: true, get: () => ancestors })
  Object.defineProperty(win.document, "prerendering", { configurable: true, get: () => prerendering })
  // jsdom's window cannot be put in a frame: its top is the shop's page when framed, itself if not.
  const shopPage = {}
  const seen = new Proxy(win, { get: (target, key) => (key === "top" ? (framed ? shopPage : seen) : Reflect.get(target, key)) })
  return { win, seen: seen as unknown as Window }
}

/** The TrustBox's own script rendering a list into the frame (parsed, as the page's markup would be). */
function render(win: JSDOM["window"], html: string) {
  const parsed = new win.DOMParser().parseFromString(`<body>${html}</body>`, "text/html")
  win.document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => win.document.importNode(node, true)))
}

describe("the TrustBox frame's script", () => {
  let sent: FrameReviewsMessage[]
  let answer: { productKey: string | null }
  const send = async (m: FrameReviewsMessage) => {
    sent.push(m)
    return answer
  }
  beforeEach(() => {
    vi.useFakeTimers()
    sent = []
    answer = { productKey: "brisa-air.example|sku:BR-2210" }
  })
  afterEach(() => vi.useRealTimers())

  it("sends the reviews once they render, and again only when the frame shows others", async () => {
    const { win, seen } = trustBox()
    startTrustBoxFrame(seen, send)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toHaveLength(0) // nothing rendered yet
    render(win, LIST)
    await vi.advanceTimersByTimeAsync(4000) // the looks at 1.5 and 4 s: filed once
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ type: "cartwise/frame-reviews", url: FRAME, page: "https://brisa-air.example" })
    expect(sent[0]!.reviews.map((r) => r.author)).toEqual(["Ines Duarte", "Mark", "J. Okafor"])
    // The shopper pages the TrustBox: as many reviews, other ones.
    render(win, LIST.replace("Ines Duarte", "Tomás Reyes"))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent.map((m) => m.reviews[0]!.author)).toEqual(["Ines Duarte", "Tomás Reyes"])
  })

  it("tries again while the tab has no product to file them under, and stops after its last look", async () => {
    answer = { productKey: null }
    startTrustBoxFrame(trustBox({ body: LIST }).seen, send)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(sent).toHaveLength(LOOKS_MS.length)
  })

  it("says nothing as a page of its own, in another frame, in a shop TrustBox, or before a prerendered page is shown", async () => {
    const silent = [
      trustBox({ body: LIST, framed: false }),
      trustBox({ body: LIST, ancestors: ["https://ads.example", "https://brisa-air.example"] }),
      trustBox({ body: LIST, url: "https://widget.trustpilot.com/trustboxes/53aa8912dec7e10d38f59f36/index.html#locale=en-GB" })
    ]
    for (const { seen } of silent) startTrustBoxFrame(seen, send)
    const { win: prerendered, seen } = trustBox({ body: LIST, prerendering: true })
    startTrustBoxFrame(seen, send)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(0)
    prerendered.document.dispatchEvent(new prerendered.Event("prerenderingchange"))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(1)
  })
})
