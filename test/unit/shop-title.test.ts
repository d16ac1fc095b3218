import { describe, expect, it } from "vitest"

import { brandWithoutShopName, withoutShopName } from "~src/db/shop-title"

describe("the shop's name taken out of a name read from the page title", () => {
  it.each([
    ["Buy Tikkers Girls' Pink Butterfly Watch Set | Kids watches | Argos", "https://www.argos.co.uk/product/9249556", "Tikkers Girls' Pink Butterfly Watch Set"],
    ["i3Fresh 愛上新鮮 - 西莎小羊肉餐盒", "https://i3fresh.tw/cheap_1131.html", "西莎小羊肉餐盒"],
    ["Eglo Fueva-C pult – Bluetooth - K-Rauta", "https://www.k-rauta.ee/p/920o", "Eglo Fueva-C pult – Bluetooth"],
    ["Garden hose 25 m | ShopExample", "https://shop.shopexample.com/p/1", "Garden hose 25 m"]
  ])("%s on %s → %s", (name, url, expected) => {
    expect(withoutShopName(name, "opengraph", url)).toBe(expected)
  })

  it.each([
    ["Metal garage 4x5 | Cheap steel garages", "json-ld", "https://garages.example/p/1"],
    ["Buy Me a Coffee mug", "opengraph", "https://argos.co.uk/p/1"],
    ["Lattenrostbausatz CALYPSO 140 cm", "opengraph", "https://www.laendleanzeiger.at/boote/1"],
    ["Nike Air Max 90 - Black", "opengraph", "https://www.nike.com/t/air-max-90"],
    ["Argos", "opengraph", "https://www.argos.co.uk/p/1"]
  ])("keeps %s (%s, %s)", (name, source, url) => {
    expect(withoutShopName(name, source as "json-ld" | "opengraph", url)).toBe(name)
  })
})

describe("the shop's name taken out of a brand", () => {
  it("drops a trailing ' | shop name' that the shop's title template put in the brand", () => {
    expect(brandWithoutShopName("果陀劇場(台北場) | GOMAJI夠麻吉", "https://www.gomaji.com/store/36064?pid=262388")).toBe("果陀劇場(台北場)")
    expect(brandWithoutShopName("Tefal | Argos", "https://www.argos.co.uk/product/1")).toBe("Tefal")
  })

  it.each([
    ["Nike | Running", "https://www.nike.com/t/1"],
    ["Tefal | Kitchen", "https://www.argos.co.uk/product/1"],
    ["Argos", "https://www.argos.co.uk/product/1"],
    [" | Argos", "https://www.argos.co.uk/product/1"],
    ["Tefal | Argos", "https://localhost/p/1"]
  ])("keeps %s on %s", (brand, url) => {
    expect(brandWithoutShopName(brand, url)).toBe(brand)
  })

  it("keeps an absent brand absent", () => {
    expect(brandWithoutShopName(null, "https://www.argos.co.uk/product/1")).toBeNull()
  })
})

describe("parts of a name that only look like the shop's (cases a review of the content-script version found)", () => {
  it.each([
    ["Trainers - Kids", "https://kids.example.com/p/1"],
    ["Summer Dress - Pink", "https://www.example.pink/p/1"],
    ["Wireless Earbuds | Pro", "https://www.example.pro/p/1"],
    ["Cable Ties - 100", "http://10.0.0.100/p/1"]
  ])("keeps %s on %s", (name, url) => {
    expect(withoutShopName(name, "opengraph", url)).toBe(name)
  })

  it("takes the shop from the address's own label, not a subdomain", () => {
    expect(withoutShopName("PlayStation Store £20 Gift Card | GAME", "opengraph", "https://www.game.co.uk/p/1")).toBe("PlayStation Store £20 Gift Card")
    expect(withoutShopName("Wireless Earbuds | Example", "opengraph", "https://shop.example.co.uk/p/1")).toBe("Wireless Earbuds")
  })
})
