import { JSDOM, VirtualConsole } from "jsdom"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { startPageWatcher, type Watcher } from "~src/content/watch"
import type { PageResultMessage } from "~src/messages/contract"

const PRODUCT_LD = (name: string, price: number) =>
  `<script type="application/ld+json">${JSON.stringify({ "@type": "Product", name, offers: { price, priceCurrency: "EUR" } })}</script>`

function shop(html: string, url = "https://spa-shop.example/p/1") {
  return new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, { url, virtualConsole: new VirtualConsole() }).window
}

describe("the content script's page watcher", () => {
  let sent: PageResultMessage[]
  let watcher: Watcher | null
  const send = async (m: PageResultMessage) => {
    sent.push(m)
  }

  beforeEach(() => {
    vi.useFakeTimers()
    sent = []
    watcher = null
  })
  afterEach(() => {
    watcher?.stop()
    vi.useRealTimers()
  })

  it("reports the product once, and not again while nothing changes", async () => {
    const win = shop(PRODUCT_LD("Lamp", 30))
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.result).toMatchObject({ kind: "product", product: { name: "Lamp", price: "30" } })
  })

  it("waits for a prerendered page to be shown before reading it", async () => {
    const win = shop(PRODUCT_LD("Lamp", 30))
    Object.defineProperty(win.document, "prerendering", { configurable: true, get: () => true })
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(sent).toHaveLength(0)
    expect(watcher.refresh()).toBeNull()
    // The shopper goes to the page: Chrome shows it and says so.
    Object.defineProperty(win.document, "prerendering", { configurable: true, get: () => false })
    win.document.dispatchEvent(new win.Event("prerenderingchange"))
    expect(sent.map((m) => m.result.kind)).toEqual(["product"])
  })

  it("looks again when a shop renders its product after load", async () => {
    const win = shop("")
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    expect(sent[0]!.result.kind).toBe("not-product")
    const script = win.document.createElement("script")
    script.type = "application/ld+json"
    script.textContent = JSON.stringify({ "@type": "Product", name: "Late lamp", offers: { price: 12 } })
    win.document.head.append(script)
    await vi.advanceTimersByTimeAsync(2000)
    expect(sent.map((m) => m.result.kind)).toEqual(["not-product", "product"])
  })

  it("re-reads after a single-page shop changes its URL", async () => {
    const win = shop(PRODUCT_LD("Lamp", 30))
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    win.history.pushState({}, "", "/p/2")
    win.document.querySelector("script")!.textContent = JSON.stringify({ "@type": "Product", name: "Chair", offers: { price: 80 } })
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent.map((m) => [m.url, m.result.kind === "product" ? m.result.product.name : null])).toEqual([
      ["https://spa-shop.example/p/1", "Lamp"],
      ["https://spa-shop.example/p/2", "Chair"]
    ])
  })

  it("turns an extractor crash into a not-product report instead of throwing into the page", () => {
    const win = shop("")
    watcher = startPageWatcher({
      window: win as unknown as Window,
      send,
      extract: () => {
        throw new Error("boom")
      }
    })
    expect(sent[0]!.result).toMatchObject({ kind: "not-product", reason: expect.stringContaining("boom") })
  })

  it("stops quietly when the extension was updated under it", async () => {
    const win = shop(PRODUCT_LD("Lamp", 30))
    const dead = vi.fn(async () => {
      throw new Error("Extension context invalidated.")
    })
    watcher = startPageWatcher({ window: win as unknown as Window, send: dead })
    await vi.advanceTimersByTimeAsync(0)
    win.history.pushState({}, "", "/p/2")
    await vi.advanceTimersByTimeAsync(10_000)
    expect(dead).toHaveBeenCalledTimes(1)
    expect(watcher.refresh()).toBeNull()
  })

  it("picks up reviews a widget adds after load, once the page is quiet, within a fixed budget", async () => {
    const ld = (reviews: number) =>
      JSON.stringify({
        "@type": "Product",
        name: "Lamp",
        offers: { price: 30 },
        review: Array.from({ length: reviews }, (_, i) => ({ "@type": "Review", author: `R${i}`, reviewBody: `Review number ${i}` }))
      })
    const win = shop(`<script type="application/ld+json" id="ld">${ld(0)}</script><div id="widget"></div>`)
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    const widget = win.document.getElementById("widget")!
    const script = win.document.getElementById("ld")!
    for (let n = 1; n <= 20; n++) {
      script.textContent = ld(n)
      widget.append(win.document.createElement("p"))
      await vi.advanceTimersByTimeAsync(1500)
    }
    const counts = sent.map((m) => (m.result.kind === "product" ? m.result.product.reviews.length : -1))
    expect(counts.slice(0, 4)).toEqual([0, 1, 2, 3])
    // The first read plus at most eight late reads, however long the page keeps changing.
    expect(sent.length).toBe(9)
  })

  it("answers a refresh with a fresh report even when nothing changed", () => {
    const win = shop(PRODUCT_LD("Lamp", 30))
    watcher = startPageWatcher({ window: win as unknown as Window, send })
    expect(watcher.refresh()?.result.kind).toBe("product")
    expect(sent).toHaveLength(2)
  })
})

describe("a review's relative date (found by review)", () => {
  afterEach(() => vi.useRealTimers())

  // Review dates leave the content script as printed; one without a year can never be read to a
  // date, so it is sent as none, and a widget re-rendering "2 minutes ago" as "3 minutes ago" does
  // not make the page's reading look new.
  it.each([["2 minutes ago", "3 minutes ago"], ["2 minutes ago · #48213", "3 minutes ago · #48213"]])("sends nothing new when '%s' ticks over to '%s'", async (before, after) => {
    vi.useFakeTimers()
    const html = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Lamp</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="30"><meta itemprop="priceCurrency" content="EUR"></div>
      <div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">Jana</span>
      <span itemprop="datePublished" id="d">${before}</span><p itemprop="reviewBody">Warm light.</p></div></div>`
    const win = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url: "https://shop.example/p/1", virtualConsole: new VirtualConsole() }).window
    const sent: PageResultMessage[] = []
    const watcher = startPageWatcher({ window: win as unknown as Window, send: async (m) => void sent.push(m) })
    await vi.advanceTimersByTimeAsync(6000)
    win.document.getElementById("d")!.textContent = after
    await vi.advanceTimersByTimeAsync(3000)
    watcher.stop()
    expect(sent).toHaveLength(1)
    const first = sent[0]!.result
    expect(first.kind === "product" && first.product.reviews[0]?.date).toBeNull()
  })
})
