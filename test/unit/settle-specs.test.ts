// Feature lists that mark "+" and "-" reach the side panel and the model as "Yes" and "No"; a lone
// dash on a shop that does not mark features is a blank and is left out.
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { settleSpecs } from "~src/extract/settle-specs"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { validatePageResult } from "~src/messages/validate"

import { documentFrom } from "../helpers/dom"

describe("spec values written as marks", () => {
  it("reads '+' as Yes and '-' as No where the shop marks features so", () => {
    const specs = [
      { name: "Совместимость с индукцией", value: "+" },
      { name: "Съемные ручки", value: " - " },
      { name: "Объем, л", value: "4,5" },
      { name: "Термодатчик на крышке", value: "—" }
    ]
    expect(settleSpecs(specs)).toEqual([
      { name: "Совместимость с индукцией", value: "Yes" },
      { name: "Съемные ручки", value: "No" },
      { name: "Объем, л", value: "4,5" },
      { name: "Термодатчик на крышке", value: "No" }
    ])
  })

  it("leaves out a lone dash when no value is a '+': a blank, not a no, even beside a tick (found by review)", () => {
    expect(settleSpecs([{ name: "Colour", value: "-" }, { name: "Width", value: "60 cm" }])).toEqual([{ name: "Width", value: "60 cm" }])
    expect(settleSpecs([{ name: "Wi-Fi", value: "✓" }, { name: "Weight", value: "—" }, { name: "Colour", value: "-" }])).toEqual([{ name: "Wi-Fi", value: "Yes" }])
  })

  it("reads ticks and crosses, with or without the emoji variation selector, wherever they are", () => {
    const specs = ["✔️", "✅", "✗", "❌"].map((value, i) => ({ name: `Feature ${i}`, value }))
    expect(settleSpecs(specs).map((s) => s.value)).toEqual(["Yes", "Yes", "No", "No"])
  })

  it("keeps values that merely contain the marks", () => {
    const specs = [{ name: "Energy class", value: "A+" }, { name: "Size", value: "-5 °C" }, { name: "Range", value: "10 - 20" }]
    expect(settleSpecs(specs)).toEqual(specs)
  })

  it("is what the background stores from a page's feature list", () => {
    const url = "https://dom.shop.example/pots/taller-tr-1047"
    const rows = [["Мытье в посудомойке", "+"], ["Съемные ручки", "-"]].map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join("")
    const ld = JSON.stringify({ "@type": "Product", name: "TalleR TR-1047", offers: { price: "79", priceCurrency: "BYN" } })
    const doc = documentFrom(`<html><head><script type="application/ld+json">${ld}</script></head><body><h1>TalleR TR-1047</h1><table class="specs">${rows}</table></body></html>`, url)
    const result = extractProduct(doc, url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.specs).toContainEqual({ name: "Мытье в посудомойке", value: "+" })
    const checked = validatePageResult({ type: "cartwise/page-result", version: MESSAGE_VERSION, url, result })
    if (!checked.ok || checked.value.result.kind !== "product") throw new Error("invalid")
    expect(checked.value.result.product.specs).toEqual([
      { name: "Мытье в посудомойке", value: "Yes" },
      { name: "Съемные ручки", value: "No" }
    ])
  })

  it("leaves out the shop's stock, delivery, payment and record-key rows, and keeps the product's", () => {
    const specs = [
      { name: "Razpoložljivost", value: "Dobavljivo" },
      { name: "Rok dobave:", value: "1−10 delovnih dni" },
      { name: "In Stock", value: "Yes" },
      { name: "付款方式", value: "信用卡、ATM" },
      { name: "variationId", value: "1000888292" },
      { name: "Lieferzeit", value: "2-3 Werktage" },
      { name: "Lieferumfang", value: "Kabel, Netzteil" },
      { name: "Shipping weight", value: "1.2 kg" },
      { name: "Stock", value: "Walnut" },
      { name: "eSIM", value: "Yes" },
      { name: "Payment terminal compatible", value: "Yes" },
      { name: "Availability*", value: "In stock" },
      { name: "Verfügbarkeit (online)", value: "sofort" },
      { name: "Disponibilite\u0301", value: "En stock" },
      { name: "productID", value: "123" },
      { name: "ProductId", value: "123" },
      { name: "product_id", value: "123" },
      { name: "Payment", value: "Garmin Pay (NFC)" },
      { name: "FaceID", value: "Yes" }
    ]
    expect(settleSpecs(specs).map((s) => s.name)).toEqual(["Lieferumfang", "Shipping weight", "Stock", "eSIM", "Payment terminal compatible", "Payment", "FaceID"])
  })

  it("leaves out terms of sale, star ratings and best-seller ranks from every source's specs, and keeps measures that end in such a word", () => {
    // Rows the content script reads from the page, and the same shapes in structured data's
    // additionalProperty: both are settled here.
    const specs = [
      { name: "Domestic Shipping", value: "Item can be shipped within U.S." },
      { name: "Customer Reviews", value: "4.6 out of 5 stars 471 ratings" },
      { name: "Amazon Bestseller-Rang", value: "Nr. 2,804 in Beauty (Siehe Top 100 in Beauty)" },
      { name: "청약철회 및 계약의 해제에 관한 사항", value: "상세설명 참조" },
      { name: "USB Power Delivery", value: "140 W" },
      { name: "Scope of delivery", value: "1 x drill, charger" },
      { name: "Frequency band", value: "2.4 and 5 GHz" }
    ]
    expect(settleSpecs(specs).map((s) => s.name)).toEqual(["USB Power Delivery", "Scope of delivery", "Frequency band"])
  })

  it("does not let a '+' in the shop's stock row make the product's dashes a 'No'", () => {
    const specs = [{ name: "Наличие", value: "+" }, { name: "Bluetooth", value: "—" }, { name: "Wi-Fi", value: "-" }, { name: "Цвет", value: "чёрный" }]
    expect(settleSpecs(specs)).toEqual([{ name: "Цвет", value: "чёрный" }])
  })
})
