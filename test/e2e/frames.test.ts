// What shops show in frames from another origin, which the page's content script cannot read:
// eBay's seller description (ebaydesc.com) and Trustpilot's product TrustBox. Served at their real
// addresses here, so Chrome's matching of the frames' content scripts is what is tested.
import { readFileSync } from "node:fs"

import { describe, expect, it } from "vitest"

import { tabIdOf } from "../../scripts/lib/browser.mjs"
import { readTable, serveHtml, useHarness, type Harness } from "./session"

const ITEM = "https://www.ebay.co.uk/itm/133588510845"
const FRAME = "https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=133588510845&t=0&category=131084&seller=calcshop"
const NAME = "Casio FX-991ES PLUS Scientific Calculator"
const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "Product", name: NAME, offers: { "@type": "Offer", price: "12.50", priceCurrency: "GBP", availability: "https://schema.org/InStock" } })
const itemPage = `<!doctype html><html><head><title>${NAME} | eBay</title>
  <meta property="og:description" content="Find many great new &amp; used options and get the best deals for ${NAME} at the best online prices at eBay! Free delivery for many products!">
  <script type="application/ld+json">${ld}</script></head><body>
  <h1 class="x-item-title__mainTitle"><span>${NAME}</span></h1><div class="x-price-primary"><span>£12.50</span></div>
  <div id="descItemNumber">133588510845</div><button>Buy it now</button>
  <iframe id="desc_ifr" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-same-origin" src="${FRAME.replaceAll("&", "&amp;")}" title="Seller's description of item"></iframe>
  </body></html>`
const sellerFrame = `<!doctype html><html><head><style>#ds_div{font:14px Arial}</style></head><body><div id="ds_div">
  <h2>Casio FX-991ES PLUS</h2><p>Used twice, in its hard cover.</p><p>Comes with the manual; battery replaced in May.</p>
  <script>document.title = "tracking"</script></div></body></html>`

async function storedRows(h: Harness, table: "products" | "reviews"): Promise<unknown[]> {
  const page = await h.session.context.newPage()
  await page.goto(`chrome-extension://${h.session.extensionId}/popup.html`)
  const rows = await readTable(page, table)
  await page.close()
  return rows
}

type StoredProductRow = { key: string; host: string; description: string | null; sources: Record<string, { source: string }> }
const storedProducts = async (h: Harness) => (await storedRows(h, "products")) as StoredProductRow[]
type StoredReviewRow = { productKey: string; author: string | null; rating: number | null; source: string }
const storedReviews = async (h: Harness) => (await storedRows(h, "reviews")) as StoredReviewRow[]

describe("eBay's seller description", () => {
  const h = useHarness()

  it("is read from its frame and stored as the item's description, in place of eBay's template", async () => {
    const page = await h.session.context.newPage()
    await serveHtml(page, (url) => url.href === ITEM, itemPage)
    await serveHtml(page, (url) => url.hostname === "vi.vipr.ebaydesc.com", sellerFrame)
    await page.goto(ITEM, { waitUntil: "load" })
    const popup = await h.popupFor(await tabIdOf(h.session, page))
    await popup.getByTestId("product").waitFor({ timeout: 20_000 })
    expect(await popup.getByTestId("product-name").innerText()).toBe(NAME)
    await expect
      .poll(async () => (await storedProducts(h)).find((p) => p.host === "ebay.co.uk")?.description, { timeout: 15_000 })
      .toBe("Casio FX-991ES PLUS Used twice, in its hard cover. Comes with the manual; battery replaced in May.")
    const [stored] = await storedProducts(h)
    expect(stored!.sources["description"]).toMatchObject({ source: "adapter" })
    await popup.close()
    await page.close()
  })

  it("reads Trustpilot's product TrustBox in its frame and files its reviews under the page's product", async () => {
    const SHOP = "https://brisa-air.example/products/br-2210-purifier"
    const TRUSTBOX =
      "https://widget.trustpilot.com/trustboxes/5717796816f630043868e2e8/index.html?templateId=5717796816f630043868e2e8&businessunitId=4bedb38600006400050ba480#locale=en-GB&styleHeight=440px&styleWidth=100%25&theme=light&sku=BR-2210&name="
    const product = JSON.stringify({ "@context": "https://schema.org", "@type": "Product", name: "Brisa BR-2210 Air Purifier", sku: "BR-2210", offers: { "@type": "Offer", price: "189.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" } })
    // As Trustpilot's bootstrap leaves it: its div, holding the frame it created.
    const shopPage = `<!doctype html><html><head><title>Brisa BR-2210 Air Purifier</title><script type="application/ld+json">${product}</script></head><body>
      <h1>Brisa BR-2210 Air Purifier</h1><p class="price">€189.00</p><button>Add to cart</button>
      <div class="trustpilot-widget" data-template-id="5717796816f630043868e2e8" data-sku="BR-2210" style="position: relative;">
      <iframe title="Customer reviews powered by Trustpilot" src="${TRUSTBOX.replaceAll("&", "&amp;")}" style="height: 440px; width: 100%; border-style: none;"></iframe></div></body></html>`
    const frame = readFileSync(new URL("../fixtures/widgets/trustpilot.html", import.meta.url), "utf8")
    const page = await h.session.context.newPage()
    await serveHtml(page, (url) => url.href === SHOP, shopPage)
    await serveHtml(page, (url) => url.hostname === "widget.trustpilot.com", frame)
    await page.goto(SHOP, { waitUntil: "load" })
    const popup = await h.popupFor(await tabIdOf(h.session, page))
    await popup.getByTestId("product").waitFor({ timeout: 20_000 })
    const key = (await storedProducts(h)).find((p) => p.host === "brisa-air.example")!.key
    await expect
      .poll(async () => (await storedReviews(h)).filter((r) => r.productKey === key).map((r) => `${r.author} ${r.rating} ${r.source}`).sort(), { timeout: 20_000 })
      .toEqual(["Ines Duarte 5 trustpilot", "J. Okafor 2 trustpilot", "Mark 4 trustpilot"])
    await popup.close()
    await page.close()
  })
})
