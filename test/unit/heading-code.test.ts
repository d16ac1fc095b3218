import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"

import { documentFrom } from "../helpers/dom"

// Modelled on electronics shops that print "Product code" under the title while their JSON-LD
// `sku` is a catalogue id.
function product(html: string, url = "https://shop.example/p/ipad-pro-10206131.html") {
  const result = extractProduct(documentFrom(`<html><body>${html}</body></html>`, url), url)
  if (result.kind !== "product") throw new Error(result.reason)
  return result.product
}

const jsonLd = `<script type="application/ld+json">{"@type":"Product","name":"iPad Pro 11","sku":"10206131","offers":{"price":"1029","priceCurrency":"EUR"}}</script>`

describe("the code printed beside the product's title", () => {
  it("beats the JSON-LD sku", () => {
    const p = product(`${jsonLd}<div class="to-print"><h1><span>APPLE</span> <span>iPad Pro 11</span></h1><script>window.shareLinks = []</script><p class="prd-code">Product code: 287807</p></div>`)
    expect(p.sku).toBe("287807")
    expect(p.sources.sku?.source).toBe("heuristic")
  })

  it("reads it from a block right after the heading, in other languages too", () => {
    const p = product(`${jsonLd}<h1>Drum unit DR2401</h1><div class="clearfix"><span class="product-code-display">Cod produs: DR2401 </span></div>`)
    expect(p.sku).toBe("DR2401")
  })

  it("leaves the JSON-LD sku alone when nothing labelled follows the heading", () => {
    expect(product(`${jsonLd}<h1>iPad Pro 11</h1><p>Liquid Retina display, 512 GB</p><div class="price">€1,029</div>`).sku).toBe("10206131")
    // A code far down the page (a related product's, a spec table's) is not the heading's.
    expect(product(`${jsonLd}<h1>iPad Pro 11</h1><p>Retina</p><p>Wi-Fi</p><p>Silver</p><p>Product code: 999111</p>`).sku).toBe("10206131")
  })
})
