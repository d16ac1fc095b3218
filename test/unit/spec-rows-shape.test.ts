import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { readSpecs } from "~src/extract/specs"

import { documentFrom } from "../helpers/dom"

// Spec rows found by their shape alone (lists labelled in bold, rows of a label and a value side
// by side): what they must read and the page parts they must leave alone. From a code review.

const specsOf = (body: string) =>
  readSpecs([documentFrom(`<!doctype html><html><body>${body}</body></html>`, "https://shop.example/p/1").body]).map((s) => `${s.name}=${s.value}`)
const row = (a: string, b: string) => `<div><span>${a}</span><span>${b}</span></div>`
const rows = (cls: string, cells: string[][]) => `<div class="${cls}">${cells.map(([a, b]) => row(a!, b!)).join("")}</div>`

describe("rows the older readers read whole", () => {
  it("keeps the text value when a unit or a link follows it in a spec list", () => {
    expect(specsOf(`<ul class="specs"><li><b>Weight:</b> 1.2 <span>kg</span></li><li><b>Width:</b> 20 <span>cm</span></li><li><b>Height:</b> 30 <span>cm</span></li></ul>`)).toEqual([
      "Weight=1.2 kg", "Width=20 cm", "Height=30 cm"
    ])
  })
  it("does not take a 'View all' link as the brand", () => {
    const page = `<!doctype html><html><body><h1>Acme Kettle X-100</h1><div class="buy"><span class="price">£39.99</span><button>Add to basket</button></div>
      <ul class="specs"><li><strong>Brand:</strong> Acme <a href="/brands/acme">View all</a></li><li><strong>Model number:</strong> X-100 <a href="/m">Compare</a></li>
      <li><strong>Colour:</strong> Red <a href="/c">More colours</a></li></ul></body></html>`
    const r = extractProduct(documentFrom(page, "https://shop.example/k"), "https://shop.example/k")
    expect(r.kind === "product" && r.product.brand).not.toBe("View all")
    expect(r.kind === "product" && r.product.mpn).not.toBe("Compare")
  })
})

describe("a list item that is a spec box and holds a list", () => {
  it("still reads the nested items", () => {
    expect(specsOf(`<ul><li class="attribute-group"><strong>Dimensions</strong><ul><li>Width: 20 cm</li><li>Height: 10 cm</li></ul></li></ul>`)).toEqual([
      "Width=20 cm", "Height=10 cm"
    ])
  })
})

describe("page parts that print label/value rows but are no specs", () => {
  const junk: Record<string, string> = {
    delivery: rows("delivery-options", [["Standard delivery", "3-5 working days"], ["Express delivery", "Next working day"], ["Click & Collect", "Free"]]),
    storeStock: rows("store-availability", [["London Oxford Street", "In stock"], ["Manchester Arndale", "Low stock"], ["Leeds Trinity", "Out of stock"]]),
    openingHours: rows("store-hours", [["Monday", "9:00 - 17:00"], ["Tuesday", "9:00 - 17:00"], ["Wednesday", "9:00 - 17:00"]]),
    tailwindFooter: `<footer class="bg-gray-900 text-white">${rows("grid", [["Phone", "0800 123 4567"], ["Email", "help@shop.example"], ["Hours", "Mon-Fri 9-5"]])}</footer>`,
    regionPicker: `<header class="flex">${rows("flex", [["Ship to", "United Kingdom"], ["Language", "English"], ["Currency", "GBP £"]])}</header>`,
    orderSummary: rows("order-summary", [["Items", "0"], ["Shipping", "Calculated at checkout"], ["Discount", "None"], ["Subtotal", "£0.00"]]),
    sizeGuide: rows("size-guide", [["Size", "Chest (cm)"], ["XS", "82-86"], ["S", "87-91"], ["M", "92-96"]]),
    sellerBox: rows("offer-features", [["Ships from", "Amazon"], ["Sold by", "Acme Ltd"], ["Returns", "Eligible for return within 30 days"]]),
    countdown: rows("countdown", [["Days", "02"], ["Hours", "13"], ["Minutes", "45"]]),
    addedModal: `<div class="modal fade" id="addedToCart">${rows("", [["Colour", "Red"], ["Quantity", "1"], ["Items in basket", "3"]])}</div>`,
    faqDetails: `<div class="faq">${[["Is it dishwasher safe?", "Yes, top rack only."], ["Does it come with a lid?", "No, sold separately."], ["Is it oven safe?", "Up to 220 °C."]]
      .map(([q, a]) => `<details><summary>${q}</summary><div>${a}</div></details>`).join("")}</div>`,
    qa: `<div class="questions">${[["Is it waterproof?", "Yes it is."], ["Does it fit a 15 inch laptop?", "Yes."], ["What colour is the zip?", "Black."]]
      .map(([q, a]) => `<div class="qa"><div class="q">${q}</div><div class="a">${a}</div></div>`).join("")}</div>`,
    featureBlurbs: `<div class="features">${[["Long battery life", "Up to 30 hours of playback on a single charge."], ["Fast charging", "Ten minutes gives you three hours."], ["Water resistant", "Rated IPX4 against splashes and sweat."]]
      .map(([h, p]) => `<div><h4>${h}</h4><p>${p}</p></div>`).join("")}</div>`,
    swatchLinks: `<div class="product-options">${[["Colour", "<a href='?c=r'>Red</a><a href='?c=b'>Blue</a>"], ["Size", "<a href='?s=s'>S</a><a href='?s=m'>M</a><a href='?s=l'>L</a>"], ["Fit", "<a href='?f=r'>Regular</a><a href='?f=s'>Slim</a>"]]
      .map(([a, b]) => `<div><span>${a}</span><div>${b}</div></div>`).join("")}</div>`,
    reviewWidgetNoReviewWord: `<div class="jdgm-rev-widg"><div class="jdgm-rev">${rows("", [["Size bought", "M"], ["Height", "5ft 6"], ["Fit", "Runs small"]])}</div></div>`
  }
  for (const [name, body] of Object.entries(junk)) it(`reads no specs from ${name}`, () => expect(specsOf(body)).toEqual([]))

  it("reads no spec group heading + its whole body as one spec", () => {
    const groups = `<div class="tech">${[["General", [["Brand", "Acme"], ["Model", "X1"]]], ["Display", [["Size", "6.1 in"], ["Type", "OLED"]]], ["Battery", [["Capacity", "4000 mAh"], ["Charging", "25 W"]]]]
      .map(([h, rs]) => `<div class="group"><h3>${h}</h3><div>${(rs as string[][]).map(([a, b]) => row(a!, b!)).join("")}</div></div>`).join("")}</div>`
    expect(specsOf(groups).filter((s) => /^(General|Display|Battery)=/.test(s))).toEqual([])
  })
})

describe("page parts that print lists labelled in bold but are no specs", () => {
  it("reads no footer contact list, shipping terms or reviewer attributes", () => {
    expect(specsOf(`<footer class="bg-gray-900"><ul><li><strong>Phone:</strong> 0800 123 4567</li><li><strong>Email:</strong> help@shop.example</li></ul></footer>`)).toEqual([])
    expect(specsOf(`<div class="jdgm-rev"><ul><li><b>Size bought:</b> M</li><li><b>Usual size:</b> S</li></ul></div>`)).toEqual([])
  })
})

describe("rows low on a big page", () => {
  it("finds label/value rows after a large menu", () => {
    const menu = Array.from({ length: 4100 }, (_, i) => `<li><a href="/c/${i}">Cat ${i}</a><span>›</span></li>`).join("")
    const specs = rows("x1", [["Upper material:", "Textile"], ["Sole:", "Synthetics"], ["Shoe tip:", "Open"]])
    expect(specsOf(`<nav class="mega-menu"><ul>${menu}</ul></nav>${specs}`)).toEqual(["Upper material=Textile", "Sole=Synthetics", "Shoe tip=Open"])
  })
})

describe("a GTIN from the first spec that is one", () => {
  it("keeps the EAN when an ISBN-10 is listed first", () => {
    const book = `<!doctype html><html><body><h1>The One Device</h1><div class="buy"><span class="price">10,75 €</span><button>Adicionar ao carrinho</button></div>
      <table><tr><th>ISBN</th><td>0552173746</td></tr><tr><th>EAN</th><td>9780552173742</td></tr></table></body></html>`
    const r = extractProduct(documentFrom(book, "https://books.example/b"), "https://books.example/b")
    expect(r.kind === "product" && r.product.gtin).toBe("9780552173742")
  })
})

// From a second review.
const cls = (label: string, value: string, l = "label", v = "value") => `<div class="row"><span class="${l}">${label}</span><span class="${v}">${value}</span></div>`

describe("WooCommerce summary", () => {
  it("reads a bold-labelled fact list in the short description (inside div.summary.entry-summary)", () => {
    const body = `<div class="product type-product"><div class="summary entry-summary"><h1 class="product_title">Linen Shirt</h1>
      <p class="price"><span class="woocommerce-Price-amount amount">€49.00</span></p>
      <div class="woocommerce-product-details__short-description"><ul>
        <li><strong>Brand:</strong> Fjord</li><li><strong>Material:</strong> 100% linen</li><li><strong>Fit:</strong> Regular</li></ul></div>
      <form class="cart"><button class="single_add_to_cart_button">Add to cart</button></form></div></div>`
    expect(specsOf(body)).toEqual(["Brand=Fjord", "Material=100% linen", "Fit=Regular"])
  })
  it("gives the brand from it on a whole Woo page", () => {
    const page = `<!doctype html><html><body><main><div class="product type-product"><div class="summary entry-summary"><h1 class="product_title">Linen Shirt</h1>
      <p class="price"><span class="woocommerce-Price-amount amount">€49.00</span></p>
      <div class="woocommerce-product-details__short-description"><ul>
        <li><strong>Brand:</strong> Fjord</li><li><strong>Material:</strong> 100% linen</li></ul></div>
      <form class="cart"><button class="single_add_to_cart_button">Add to cart</button></form></div></div></main></body></html>`
    const r = extractProduct(documentFrom(page, "https://woo.example/product/linen-shirt"), "https://woo.example/product/linen-shirt")
    expect(r.kind === "product" && r.product.brand).toBe("Fjord")
  })
})

describe("real specs the shape rules must still read", () => {
  it("reads rows whose separator sits between label and value (<span>Brand</span>: <span>Acme</span>)", () => {
    const body = `<div class="product-attributes">${[["Brand", "Acme"], ["Colour", "Black"], ["Weight", "1.2 kg"]]
      .map(([a, b]) => `<div><span class="label">${a}</span>: <span class="value">${b}</span></div>`).join("")}</div>`
    expect(specsOf(body)).toEqual(["Brand=Acme", "Colour=Black", "Weight=1.2 kg"])
  })
  it("reads a company name ending in 'Co., Ltd.' or 'Inc.' as a value, not as a sentence", () => {
    const body = `<div class="spec-rows">${cls("Manufacturer", "Shenzhen Xinda Technology Co., Ltd.")}${cls("Brand", "Acme Inc.")}${cls("Model", "XD-200")}</div>`
    expect(specsOf(body)).toEqual(["Manufacturer=Shenzhen Xinda Technology Co., Ltd.", "Brand=Acme Inc.", "Model=XD-200"])
  })
  it("reads a pretty-printed label (a line break inside the label element)", () => {
    const body = `<div class="product-properties">${[["Upper\n        material", "Leather"], ["Sole", "Rubber"], ["Lining", "Textile"]]
      .map(([a, b]) => `<div class="property"><span class="property-name">\n        ${a}\n      </span><span class="property-value">${b}</span></div>`).join("")}</div>`
    expect(specsOf(body)).toEqual(["Upper material=Leather", "Sole=Rubber", "Lining=Textile"])
  })
  it("finds label/value rows after a large menu of icon + link items", () => {
    const menu = Array.from({ length: 4100 }, (_, i) => `<li><i class="fa fa-angle-right"></i><a href="/c/${i}">Cat ${i}</a></li>`).join("")
    const specs = `<div class="x1">${[["Upper material:", "Textile"], ["Sole:", "Synthetics"], ["Shoe tip:", "Open"]].map(([a, b]) => `<div><span>${a}</span><span>${b}</span></div>`).join("")}</div>`
    expect(specsOf(`<div class="megamenu-wrap"><ul>${menu}</ul></div>${specs}`)).toEqual(["Upper material=Textile", "Sole=Synthetics", "Shoe tip=Open"])
  })
  it("finds label/value rows after a long product listing of two-child price boxes", () => {
    const cards = Array.from({ length: 4100 }, (_, i) => `<div class="p"><span class="was">£${i + 9}</span><span class="now">£${i}</span></div>`).join("")
    const specs = `<div class="x1">${[["Upper material:", "Textile"], ["Sole:", "Synthetics"], ["Shoe tip:", "Open"]].map(([a, b]) => `<div><span>${a}</span><span>${b}</span></div>`).join("")}</div>`
    expect(specsOf(`${specs}<div class="grid">${cards}</div>`).length + specsOf(`<div class="grid">${cards}</div>${specs}`).length).toBe(6)
  })
  it("still reads a spec table inside a <dialog> ('See all specifications'), as c92f3ac did", () => {
    const body = `<button>See all specifications</button><dialog id="specs"><table><tr><th>Brand</th><td>Acme</td></tr><tr><th>Model</th><td>X-1</td></tr></table></dialog>`
    expect(specsOf(body)).toEqual(["Brand=Acme", "Model=X-1"])
  })
  it("still reads a spec table in a product <article>'s <footer>, as c92f3ac did", () => {
    const body = `<article class="product"><h1>Acme X-1</h1><footer><table><tr><th>Brand</th><td>Acme</td></tr><tr><th>EAN</th><td>4006381333931</td></tr></table></footer></article>`
    expect(specsOf(body)).toEqual(["Brand=Acme", "EAN=4006381333931"])
  })
  it("reads specs inside a 'storefront' or 'preview' wrapper (LOOSE_CONTEXT substrings)", () => {
    const rowsOf = (c: string) => `<div class="${c}"><div class="spec-list">${cls("Brand", "Acme")}${cls("Colour", "Black")}${cls("Weight", "2 kg")}</div></div>`
    expect(specsOf(rowsOf("storefront-product-details"))).toEqual(["Brand=Acme", "Colour=Black", "Weight=2 kg"])
    expect(specsOf(rowsOf("product-preview-pane"))).toEqual(["Brand=Acme", "Colour=Black", "Weight=2 kg"])
  })
  it("reads specs in an 'operating-conditions' box ('rating' inside 'operating' is LOOSE_CONTEXT)", () => {
    const body = `<div class="operating-conditions">${[["Temperature:", "0-40 °C"], ["Humidity:", "10-90 %"], ["Altitude:", "up to 3000 m"]]
      .map(([a, b]) => `<div><span>${a}</span><span>${b}</span></div>`).join("")}</div>`
    expect(specsOf(body)).toEqual(["Temperature=0-40 °C", "Humidity=10-90 %", "Altitude=up to 3000 m"])
  })
})

describe("more page parts that are no specs", () => {
  it("reads no marketplace seller box with colons", () => {
    const body = `<div class="seller-box">${[["Sold by:", "<a href='/s/1'>Acme Trading</a>"], ["Dispatched from:", "Germany"], ["Seller rating:", "98% positive"]]
      .map(([a, b]) => `<div><span>${a}</span><span>${b}</span></div>`).join("")}</div>`
    expect(specsOf(body)).toEqual([])
  })
  it("reads no inline size guide built from label/value divs", () => {
    const body = `<div class="size-guide-inline">${cls("XS", "UK 6 / EU 34")}${cls("S", "UK 8 / EU 36")}${cls("M", "UK 10 / EU 38")}${cls("L", "UK 12 / EU 40")}</div>`
    expect(specsOf(body)).toEqual([])
  })
  it("reads no feature blurbs inside a 'product-detail' wrapper (SFCC's PDP root)", () => {
    const body = `<div class="container product-detail product-wrapper"><div class="row"><div class="col-12"><div class="benefits">${[["Long battery life", "Up to 30 hours of playback"], ["Fast charging", "Ten minutes for three hours"], ["Water resistant", "Rated IPX4"]]
      .map(([h, p]) => `<div class="benefit"><div class="benefit-title">${h}</div><div class="benefit-text">${p}</div></div>`).join("")}</div></div></div></div>`
    expect(specsOf(body)).toEqual([])
  })
  it("reads no recently-viewed product cards with name/value parts", () => {
    const body = `<section class="recently-viewed"><div class="cards">${[["Acme Kettle", "4.5 out of 5"], ["Acme Toaster", "4.1 out of 5"], ["Acme Grill", "3.9 out of 5"]]
      .map(([a, b]) => `<div class="card"><div class="card-name">${a}</div><div class="card-stars">${b}</div></div>`).join("")}</div></section>`
    expect(specsOf(body)).toEqual([])
  })
})

describe("order, and when the shape rules are read", () => {
  it("gives the table and spec-box rows first, then the rows found by shape, each in document order", () => {
    const body = `<div class="x"><div><span>Upper material:</span><span>Textile</span></div><div><span>Sole:</span><span>Rubber</span></div><div><span>Tip:</span><span>Open</span></div></div>
      <table><tr><th>Brand</th><td>Acme</td></tr></table>
      <ul><li><b>Width:</b> 20 cm</li><li><b>Height:</b> 10 cm</li></ul>`
    expect(specsOf(body)).toEqual(["Brand=Acme", "Upper material=Textile", "Sole=Rubber", "Tip=Open", "Width=20 cm", "Height=10 cm"])
  })

  it("reads no rows by shape beside a spec table of ten rows or more: the shop printed its facts there", () => {
    const table = `<table>${Array.from({ length: 10 }, (_, i) => `<tr><th>Field ${String.fromCharCode(65 + i)}</th><td>${i}</td></tr>`).join("")}</table>`
    const shaped = `<div class="x"><div><span>Upper material:</span><span>Textile</span></div><div><span>Sole:</span><span>Rubber</span></div><div><span>Tip:</span><span>Open</span></div></div>`
    expect(specsOf(table + shaped)).toHaveLength(10)
    expect(specsOf(table.replace(/<tr><th>Field J.*?<\/tr>/, "") + shaped)).toHaveLength(12)
  })
})
