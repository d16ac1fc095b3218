import { JSDOM } from "jsdom"
import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { settleSpecs } from "~src/extract/settle-specs"
import { readSpecs } from "~src/extract/specs"

import { documentFrom } from "../helpers/dom"

// readSpecs finds list rows through their spec/attribute boxes, not with `[class*=spec] li`:
// the rows must still come once each, in page order, whatever the nesting.
const PAGE = `<!doctype html><html><body>
  <div class="specs"><ul><li>Brand: Acme</li><li>Model number: X-1</li></ul><div class="Spec-sheet"><ul><li>nested</li></ul></div></div>
  <table><tr><th>EAN</th><td>4006381333931</td></tr></table>
  <ul class="product-attributes"><li><b>Colour</b> Red</li></ul>
  <ul class="Specs"><li>Weight: 2 kg</li></ul>
  <div id="detailBullets_feature_div"><ul><li>Item model number : KX-9</li></ul></div>
  <div class="spec-list"><ul class="attribute-list"><li>Size: M</li></ul></div>
</body></html>`

describe("specification rows", () => {
  it("reads rows inside spec boxes once each, in page order, with the table rows", () => {
    const doc = documentFrom(PAGE, "https://shop.example/p/1")
    // "Specs" in any case is a spec box (John Lewis's "productSpecificationBox").
    expect(readSpecs([doc]).map((s) => s.name)).toEqual(["Brand", "Model number", "EAN", "Colour", "Weight", "Item model number", "Size"])
  })

  it("takes no page for a spec box because its html or body element's class says so", () => {
    // Zara's <html class="… specialShipping-ss18">, a shop's <body class="special-offers">.
    const ld = JSON.stringify({ "@type": "Product", name: "Walnut Desk Organiser", offers: { price: "39.90", priceCurrency: "EUR" } })
    const page = `<!doctype html><html class="SPECIAL_SHIPPING_MSG specialShipping-ss18"><body class="special-offers">
      <script type="application/ld+json">${ld}</script><nav><ul><li>Women: new in</li><li>Men: sale</li></ul></nav>
      <h1>Walnut Desk Organiser</h1><table><tr><th>Brand</th><td>Holzwerk</td></tr></table></body></html>`
    const result = extractProduct(documentFrom(page, "https://shop.example/p/2"), "https://shop.example/p/2")
    expect(result.kind === "product" && result.product.specs.map((s) => s.name)).toEqual(["Brand"])
  })

  it("takes no rows from cookie notices, comparison widgets or menus: those are not this product's specs", () => {
    // As real pages have them: Cookiebot's table of cookies (laendleanzeiger.at, k-rauta.ee), a
    // "compare with similar items" table of other products (1k.by), a mega-menu of category lists.
    const page = `<!doctype html><html><body>
      <nav class="mega-menu"><div class="menu-column"><dl><dt>Brands</dt><dd>Samsung</dd></dl></div></nav>
      <div class="category-menu"><dl><dt>Kitchen</dt><dd>All kettles</dd></dl></div>
      <h1>Eglo Fueva-C remote</h1>
      <table class="product-attributes"><tr><th>Brand</th><td>Eglo</td></tr><tr><th>Length</th><td>140 mm</td></tr></table>
      <section class="similar-products"><table><tr><th>Price</th><td>from 352,00</td></tr><tr><th>Weight</th><td>12 kg</td></tr></table></section>
      <div id="CybotCookiebotDialog"><div><div><div><table><tr><td>_ga</td><td>Google</td></tr><tr><td>Expiry</td><td>2 years</td></tr></table></div></div></div></div>
    </body></html>`
    const doc = documentFrom(page, "https://shop.example/p/3")
    expect(readSpecs([doc.body])).toEqual([
      { name: "Brand", value: "Eglo" },
      { name: "Length", value: "140 mm" }
    ])
  })

  it("keeps the product's own tables whatever its wrappers are named after", () => {
    // WooCommerce names the product's wrapper after its categories and tags; a shop selling
    // cookie jars, a spec list in the product's header, details in an accordion menu.
    const page = `<!doctype html><html><body>
      <div class="product type-product product_cat-cookies product_tag-gift-bundles product_cat-accessories"><div class="summary"><div><div>
        <table class="woocommerce-product-attributes"><tr><th>Weight</th><td>0.4 kg</td></tr></table></div></div></div></div>
      <section class="product-cookie-jar"><table><tr><th>Capacity</th><td>2 l</td></tr></table></section>
      <div class="product-header"><ul class="specs"><li>Material: Stoneware</li></ul></div>
      <div class="details-accordion-menu"><table><tr><th>Dishwasher safe</th><td>Yes</td></tr></table></div>
    </body></html>`
    const doc = documentFrom(page, "https://shop.example/p/4")
    expect(readSpecs([doc.body]).map((s) => s.name)).toEqual(["Weight", "Capacity", "Material", "Dishwasher safe"])
  })

  it("reads no grid as label/value pairs: size charts, instalment plans, delivery rates, price histories", () => {
    // As shops print them: an instalment plan under a <thead> (paris.cl), a size chart whose
    // first row is an empty corner and the sizes (spartoo), delivery options with a heading row
    // of three <th> (3suisses), a monthly price history of three cells a row (1k.by). Beside them
    // the product's own table, and the label/value shapes that must stay: eBay's four cells a row,
    // namshi's <th> pairs, a two-column table under a "Specification | Value" heading.
    const page = `<!doctype html><html><body>
      <table class="table-fee"><thead><tr><th>Cuotas</th><th>Valor</th><th>Total</th><th>CAE</th></tr></thead>
        <tbody><tr><td>3</td><td>$84.416</td><td>$253.709</td><td>60.93%</td></tr><tr><td>Sin interés</td><td>$83.330</td><td>$249.990</td><td>0%</td></tr></tbody></table>
      <table class="SizeTable"><tr><th></th><td>XS</td><td>S</td><td>M</td></tr><tr><th>Waist</th><td>58-62</td><td>63-65</td><td>66-70</td></tr></table>
      <table><thead><tr><th>Service</th><th>Delay</th><th>Price</th></tr></thead><tbody><tr><td>Relay point</td><td>1 to 5 days</td></tr></tbody></table>
      <table class="price-changes"><tr><th>January 2020</th><td>350,00 б.р.</td><td></td></tr><tr><th>March 2020</th><td>357,68 б.р.</td><td>+7,68</td></tr></table>
      <table class="attributes"><tr><td>Condition:</td><td>New</td><td>Brand:</td><td>Unbranded</td></tr><tr><td>Colour:</td><td>Beige</td><td>Theme:</td><td>Fairies</td></tr></table>
      <table class="product_attributes"><tr><th>SKU</th><th>21128AC57NWP</th></tr></table>
      <table id="snippet-table"><thead><tr><th>Specification</th><th>Value</th></tr></thead><tbody><tr><td>Display</td><td>1.8 inches</td></tr></tbody></table>
    </body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/5").body])).toEqual([
      { name: "Condition", value: "New" },
      { name: "Brand", value: "Unbranded" },
      { name: "Colour", value: "Beige" },
      { name: "Theme", value: "Fairies" },
      { name: "SKU", value: "21128AC57NWP" },
      { name: "Display", value: "1.8 inches" }
    ])
  })

  it("reads a row of label, number and unit as one spec, and no other row of three cells", () => {
    // Technical data as parts shops print it (td only), beside three-cell rows of grids: a size
    // chart row, an instalment row whose third cell is words or a currency, a price history's
    // change column, and placeholders (a dash, a tick) in a comparison's or a plan's third column.
    const page = `<!doctype html><html><body>
      <table class="technical-data"><tr><td>Weight</td><td>2.5</td><td>kg</td></tr><tr><td>Rated power</td><td>1 200</td><td>W</td></tr>
        <tr><td>Operating temperature</td><td>-10 … 40</td><td>°C</td></tr><tr><td>Voltage</td><td>230</td><td>V</td></tr>
        <tr><td>Flow rate</td><td>12</td><td>l/h</td></tr><tr><td>Humidity</td><td>45</td><td>%</td></tr></table>
      <table><tr><td>S</td><td>86</td><td>70</td></tr><tr><td>3 cuotas</td><td>$83.330</td><td>sin interés</td></tr>
        <tr><td>Colour</td><td>Red</td><td>-</td></tr><tr><td>March 2020</td><td>357,68 б.р.</td><td>+7,68</td></tr>
        <tr><td>February 2020</td><td>350,00 б.р.</td><td>—</td></tr><tr><td>1 cuota</td><td>$249.990</td><td>-</td></tr>
        <tr><td>Bluetooth</td><td>5.0</td><td>–</td></tr><tr><td>USB ports</td><td>2</td><td>✓</td></tr><tr><td>3 Raten</td><td>33,33</td><td>€</td></tr></table>
    </body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/7").body])).toEqual([
      { name: "Weight", value: "2.5 kg" },
      { name: "Rated power", value: "1 200 W" },
      { name: "Operating temperature", value: "-10 … 40 °C" },
      { name: "Voltage", value: "230 V" },
      { name: "Flow rate", value: "12 l/h" },
      { name: "Humidity", value: "45 %" }
    ])
  })

  it("takes a label only when it has words: a size chart without headings pairs numbers", () => {
    const page = `<!doctype html><html><body><table>
      <tr><td>Size</td><td>EU</td></tr><tr><td>36</td><td>38</td></tr><tr><td>34/36</td><td>36</td></tr><tr><td>3G</td><td>No</td></tr>
    </table></body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/6").body])).toEqual([
      { name: "Size", value: "EU" },
      { name: "3G", value: "No" }
    ])
  })

  it("drops Amazon's invisible direction marks from labels and values", () => {
    const page = `<!doctype html><html><body><div id="detailBullets_feature_div"><ul>
      <li><span class="a-text-bold">\u200fManufacturer \u200f : \u200e</span><span>\u200eBrome Bird Care</span></li></ul></div></body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/7").body])).toEqual([{ name: "Manufacturer", value: "Brome Bird Care" }])
  })

  it("reads labels and values without their buttons or tooltips, and a line break as a space", () => {
    // 1k.by puts a "?" help button before each label; smartprix breaks a label over two lines;
    // nay.sk puts an "i" tooltip icon, an anchor without an address, before a label; a tooltip's text.
    const page = `<!doctype html><html><body><table class="spec-list__in">
      <tr><th><button type="button" class="help-tip">?</button> <span>Тип</span></th><td>набор посуды</td></tr>
      <tr><th>Supports FM Radio<br>with Recording</th><td>Yes</td></tr>
      <tr><th><a class="tooltip" data-tooltip-title="Typ displeja">i</a>Typ displeja:</th><td>LCD</td></tr>
      <tr><th>Smart<span role="tooltip">Ovládanie mobilom cez aplikáciu</span></th><td><a href="/znacka/garni">Garni</a> áno</td></tr>
      <tr><th><a class="tooltip" title="The visible diagonal">Screen size</a></th><td><a class="js-link" data-href="/size/15">15.6"</a></td></tr></table></body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/8").body])).toEqual([
      { name: "Тип", value: "набор посуды" },
      { name: "Supports FM Radio with Recording", value: "Yes" },
      { name: "Typ displeja", value: "LCD" },
      { name: "Smart", value: "Garni áno" },
      // Anchors without an address that hold words are text (found by review).
      { name: "Screen size", value: '15.6"' }
    ])
  })

  it("keeps the tables a grid rule must not take: a picture cell spanning the rows, an SVG row, links that only contain 'login'", () => {
    // Found in review: a product photo in the first cell read as an "empty corner" and dropped the
    // table; an SVG <tr> in a cell threw and lost every spec; "analoginen" is a word, not a log-in.
    const page = `<!doctype html><html><body>
      <table><tr><td rowspan="3"><img src="/p.jpg" alt=""></td><th>Brand</th><td>Acme</td></tr><tr><th>Model</th><td>X-100</td></tr><tr><th>Colour</th><td>Red</td></tr></table>
      <table><tr><th>Icon</th><td>Lamp <svg><tr></tr></svg></td></tr></table>
      <table><tr><th>Näyttö</th><td><a href="/kellot/analoginen">Analoginen</a></td></tr><tr><th>Style</th><td><a href="/collections/designing-women">Designing Women</a></td></tr></table>
    </body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/9").body])).toEqual([
      { name: "Model", value: "X-100" },
      { name: "Colour", value: "Red" },
      { name: "Icon", value: "Lamp" },
      { name: "Näyttö", value: "Analoginen" },
      { name: "Style", value: "Designing Women" }
    ])
  })

  it("reads eBay's condition whole: its hidden rest is text, not a control", () => {
    // eBay marks the hidden part itself aria-expanded="false"; the toggle is a javascript: link.
    const page = `<!doctype html><html><body><table><tr><td class="attrLabels">Condition:</td><td><div aria-live="polite">New: <span id="vi-cond-addl-info">A brand-new item. The item </span>
      <span id="hiddenContent" class="u-dspn" aria-expanded="false">may be missing its original packaging.</span>
      <span id="readFull">... <a href="javascript:;">Read more</a></span></div></td></tr></table></body></html>`
    expect(readSpecs([documentFrom(page, "https://shop.example/p/10").body])[0]?.value).toBe("New: A brand-new item. The item may be missing its original packaging. ...")
  })

  it("applies the grid rules on XHTML pages too", () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><table><thead><tr><th>Size</th><th>EU</th></tr></thead>
      <tbody><tr><td>Small</td><td>36</td></tr></tbody></table><table><tr><th>Service</th><th>Delay</th><th>Price</th></tr><tr><td>Relay</td><td>5 days</td></tr></table></body></html>`
    const doc = new JSDOM(xhtml, { contentType: "application/xhtml+xml" }).window.document
    expect(readSpecs([doc.body])).toEqual([{ name: "Small", value: "36" }])
  })
})


describe("the manufacturer's part number from a spec table", () => {
  // As shops print the label: namshi's Arabic "supplier's model number", Czech and Polish shops'
  // "manufacturer's code", US parts shops' "Part Number". A page with no markup of its own.
  it.each([
    ["رقم الموديل من المورد", "JEUX024"],
    ["رقم الموديل", "SM-A525F"],
    ["Kód výrobce", "90NR0GE1-M00240"],
    ["Kod producenta", "MZ-V8V1T0BW"],
    ["Part Number", "W10295370A"]
  ])("%s: %s", (label, mpn) => {
    const url = "https://shop.example/p/42"
    const html = `<!doctype html><html><body><h1>Widget 42</h1><div class="price">€ 19,99</div><button>Add to cart</button>
      <table class="params"><tr><th>Colour</th><td>Black</td></tr><tr><th>${label}</th><td>${mpn}</td></tr></table></body></html>`
    const result = extractProduct(documentFrom(html, url), url)
    expect(result.kind === "product" && result.product.mpn).toBe(mpn)
  })
})

const rowsOf = (rows: string[][]) =>
  readSpecs([
    documentFrom(
      `<!doctype html><html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table></body></html>`,
      "https://shop.example/p/7"
    ).body
  ])

/** The rows as the shopper gets them, settled by the background (settle-specs.ts). */
const keptRowsOf = (rows: string[][]) => settleSpecs(rowsOf(rows))

describe("label | number | unit rows: what counts as a unit", () => {
  // An instalment plan's currency, written in letters, starts with a letter like a unit does.
  it("reads no instalment row whose third cell is a currency written in letters", () => {
    expect(rowsOf([["3 raty", "33,33", "zł"], ["3 Raten", "33,33", "EUR"], ["1개월", "10,000", "원"]])).toEqual([])
  })

  // Korean and Japanese shops print CJK unit signs (㎏ ㎝ ㎖ are symbols, not letters).
  it("still reads a row whose unit is a CJK compatibility unit or an inch mark", () => {
    expect(rowsOf([["무게", "1.2", "㎏"], ["Screen", "15.6", "″"]])).toEqual([
      { name: "무게", value: "1.2 ㎏" },
      { name: "Screen", value: "15.6 ″" }
    ])
  })
})

describe("tables that pair no label with a value, without column headings to tell", () => {
  it("reads no size chart whose rows put measurements where labels would be", () => {
    // vmzona's chart: a picture cell spanning the rows, then a head row of plain cells.
    expect(
      rowsOf([
        ["Size", "EU", "Chest (a)", "Waist (b)"],
        ["XS", "42", "84 cm", "72 cm"],
        ["S", "44", "88 cm", "76 cm"]
      ])
    ).toEqual([])
    // eBay's item specifics, four cells a row, stay pairs; so does a digit-led value.
    expect(rowsOf([["Condition:", "New", "Brand:", "Unbranded"], ["Colour:", "Beige", "Voltage:", "230 V"]])).toEqual([
      { name: "Condition", value: "New" },
      { name: "Brand", value: "Unbranded" },
      { name: "Colour", value: "Beige" },
      { name: "Voltage", value: "230 V" }
    ])
  })

  it("keeps spec tables whose labels start with a digit (found by review)", () => {
    expect(rowsOf([["Screen size", "55 in", "Resolution", "3840 x 2160"], ["3D", "No", "HDR", "Yes"], ["Brand", "Acme", "Model", "X-55"]]).length).toBe(6)
    expect(rowsOf([["5G", "Yes", "2nd SIM", "eSIM"], ["Battery", "4500 mAh", "Weight", "190 g"]]).map((s) => s.name)).toEqual(["5G", "2nd SIM", "Battery", "Weight"])
  })

  it("judges a table again on the next reading: a single-page shop refills the same table", () => {
    const doc = documentFrom(
      `<!doctype html><html><body><table id="t"><tr><td>XS</td><td>42</td><td>84 cm</td><td>72 cm</td></tr></table></body></html>`,
      "https://shop.example/p/11"
    )
    expect(readSpecs([doc.body])).toEqual([])
    // The shop's script writes the next product's cells into the same row.
    const cells = doc.querySelectorAll("#t td")
    ;["Brand", "Acme", "Colour", "Red"].forEach((text, i) => (cells[i]!.textContent = text))
    expect(readSpecs([doc.body]).map((s) => s.name)).toEqual(["Brand", "Colour"])
  })

  it("reads no contact card: a short table with an e-mail or phone link is a person, not the product", () => {
    expect(rowsOf([["Tel:", "+421 2 321 320 33"], ["E-mail:", '<a href="mailto:peter@shop.example">peter@shop.example</a>']])).toEqual([])
    expect(rowsOf([["Hotline:", '<a href="tel:+4930123">030 123</a>']])).toEqual([])
    // A spec table of more rows keeps its rows, the manufacturer's contact among them; so does a
    // short one that names a manufacturer or a product (EU product-safety blocks, support lines).
    expect(rowsOf([["Brand:", "Acme"], ["Model:", "X-1"], ["Weight:", "2 kg"], ["Manufacturer:", '<a href="mailto:info@acme.example">info@acme.example</a>']]).length).toBe(4)
    expect(rowsOf([["Manufacturer", "Acme GmbH"], ["Address", "Hauptstr. 1, 10115 Berlin"], ["E-mail", '<a href="mailto:info@acme.example">info@acme.example</a>']]).length).toBe(3)
    expect(rowsOf([["Brand", "Acme"], ["Model number", "X-1"], ["Support", '<a href="tel:+4930123">030 123</a>']]).length).toBe(3)
    // Two codes that look like phone numbers, without a link, are codes.
    expect(rowsOf([["EAN", "4006381333931"], ["SKU", "1234567"]]).length).toBe(2)
  })
})

describe("rows that are other products, not this one's specs", () => {
  it("reads no row whose label holds a price: a card of an 'also bought' grid", () => {
    expect(
      rowsOf([
        ["QUIKLOK QLX4 €20,90 Disponibilità immediata", "QUIKLOK WS651 €4,80 Disponibilità immediata"],
        ["Tork T15 $129", "Tork T20 $149"],
        ["Screen", "6.1 in"],
        ["Price class", "€€"]
      ])
    ).toEqual([
      { name: "Screen", value: "6.1 in" },
      { name: "Price class", value: "€€" }
    ])
  })
})

describe("rows that are money, ratings, ranks or delivery terms, not facts about the product", () => {
  it("reads no row whose value is an amount of money, in a sign or in letters, and keeps units that look like currencies", () => {
    const money = [
      ["Standard Delivery", "£3.50"],
      ["Cena", "32 zł /szt. 32.00 zł"],
      ["amd.by", "525,00 б.р."],
      ["Цена", "1 299 РУБ."],
      ["5,000원", "교환 요청 시 왕복 배송비"],
      ["線上分期價", "3期 每期$806"],
      ["運費", "滿 490 元(含)以上免運費"]
    ]
    const facts = [
      ["Weight", "2.5 kg"],
      ["Cord length", "6 ft"],
      ["Voltage", "220 V"],
      ["Price class", "€€"],
      // Letter signs inside words, and a CJK sign before a number (found by review).
      ["Złącza", "2 złącza USB 3.0, 1 złącze HDMI"],
      ["Брой в опаковка", "6 бр."],
      ["Назначение", "для труб 20 мм"],
      ["Комплект", "2 рубашки"],
      ["전원", "USB 전원 5V 2A"],
      ["扬声器", "全频单元 2个"],
      ["形状", "円形 直径10cm"]
    ]
    expect(rowsOf([...money, ...facts])).toEqual(facts.map(([name, value]) => ({ name, value })))
  })

  it("keeps no star rating, best-seller rank or delivery terms from a product details table, in any Amazon locale", () => {
    // Left out as the background settles the specs (settle-specs.ts), where the shopper reads them.
    expect(
      keptRowsOf([
        ["Customer Reviews", "4.6 out of 5 stars 471 ratings"],
        ["Durchschnittliche Kundenbewertung", "4,7 von 5 Sternen"],
        ["Moyenne des commentaires client", "4,6 sur 5 étoiles"],
        ["Best Sellers Rank", "#844 in Patio, Lawn & Garden (See Top 100 in Patio, Lawn & Garden) #16 in Wild Bird Feeders"],
        ["Amazon Bestseller-Rang", "Nr. 2,804 in Beauty (Siehe Top 100 in Beauty)"],
        ["Classement des meilleures ventes d'Amazon", "14,174 en Animalerie (Voir les 100 premiers en Animalerie)"],
        ["Posizione nella classifica Bestseller di Amazon", "n. 3,690 in Strumenti Musicali (Visualizza i Top 100 nella categoria Strumenti Musicali)"],
        ["Recenzje klientów", "4,6 z 5 gwiazdek"],
        ["Kundrecensioner", "4,6 av 5 stjärnor"],
        ["カスタマーレビュー", "5つ星のうち4.4"],
        ["Placering på Amazons topplista", "12 345 i Hem (Se topp 100 i Hem)"],
        ["Domestic Shipping", "Item can be shipped within U.S."],
        ["International Shipping", "This item can be shipped to select countries outside of the U.S."],
        ["Shipping Weight", "2.4 pounds"],
        ["Date First Available", "June 9, 2016"],
        ["Product Dimensions", "2 x 5 x 10 cm; 300 g"],
        ["Type", "2 in 1 (100 ml)"],
        ["Pieces", "4 of 5 (set)"],
        // Measures and labels that only look like ratings, ranks or delivery terms (found by review).
        ["Frequency band", "2.4 and 5 GHz"],
        ["Input voltage", "1.5 to 5 V"],
        ["Tape", "1.5 mm x 5 m"],
        ["Pack", "2 in 1 (pack of 100)"],
        ["Ladezeit", "1,5 – 5 Stunden"],
        ["Battery", "36 V 10 Ah battery (range up to 100 km)"],
        ["Scope of delivery", "1 x drill, 2 x 18 V battery, charger"],
        ["État à la livraison", "Non monté"]
      ]).map((s) => s.name)
    ).toEqual([
      "Shipping Weight",
      "Date First Available",
      "Product Dimensions",
      "Type",
      "Pieces",
      "Frequency band",
      "Input voltage",
      "Tape",
      "Pack",
      "Ladezeit",
      "Battery",
      "Scope of delivery",
      "État à la livraison"
    ])
  })
})

describe("rows that point elsewhere, set out a returns policy or give an opinion", () => {
  it("reads the Korean legal notice's values, not its 'see the description' rows, and no refund or return terms", () => {
    expect(
      keptRowsOf([
        // The legal notice (상품정보제공고시): rows that send the shopper to the description say nothing.
        ["1. 제품 소재", "상품상세설명 참조"],
        ["2. 색상", "상세페이지 참조"],
        ["製造国", "商品説明参照"],
        ["3. 치수", "75~120"],
        ["5. 제조국", "대한민국"],
        ["8. 품질보증기준", "본 제품에 이상이 있을 경우 소비자분쟁해결기준에 의거 보상"],
        // A returns policy set out in rows: refund and return words, and sentences.
        ["상태 별 환불/교환 불가 사유", "환불/교환 요청 가능 기간이 초과한 경우"],
        ["환불", "마이티몬 > 구매내역 페이지에서 환불 요청"],
        ["교환 안내", "교환 요청 시 반품 상품 수거 후 새 제품 발송"],
        ["상품 수령 전", "[환불요청] 등록 후, 택배기사님께 수취거부 의사를 밝혀 주세요. 판매자가 확인합니다."],
        ["참고", "본 상품은 주문 제작 상품입니다."],
        // The law's notice of the terms of trade.
        ["재화 등의 공급방법 및 공급시기", "배송상품 : 컨텐츠에 기재된 상세설명 참조 그 외 상품 : 문자메세지로 전송"],
        ["청약철회 및 계약의 해제에 관한 사항", "컨텐츠에 기재된 배송/환불 정보 및 상세설명 참조"],
        ["소비자피해보상의 처리, 재화 등에 대한 불만 처리", "고객센터로 전화(1544-6240) 또는 1:1채팅상담 문의"],
        ["거래에 관한 약관의 내용 또는 확인할 수 있는 방법", "웹 페이지 하단 이용약관"],
        ["결제대금예치업 등록번호", "02-006-00043"],
        // Words that only contain the syllables, and the list marker "다." (found by review): kept.
        ["품질보증기준", "관련법 및 소비자피해보상규정에 따름"],
        ["주요 기능", "예약관리, 원격제어"],
        ["용도", "다용도 수납"],
        ["참조 모델", "SM-G991"],
        ["상품 구분", "일반품"],
        ["구성품", "가. 본체 1개 나. 충전기 1개 다. 설명서 1부"],
        ["다. 크기", "30 x 20 cm"]
      ]).map((s) => `${s.name} | ${s.value}`)
    ).toEqual([
      "3. 치수 | 75~120",
      "5. 제조국 | 대한민국",
      "8. 품질보증기준 | 본 제품에 이상이 있을 경우 소비자분쟁해결기준에 의거 보상",
      "품질보증기준 | 관련법 및 소비자피해보상규정에 따름",
      "주요 기능 | 예약관리, 원격제어",
      "용도 | 다용도 수납",
      "참조 모델 | SM-G991",
      "상품 구분 | 일반품",
      "구성품 | 가. 본체 1개 나. 충전기 1개 다. 설명서 1부",
      "다. 크기 | 30 x 20 cm"
    ])
  })

  it("reads no seller's satisfaction scores", () => {
    // tmon: the seller's average satisfaction with its products and deliveries, beside the spec table.
    const page = `<!doctype html><html><body>
      <div class="customer_satisfaction_right"><dl class="customer_satisfaction_list">
        <div class="customer_satisfaction_box"><dt>상품</dt><dd><span class="num">89</span>점</dd></div>
        <div class="customer_satisfaction_box"><dt>배송</dt><dd><span class="num">93</span>점</dd></div>
      </dl></div>
      <table class="tbl_info"><tr><th>구성</th><td>3점 세트</td></tr><tr><th>제조국</th><td>대한민국</td></tr></table>
    </body></html>`
    expect(readSpecs([documentFrom(page, "https://www.tmon.example/deal/1").body]).map((s) => `${s.name} | ${s.value}`)).toEqual(["구성 | 3점 세트", "제조국 | 대한민국"])
  })

  it("reads no box of advantages and disadvantages: its rows are a review site's opinions", () => {
    // smartprix's boxes share the spec box's class; the rows are a feature and a comment on it.
    const page = `<!doctype html><html><body>
      <div class="spec-box"><table>
        <tr><td>Display</td><td>1.8 inches, 128 x 160 pixels</td></tr>
        <tr><td>Battery</td><td>1000 mAh</td></tr>
      </table></div>
      <div id="advantages" class="spec-box advantages"><h3>Advantages</h3><table>
        <tr><td class="heading">Has Dual Sim</td><td class="comment">Use multiple sims at the same time.</td></tr>
        <tr><td class="heading">Supports Memory Card</td><td class="comment">Memory cards give your device more storage capacity.</td></tr>
      </table></div>
      <div id="dis-advantages" class="spec-box advantages"><h3>Disadvantages</h3><table>
        <tr><td class="heading">Low Resolution Camera 0.3 MP</td><td class="comment">It should have come with a higher resolution camera.</td></tr>
      </table></div>
    </body></html>`
    expect(readSpecs([documentFrom(page, "https://www.smartprix.example/mobiles/t15").body]).map((s) => s.name)).toEqual(["Display", "Battery"])
  })
})

describe("one spec per label", () => {
  it("reads a label once, whatever its case or closing full stop", () => {
    // mechta.kz: the spec and, from its filters, the same label with a full stop and a range.
    expect(
      rowsOf([
        ["Общий объем, л", "300"],
        ["Общий объем, л.", "300 - 399"],
        ["COLOUR", "Silver"],
        ["Colour", "Black"],
        ["Art.-Nr.", "4711"]
      ])
    ).toEqual([
      { name: "Общий объем, л", value: "300" },
      { name: "COLOUR", value: "Silver" },
      { name: "Art.-Nr.", value: "4711" }
    ])
  })
})

describe("rows that are choices, not facts", () => {
  it("reads no row whose value is a drop-down to choose from", () => {
    expect(
      rowsOf([
        ["Material:", "Denim"],
        ["Colour:", '<select name="color"><option value="">Select...</option><option>Black</option></select>'],
        ["Size:", '<select disabled name="size"><option value="">First choose a colour!</option></select>']
      ])
    ).toEqual([{ name: "Material", value: "Denim" }])
    // Only the choice is left out, not the facts beside it (found by review).
    expect(rowsOf([["Brand", "Acme", "Colour", '<select><option>Red</option></select>']])).toEqual([{ name: "Brand", value: "Acme" }])
    const dl = `<!doctype html><html><body><dl class="specs"><dt>Brand</dt><dd>Acme</dd><dt>Model number</dt><dd>X-1</dd>
      <dt>Size</dt><dd><select><option>S</option><option>M</option></select></dd></dl></body></html>`
    expect(readSpecs([documentFrom(dl, "https://shop.example/p/8").body]).map((s) => s.name)).toEqual(["Brand", "Model number"])
  })
})

/** The specs of a page whose body is `body`. */
const specsOf = (body: string) => readSpecs([documentFrom(`<!doctype html><html><body>${body}</body></html>`, "https://shop.example/p/9").body])

describe("lists that label each item, whatever their class", () => {

  it("reads an OpenCart-style facts list and a publisher's details list as specs, in page order", () => {
    // As vsezaoci.si (OpenCart) and almedina.net print them: no spec or attribute class anywhere.
    const page = `<div class="product-info"><ul class="list-unstyled">
        <li><strong>Proizvajalec:</strong> <a href="/m/13">B&amp;S</a></li><li><strong>Šifra:</strong> 9470</li></ul></div>
      <div class="prod-details-wrapper"><ul><li><b>Editora</b>: Corgi Books</li><li><b>ISBN:</b> 9780552173742</li></ul></div>`
    expect(specsOf(page)).toEqual([
      { name: "Proizvajalec", value: "B&S" },
      { name: "Šifra", value: "9470" },
      { name: "Editora", value: "Corgi Books" },
      { name: "ISBN", value: "9780552173742" }
    ])
  })

  it("reads no feature bullets, lone labels or terms of sale as specs", () => {
    // A feature list starting each point in bold has no colon; one labelled line is not a list of
    // facts; a shop's payment terms run on for sentences (strumentimusicali.net).
    const terms = "sono accettate tutte le carte dei circuiti Visa, Visa Electron, Mastercard, Postepay, Diners e JCB"
    expect(
      specsOf(`<ul><li><b>Waterproof</b> shell keeps you dry</li><li><b>Breathable</b> mesh lining</li></ul>
        <ul><li><strong>Note:</strong> ships in two boxes</li><li>Assembly required</li></ul>
        <ul><li><b>Carta di Credito:</b> ${terms}</li><li><b>PayPal:</b> ${terms}</li></ul>
        <ul><li>Made in <b>Italy:</b> yes</li><li>Sold by <b>Acme:</b> yes</li></ul>`)
    ).toEqual([])
  })

  it("reads bold labels that start with a digit or run long, and splits a spec box's lines at a full-width colon", () => {
    // Found by review: "5G:" and a long German label are labels too; JD.com-style "名称：值" lines.
    expect(specsOf(`<ul><li><b>Brand:</b> Samsung</li><li><b>5G:</b> Yes</li><li><b>4K video:</b> Yes</li></ul>`).map((s) => s.name)).toEqual(["Brand", "5G", "4K video"])
    expect(specsOf(`<ul><li><b>Leistungsaufnahme im Standby-Betrieb (Watt):</b> 0,5</li><li><b>Farbe:</b> Schwarz</li></ul>`).length).toBe(2)
    expect(specsOf(`<ul class="spec-list"><li>商品名称：华为Mate 60</li><li>接口：USB-C 3.2 (10Gb/s: 2个)</li></ul>`)).toEqual([
      { name: "商品名称", value: "华为Mate 60" },
      { name: "接口", value: "USB-C 3.2 (10Gb/s: 2个)" }
    ])
  })

  it("reads items that are bold from label to value, and no bold times or feature bullets so", () => {
    // As strumentimusicali.net lists a keyboard's facts under "Caratteristiche".
    expect(
      specsOf(`<h4><strong>Caratteristiche</strong></h4><ul><li> <b>Polifonia massima: 128 note</b> </li><li> <b>Tuning: Master Transpose, Master Tune</b> </li><li><b>Peso: 17,2kg</b></li></ul>`)
    ).toEqual([
      { name: "Polifonia massima", value: "128 note" },
      { name: "Tuning", value: "Master Transpose, Master Tune" },
      { name: "Peso", value: "17,2kg" }
    ])
    expect(specsOf(`<ul><li><b>Mon 9:00-18:00</b></li><li><b>Tue 9:00-18:00</b></li></ul><ul><li><b>Waterproof shell</b></li><li><b>Breathable mesh</b></li></ul>`)).toEqual([])
    // Found by review: a pair of bold notices, a pickup point's opening hours.
    expect(specsOf(`<ul><li><b>Note: ships in 2 days</b></li><li><b>Warning: not suitable for children under 3 years</b></li></ul>`)).toEqual([])
    expect(specsOf(`<div class="ritiro"><ul><li><b>Lun - Ven: 9:00 - 18:00</b></li><li><b>Sabato: 9:00 - 13:00</b></li><li><b>Domenica: chiuso</b></li></ul></div>`)).toEqual([])
  })

  it("keeps a label that holds a colon whole beside its value (found by review)", () => {
    expect(specsOf(`<div class="specs"><ul><li><span class="label">Dimensions: W x H x D</span> <span>30 x 40 x 50 cm</span></li><li><span class="label">Weight</span> <span>2 kg</span></li></ul></div>`)).toEqual([
      { name: "Dimensions: W x H x D", value: "30 x 40 x 50 cm" },
      { name: "Weight", value: "2 kg" }
    ])
  })

  it("reads no long item as a fact, even where the cut at its first hundred characters falls in white space (found by review)", () => {
    const a = "sono accettate tutte le carte dei circuiti Visa, Visa Electron, Mastercard,"
    const b = "Postepay, Diners e JCB e anche bonifico bancario anticipato entro cinque giorni"
    const li = (label: string) => `<li><b>${label}</b> ${a}\n                          ${b}</li>`
    const doc = documentFrom(`<!doctype html><html><body><ul>${li("Carta di Credito:")}${li("PayPal:")}</ul></body></html>`, "https://shop.example/p/9")
    expect(readSpecs([doc.body])).toEqual([])
  })

  it("reads no lone lines, sentences, numbered steps, delivery terms, footers or lines with markup as specs", () => {
    const steps = "<li>1) Medida à volta do peito : mede-se horizontalmente</li><li>2) Medida à volta da cintura : mede-se na parte mais estreita</li>"
    expect(
      specsOf(`<span><li>Altura do cano : 10.0cm</li></span>
        <ul>${steps}</ul>
        <div><p>Please note: the colour of the item may differ slightly from the pictures because of your screen settings.</p><p>Important: returns are accepted within thirty days of delivery, unworn and in the box.</p></div>
        <ul class="c-tp-checklist"><li>Zustellung: per Post</li><li>Lieferung in die Filiale: leider nicht möglich</li><li>Versandkosten: keine Versandkosten</li></ul>
        <footer><p>Tel: +421 2 321 320 10</p><p>E-mail: obchod@example.sk</p></footer>
        <ul><li>Colour: <span>Red</span></li><li>Size: <span>M</span></li></ul>
        <ul><li>Note:</li><li>Warning:</li></ul>`)
    ).toEqual([])
  })

  it("gives a book's ISBN-13 as its GTIN when the page has no structured data", () => {
    const page = `<!doctype html><html><body><h1>The One Device</h1><div class="buy"><span class="price">10,75 €</span><button>Adicionar ao carrinho</button></div>
      <ul><li><b>Editora:</b> Corgi Books</li><li><b>ISBN:</b> 978-0-552-17374-2</li></ul></body></html>`
    const result = extractProduct(documentFrom(page, "https://books.example/the-one-device"), "https://books.example/the-one-device")
    expect(result.kind === "product" && result.product.gtin).toBe("9780552173742")
  })
})

describe("rows of a label and a value side by side, in any markup", () => {

  it("reads three or more label/value rows under one parent, whatever their tags and class names", () => {
    // As Zalando (hashed classes, colon in the label), olx (data attributes) and Best Buy Canada
    // (itemName / itemValue) print them.
    const zalando = `<div class="x1"><div><span class="u-6V88">Upper material:</span> <span class="u-6V88">Synthetics/textile</span></div>
      <div><span class="u-6V88">Sole:</span> <span class="u-6V88">Synthetics</span></div><div><span class="u-6V88">Shoe tip:</span> <span class="u-6V88">Open</span></div></div>`
    expect(specsOf(zalando)).toEqual([
      { name: "Upper material", value: "Synthetics/textile" },
      { name: "Sole", value: "Synthetics" },
      { name: "Shoe tip", value: "Open" }
    ])
    const bestbuy = `<section>${["Voice Control|Yes", "Weight|1338 g", "Colour|Black"]
      .map((row) => `<div class="itemContainer_20kXj"><div class="itemName_37zd4">${row.split("|")[0]}</div><div class="itemValue_XPfaq">${row.split("|")[1]}</div></div>`)
      .join("")}</section>`
    expect(specsOf(bestbuy).map((s) => `${s.name}=${s.value}`)).toEqual(["Voice Control=Yes", "Weight=1338 g", "Colour=Black"])
  })

  it("reads no such rows when fewer than three, or when they are ratings, prices, menus, controls, share buttons, reviews or popups", () => {
    const rows = (cells: string[][], wrap = (x: string) => x) => `<div>${cells.map(([a, b]) => wrap(`<div><span>${a}</span><span>${b}</span></div>`)).join("")}</div>`
    for (const body of [
      // Two rows: Amazon's "Ships from | Sold by" box.
      rows([["Ships from", "Amazon"], ["Sold by", "Amazon"]]),
      // A review histogram, swatches with prices, a loan's figures styled as prices.
      rows([["5 star", "64%"], ["4 star", "20%"], ["3 star", "9%"]]),
      rows([["Delight", "5 options from £42.99"], ["Ocean", "3 options from £39.99"], ["Sand", "2 options from £45.00"]]),
      `<div>${["Amount|EUR110.00", "Rate|28.07 %", "Total|EUR113.18"].map((r) => `<div><span>${r.split("|")[0]}</span><span class="current-price">${r.split("|")[1]}</span></div>`).join("")}</div>`,
      // Menus: a heading beside a list of links; a card's link as the label.
      rows([["Help", "<ul><li><a href=/faq>FAQ</a></li><li><a href=/c>Contact</a></li></ul>"], ["About", "<ul><li>Jobs</li><li>Press</li></ul>"], ["Partners", "<ul><li>Cars</li><li>Jobs</li></ul>"]]),
      rows([["<a href=/p/1>Kettle</a>", "Steel"], ["<a href=/p/2>Toaster</a>", "Chrome"], ["<a href=/p/3>Grinder</a>", "Black"]]),
      // An accessibility widget's settings, each with its buttons.
      rows([["Font size", "<div role=button>+</div> Normal"], ["Line height", "<div role=button>+</div> Normal"], ["Spacing", "<div role=button>+</div> Normal"]]),
      // Groups whose value is itself a list of "label: value" facts.
      rows([["Battery", "Type: AAA"], ["Display", "Type: LCD Backlight: Yes"], ["Other", "Code: GARNI 570"]]),
      // Share buttons, a review's byline, a hidden "added to your basket" popup.
      `<div>${["Share to Facebook|Facebook", "Share to Email|Email", "Share to Print|Print"].map((r) => `<a role="button" href="#"><span>${r.split("|")[0]}</span><span>${r.split("|")[1]}</span></a>`).join("")}</div>`,
      `<div class="reviewList">${rows([["Reviewed by", "Sam"], ["Helpful", "3"], ["Location", "Leeds"]])}</div>`,
      `<div id="popup-add" class="popup mfp-hide">${rows([["Erreur", "Cet article n'a pas été ajouté"], ["Newsletter", "Merci"], ["Panier", "Vide"]])}</div>`
    ]) {
      expect(specsOf(body), body).toEqual([])
    }
  })

  it("reads a spec list whose class is capitalised, whose item is its own container, or whose labels end in a dash", () => {
    // John Lewis's "productSpecificationBox" with "Product Code - " labels; elkor's <li class="attribute">.
    const johnLewis = `<div class="productSpecificationBox--3x5eL"><ul><li><strong>Product Code - </strong>39139301</li><li><strong>Brand - </strong>GANT</li></ul></div>`
    expect(specsOf(johnLewis)).toEqual([
      { name: "Product Code", value: "39139301" },
      { name: "Brand", value: "GANT" }
    ])
    expect(specsOf(`<ul><li class="item attribute">Colour: Red</li><li class="item attribute">Size: M</li></ul>`)).toEqual([
      { name: "Colour", value: "Red" },
      { name: "Size", value: "M" }
    ])
  })
})
