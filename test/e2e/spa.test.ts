// A single-page shop: the URL changes with history.pushState and the product with it, without a
// page load. The popup must follow.
import { beforeAll, describe, expect, it } from "vitest"

import { useHarness } from "./session"

const SPA = `<!doctype html><html><head><title>SPA shop</title>
<script type="application/ld+json" id="ld">{"@type":"Product","name":"Desk lamp","sku":"LAMP","offers":{"price":"30","priceCurrency":"EUR"}}</script>
</head><body><h1 id="title">Desk lamp</h1>
<script>
  window.openChair = () => {
    history.pushState({}, "", "/spa/chair");
    document.getElementById("ld").textContent = JSON.stringify({ "@type": "Product", name: "Reading chair", sku: "CHAIR", offers: { price: "240", priceCurrency: "EUR" } });
    document.getElementById("title").textContent = "Reading chair";
  };
</script></body></html>`

describe("a single-page shop", () => {
  const h = useHarness()
  beforeAll(() => h.shop.mount("/spa/lamp", SPA))

  it("re-reads the product when the URL changes without a reload", async () => {
    const { page, tabId } = await h.visit("/spa/lamp")
    const popup = await h.popupFor(tabId)
    await popup.getByText("Desk lamp").waitFor({ timeout: 15_000 })
    await page.evaluate(() => (window as unknown as { openChair: () => void }).openChair())
    await popup.getByText("Reading chair").waitFor({ timeout: 15_000 })
    expect(await popup.getByTestId("product-price").innerText()).toBe("€240.00")
  })
})
