import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))
const cli = (args: string[], input?: string) =>
  execFileSync("node", ["scripts/cli.mjs", ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 })
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))

describe("the cartwise command line", () => {
  it("extracts one JSON snapshot per file with the content script, and an error line for a bad file", () => {
    const [shop, article, missing] = cli([
      "extract",
      "--url",
      "https://kaffeehaus-berger.example/produkt/espressomaschine-barista-pro/",
      "test/fixtures/pages/woocommerce-graph.html",
      "test/fixtures/pages/article.html",
      "test/fixtures/pages/does-not-exist.html"
    ])
    expect(shop).toMatchObject({
      file: "test/fixtures/pages/woocommerce-graph.html",
      name: "Espressomaschine Barista Pro",
      brand: "Sage",
      price: "749",
      currency: "EUR",
      availability: "InStock",
      sku: "BP-880",
      gtin: "4006381333931",
      mpn: null,
      rating: 4.6,
      reviewCount: 27,
      images: ["https://kaffeehaus-berger.example/wp-content/uploads/barista-pro.jpg"],
      reviews: []
    })
    expect(article).toMatchObject({ kind: "not-product", name: null, price: null })
    expect(missing).toEqual({ file: "test/fixtures/pages/does-not-exist.html", error: expect.stringContaining("ENOENT") })
  })

  it("reads a review widget's reviews with the same on-demand reader the extension loads", () => {
    // The content script carries no widget reader: on this Judge.me page it imports the review
    // reader and reads the page again, and the command line serves it the built module.
    const [shop] = cli(["extract", "--url", "https://mossandember.example/products/cedar-moss-candle", "test/fixtures/widgets/judgeme.html"])
    expect(shop).toMatchObject({ name: "Cedar Moss Candle", price: "34" })
    expect(shop.reviews.map((r: { source: string }) => r.source)).toEqual(["judgeme", "judgeme", "judgeme"])
  })

  it("dates reviews from the page as the extension does when the background asks for the reader", () => {
    // The microdata reviews carry no date; the page prints one in each review's element.
    const [shop] = cli(["extract", "--url", "https://www.3suisses.example/P-7142014-tertio-housse-de-chaise", "test/fixtures/pages/microdata-reviews-carousel.html"])
    expect(shop.reviews.map((r: { date: string | null }) => r.date)).toEqual(["2018-01-24", "2016-10-05", "2016-10-21"])
    // The page declares no language for them: the words say French, as the extension stores them.
    expect(shop.reviews.map((r: { language: string | null }) => r.language)).toEqual(["fr", "fr", "fr"])
  })

  it("reads microdata whose texts hold the shop's own read-more controls, and leaves those words out", () => {
    const [shop] = cli(["extract", "--url", "https://diy.example/panel-szary,p4700.html", "test/fixtures/pages/microdata-read-more.html"])
    // Where page scripts are off, as here, a reader that needs script callbacks would fail the whole
    // microdata stage; the code and reviews must come through, and no stage may be skipped.
    expect(shop).toMatchObject({ sku: "45970012", price: "32", currency: "PLN", availability: "InStock", warnings: [] })
    expect(shop.reviews.map((r: { body: string }) => r.body)).toEqual(["Łatwy montaż na rzepy. Kolor zgodny ze zdjęciem."])
  })

  it("lets a buy box that shows sold out overrule structured data, but not a sold-out notice the page hides", () => {
    const page = "test/fixtures/pages/sold-out-buy-box.html"
    const hidden = cli(["extract", "--url", "https://moveis.example/banquetas-marilyn.html", page])[0]
    expect(hidden).toMatchObject({ price: "389.9", availability: "InStock" })
    // The same page with the notice shown: the disabled button and its stock line agree.
    const shown = mkdtempSync(join(tmpdir(), "cartwise-"))
    try {
      writeFileSync(join(shown, "shown.html"), readFileSync(join(root, page), "utf8").replace(' style="display:none"', ""))
      const [read] = cli(["extract", "--url", "https://moveis.example/banquetas-marilyn.html", join(shown, "shown.html")])
      expect(read).toMatchObject({ availability: "OutOfStock" })
    } finally {
      rmSync(shown, { recursive: true, force: true })
    }
  })

  it("reads saved pages as a browser would: their own charset, a page that refreshes itself, an address written loosely", () => {
    const dir = mkdtempSync(join(tmpdir(), "cartwise-"))
    const product = (name: string, price: string, head = "") =>
      `<html><head>${head}<title>${name}</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${name}","offers":{"@type":"Offer","price":"${price}","priceCurrency":"RUB"}}</script></head><body><h1>${name}</h1></body></html>`
    try {
      // A Russian shop's page saved in windows-1251, as its <meta> says: Node has no encoder for
      // it, so the Cyrillic letters are written as their bytes (Ч = 0xD7 …).
      const cp1251 = Buffer.from(product("\u00d7\u00e0\u00e9\u00ed\u00e8\u00ea", "2990", '<meta charset="windows-1251">'), "latin1")
      writeFileSync(join(dir, "cp1251.html"), cp1251)
      // A page whose <meta> refreshes it: read as saved, and the next file still gets its reading.
      writeFileSync(join(dir, "refresh.html"), product("Refreshing Kettle", "15", '<meta http-equiv="refresh" content="0">'))
      writeFileSync(join(dir, "plain.html"), product("Plain Kettle", "12"))
      // A charset in a comment, or inside another attribute's value, names nothing (found by review).
      writeFileSync(join(dir, "comment.html"), product("Kühlschrank", "399", '<!-- <meta charset="windows-1251"> --><meta name="x" content="charset=iso-8859-1">'))
      const [russian, refreshing, loose, commented] = cli([
        "extract",
        join(dir, "cp1251.html"),
        join(dir, "refresh.html"),
        "--url",
        "HTTPS://Shop.Example:443/p/1",
        join(dir, "plain.html"),
        join(dir, "comment.html")
      ])
      expect(russian).toMatchObject({ name: "Чайник", price: "2990" })
      expect(refreshing).toMatchObject({ name: "Refreshing Kettle", price: "15" })
      expect(loose).toMatchObject({ name: "Plain Kettle", price: "12" })
      expect(commented).toMatchObject({ name: "Kühlschrank", price: "399" })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("refuses a --url that names no file or no web page, before opening anything", () => {
    const run = (args: string[]) => spawnSync("node", ["scripts/cli.mjs", "extract", ...args], { cwd: root, encoding: "utf8", timeout: 30_000 })
    for (const args of [["test/fixtures/pages/article.html", "--url", "https://shop.example/p"], ["--url", "file:///etc/passwd", "test/fixtures/pages/article.html"], ["--verbose", "test/fixtures/pages/article.html"]]) {
      const out = run(args)
      expect(out.status, args.join(" ")).toBe(2)
      expect(out.stdout).toBe("")
      expect(out.stderr).toMatch(/^cartwise: /)
    }
  })

  it("parses price strings from JSON lines and reports bad and blank lines without stopping", () => {
    // One output line per input line, in order, so a script can pair them: a blank line too.
    const out = cli(["parse-price"], ['\ufeff{"text": "1.299,00 €", "currency_hint": null}', "{oops", "", '{"text": "¥1,299"}'].join("\n"))
    expect(out).toEqual([
      { amount: "1299", currency: "EUR", currencyText: "€" },
      { error: expect.any(String), line: "{oops" },
      { error: "empty line", line: "" },
      { amount: "1299", currency: "JPY", currencyText: "¥" }
    ])
  })
})
