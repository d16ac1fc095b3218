// A shop's slogan given as every page's meta description is no product's description.
import { describe, expect, it } from "vitest"

import { handleMessage } from "~src/background/handle-message"
import { isShopWide } from "~src/db/shop-blurb"
import type { FieldSource } from "~src/product"

import { freshDb } from "../helpers/db"
import { productMessage } from "../helpers/messages"

const EXT = "abcdefghijklmnopabcdefghijklmnop"
const SLOGAN = "Free shipping on orders over $50. Clean air since 1998, from our family to yours."
let tab = 1
const visit = async (db: ReturnType<typeof freshDb>, path: string, name: string, description: string, source: FieldSource = "opengraph", host = "brisa-air.example") => {
  const url = `https://${host}/products/${path}`
  const message = productMessage({ url, name, sku: path, description, sources: { name: { source: "json-ld", confidence: 0.95 }, description: { source, confidence: 0.75 } } })
  await handleMessage(db, message, { id: EXT, url, frameId: 0, tab: { id: tab++ } }, EXT, tab)
  return (await db.products.get(`${host}|sku:${path}`))?.description
}

describe("a shop's slogan as the description", () => {
  it("is dropped once a second product of the shop shows it, from both, and from every later one", async () => {
    const db = freshDb()
    // One product alone cannot tell it from copy.
    expect(await visit(db, "br-2210", "Brisa BR-2210 Air Purifier", SLOGAN)).toBe(SLOGAN)
    expect(await visit(db, "dh-90", "Dehumidifier DH-90", SLOGAN)).toBeNull()
    expect((await db.products.get("brisa-air.example|sku:br-2210"))?.description).toBeNull()
    expect((await db.products.get("brisa-air.example|sku:br-2210"))?.sources.description).toBeUndefined()
    expect(await visit(db, "fan-3", "Tower fan", SLOGAN)).toBeNull()
    // A revisit finds it again on the page, and drops it again.
    expect(await visit(db, "br-2210", "Brisa BR-2210 Air Purifier", SLOGAN)).toBeNull()
    // Real copy on a later page stays.
    expect(await visit(db, "heater-5", "Heater 5", "Ceramic heater with a quiet fan and a tip-over switch.")).toBe("Ceramic heater with a quiet fan and a tip-over switch.")
  })

  it("stays where it is the product's copy: variants, text about the product, structured data, another shop", async () => {
    const db = freshDb()
    // Variants of one product share their copy.
    const copy = "Soft cotton for everyday wear, cut a little longer at the back."
    await visit(db, "tee-red", "Basic Tee Red", copy)
    expect(await visit(db, "tee-blue", "Basic Tee Blue", copy)).toBe(copy)
    // Text that speaks of the product.
    const about = "Purifiers and dehumidifiers that keep the air of a whole flat clean."
    await visit(db, "br-2210", "Brisa BR-2210 Air Purifier", about)
    expect(await visit(db, "dh-90", "Dehumidifier DH-90", about)).toBe(about)
    // Structured data's description is the shop's field for copy.
    await visit(db, "lamp-1", "Desk lamp", SLOGAN, "json-ld")
    expect(await visit(db, "chair-2", "Office chair", SLOGAN, "json-ld")).toBe(SLOGAN)
    // The same words at two shops are each shop's own business.
    const other = freshDb()
    await visit(other, "a", "Kettle", SLOGAN, "opengraph", "one.example")
    expect(await visit(other, "b", "Sofa", SLOGAN, "opengraph", "two.example")).toBe(SLOGAN)
  })

  it("needs two products that are not one product's variants, and a text about neither", () => {
    expect(isShopWide(SLOGAN, "Kettle", "Sofa")).toBe(true)
    expect(isShopWide(SLOGAN, "Basic Tee Red", "Basic Tee Blue")).toBe(false)
    expect(isShopWide("A kettle that boils quietly.", "Kettle", "Sofa")).toBe(false)
    expect(isShopWide("Élan pour la maison", "Lampe Élan", "Chaise")).toBe(false)
    expect(isShopWide(SLOGAN, null, "Sofa")).toBe(false)
    // A text about the second product only is still about one of them.
    expect(isShopWide("The sofa that seats five.", "Kettle", "Sofa")).toBe(false)
    // Names with no word long enough to compare could be one product's: copy kept.
    expect(isShopWide(SLOGAN, "Air Max 90", "Air Max 90")).toBe(false)
    expect(isShopWide(SLOGAN, "Tee - Red", "Tee - Navy")).toBe(false)
    // Scripts without spaces: variants share runs of characters, the copy speaks of the product.
    expect(isShopWide("采用新疆长绒棉，柔软亲肤。", "纯棉圆领短袖T恤白色", "纯棉圆领短袖T恤黑色")).toBe(false)
    expect(isShopWide("肌にやさしい弱酸性。", "ボディソープ詰め替え用", "ボディソープ本体")).toBe(false)
    expect(isShopWide("全场包邮，七天无理由退货", "电热水壶", "布艺沙发")).toBe(true)
  })

  it("leaves the other product's structured-data copy, and a description it has since", async () => {
    const db = freshDb()
    // The same words as another product's JSON-LD copy: that copy is not the shop's slogan.
    await visit(db, "lamp-1", "Desk lamp", SLOGAN, "json-ld")
    expect(await visit(db, "chair-2", "Office chair", SLOGAN)).toBe(SLOGAN)
    expect((await db.products.get("brisa-air.example|sku:lamp-1"))?.description).toBe(SLOGAN)
    // A product that dropped the slogan and later showed copy of its own keeps that copy.
    const later = freshDb()
    await visit(later, "br-2210", "Brisa BR-2210 Air Purifier", SLOGAN)
    await visit(later, "dh-90", "Dehumidifier DH-90", SLOGAN)
    await visit(later, "br-2210", "Brisa BR-2210 Air Purifier", "Three filter stages and a quiet night mode.")
    expect(await visit(later, "fan-3", "Tower fan", SLOGAN)).toBeNull()
    expect((await later.products.get("brisa-air.example|sku:br-2210"))?.description).toBe("Three filter stages and a quiet night mode.")
  })

  it("is remembered by a product read again without a description", async () => {
    const db = freshDb()
    await visit(db, "br-2210", "Brisa BR-2210 Air Purifier", SLOGAN)
    await visit(db, "dh-90", "Dehumidifier DH-90", SLOGAN)
    // Both read once more with no description at all, then a third product shows the slogan.
    const url = (path: string) => `https://brisa-air.example/products/${path}`
    for (const path of ["br-2210", "dh-90"]) {
      await handleMessage(db, productMessage({ url: url(path), name: path, sku: path }), { id: EXT, url: url(path), frameId: 0, tab: { id: tab++ } }, EXT, tab)
    }
    expect(await visit(db, "fan-3", "Tower fan", SLOGAN)).toBeNull()
  })
})
