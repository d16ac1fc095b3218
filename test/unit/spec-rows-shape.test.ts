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

