import { describe, expect, it } from "vitest"

import type { Variant } from "~src/product"
import { optionLabel, optionsSummary, productOptions } from "~src/ui/options"

const variant = (name: string | null, availability: Variant["availability"], price: string | null = "159.99", url: string | null = null): Variant => ({
  name,
  sku: null,
  price,
  availability,
  url
})

describe("option labels", () => {
  it("keep what sets a variant apart from the product, however the shop joins them", () => {
    expect(optionLabel("Trail Runner 2 – size 9", "Trail Runner 2")).toBe("size 9")
    expect(optionLabel("Trail Runner 2 - Black / M", "Trail Runner 2")).toBe("Black / M")
    expect(optionLabel("LEATHER LOOK SHIRT / Green", "Leather Look Shirt")).toBe("Green")
    expect(optionLabel("Mug (2 pack)", "Mug")).toBe("2 pack")
    expect(optionLabel("Red Cotton Tee", "Cotton Tee")).toBe("Red")
    expect(optionLabel("Size 10", "Trail Runner 2")).toBe("Size 10")
  })

  it("cut the product's name only where a word ends, and keep what is the option's own", () => {
    expect(optionLabel("Tees (3 pack)", "Tee")).toBe("Tees (3 pack)")
    expect(optionLabel("Trail Runner 20", "Trail Runner 2")).toBe("Trail Runner 20")
    expect(optionLabel("Trail Runner 2 / 2", "Trail Runner 2")).toBe("2")
    expect(optionLabel("Trail Runner 2 – Black (Wide)", "Trail Runner 2")).toBe("Black (Wide)")
    expect(optionLabel("iPhone Case – (PRODUCT)RED", "iPhone Case")).toBe("(PRODUCT)RED")
    // A minus before a number is a sign: a lens's strength, a discount.
    expect(optionLabel("Acuvue Oasys -2.50", "Acuvue Oasys")).toBe("-2.50")
    expect(optionLabel("Acuvue Oasys – -2.50", "Acuvue Oasys")).toBe("-2.50")
  })

  it("leave out an option the name already says, however it is spelled", () => {
    expect(optionLabel("Black Widow Tee / Black / M", "Black Widow Tee")).toBe("Black / M")
    expect(optionLabel("Shirt - green / Green", "Shirt")).toBe("green")
    expect(optionLabel("Shirt — Blue-Green / Blue-Green / 36/38", "Shirt")).toBe("Blue-Green / 36/38")
    expect(optionLabel("Trail Runner 2 – size 9 / 9", "Trail Runner 2")).toBe("size 9")
    expect(optionLabel("Small green coat / Green / small", "Coat")).toBe("Small green coat")
  })

  it("are null where the variant's name is only the product's or missing", () => {
    expect(optionLabel("Trail Runner 2", "Trail Runner 2")).toBeNull()
    expect(optionLabel("  trail runner   2 ", "Trail Runner 2")).toBeNull()
    expect(optionLabel(null, "Trail Runner 2")).toBeNull()
  })
})

describe("product options", () => {
  const product = {
    name: "Trail Runner 2",
    price: "159.99",
    url: "https://peak.example/p/trail-runner-2?size=9",
    variants: [
      variant("Trail Runner 2 – size 9", "InStock", "159.99", "https://peak.example/p/trail-runner-2?size=9"),
      variant("Trail Runner 2 – size 10", "BackOrder", "149.99", "https://peak.example/p/trail-runner-2?size=10"),
      variant("Trail Runner 2 – size 11", "OutOfStock", "159.99", "https://peak.example/p/trail-runner-2?size=11")
    ]
  }

  it("label each option, mark the one the page shows and give a price only where it differs", () => {
    const options = productOptions(product)!
    expect(options.rows).toEqual([
      { label: "size 9", price: null, availability: "InStock", selected: true },
      { label: "size 10", price: "149.99", availability: "BackOrder", selected: false },
      { label: "size 11", price: null, availability: "OutOfStock", selected: false }
    ])
    expect(optionsSummary(options)).toBe("1 of 3 in stock, 1 to order.")
  })

  it("are none for a product with one variant, which is the product itself", () => {
    expect(productOptions({ ...product, variants: product.variants.slice(0, 1) })).toBeNull()
  })

  it("mark the page's option when its address carries other parameters too, as search and campaign links do", () => {
    const options = productOptions({ ...product, url: "https://peak.example/p/trail-runner-2?_pos=1&size=10&utm_source=news#reviews" })!
    expect(options.rows.map((r) => r.selected)).toEqual([false, true, false])
    expect(productOptions({ ...product, url: "https://peak.example/p/trail-runner-3?size=10" })!.rows.some((r) => r.selected)).toBe(false)
  })

  it("mark no option when the page's address is every option's", () => {
    const same = product.variants.map((v) => ({ ...v, url: "https://peak.example/p/trail-runner-2" }))
    const options = productOptions({ ...product, url: "https://peak.example/p/trail-runner-2#reviews", variants: same })!
    expect(options.rows.some((r) => r.selected)).toBe(false)
  })

  it("count options the shop lists by code only, without inventing names", () => {
    const coded = ["InStock", "OutOfStock", "OutOfStock", "InStock"].map((a) => ({ ...variant(null, a as Variant["availability"]), sku: `AD542-${a}` }))
    const options = productOptions({ ...product, variants: coded })!
    expect(options.named).toBe(0)
    expect(optionsSummary(options)).toBe("2 of 4 in stock.")
  })

  it("tell apart options whose names give one difference only, by their codes", () => {
    const twins = [{ ...variant("Shirt / Black", "InStock"), sku: "B-36" }, { ...variant("Shirt / Black", "OutOfStock"), sku: "B-38" }, variant("Shirt / Green", "InStock")]
    const options = productOptions({ ...product, name: "Shirt", variants: twins })!
    expect(options.rows.map((r) => r.label)).toEqual(["Black (B-36)", "Black (B-38)", "Green"])
  })

  it("say when none can be bought now but some can be ordered", () => {
    expect(optionsSummary(productOptions({ ...product, variants: [variant("A", "PreOrder"), variant("B", "BackOrder")] })!)).toBe("All 2 options to order.")
    expect(optionsSummary(productOptions({ ...product, variants: [variant("A", "PreOrder"), variant("B", "SoldOut")] })!)).toBe("None of 2 in stock, 1 to order.")
  })

  it("say what is unknown rather than count it as sold out", () => {
    const options = productOptions({ ...product, variants: [variant("A", "InStock"), variant("B", null), variant("C", "OutOfStock")] })!
    expect(optionsSummary(options)).toBe("1 of 3 in stock, 1 not said.")
    expect(optionsSummary(productOptions({ ...product, variants: [variant("A", null), variant("B", null)] })!)).toBe(
      "2 options; the shop does not say which are in stock."
    )
    expect(optionsSummary(productOptions({ ...product, variants: [variant("A", "SoldOut"), variant("B", "OutOfStock")] })!)).toBe("All 2 options sold out.")
    expect(optionsSummary(productOptions({ ...product, variants: [variant("A", "InStock"), variant("B", "OnlineOnly")] })!)).toBe("All 2 options in stock.")
  })

  it("give every option's price when the product has none", () => {
    const options = productOptions({ ...product, price: null })!
    expect(options.rows.map((r) => r.price)).toEqual(["159.99", "149.99", "159.99"])
  })
})
