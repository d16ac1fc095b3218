import { describe, expect, it } from "vitest"

import { extractProduct } from "~src/extract"
import { textPrefix } from "~src/extract/text"

import { documentFrom } from "../helpers/dom"

describe("reading text without copying all of it", () => {
  const doc = documentFrom("<div id=a>Art.-Nr. <b>40417</b>-22 <i>in stock</i></div>", "https://x.example/")
  const el = doc.getElementById("a")!

  it("gives the start of the element's text, as textContent would", () => {
    expect(textPrefix(el, 1000)).toBe(el.textContent)
    expect(textPrefix(el, 11)).toBe("Art.-Nr. 40")
    expect(textPrefix(el.firstChild, 4)).toBe("Art.")
    expect(textPrefix(null, 10)).toBe("")
  })

  it("leaves out the text of scripts and styles inside the element", () => {
    const stock = documentFrom(`<div id=s><span><script>P.when("A").execute(function(){})</script><style>.x{}</style>Available from these sellers.</span></div>`, "https://x.example/")
    expect(textPrefix(stock.getElementById("s"), 100)).toBe("Available from these sellers.")
    const script = stock.querySelector("script")!
    expect(textPrefix(script, 7)).toBe("P.when(")
  })

  it("reads cents set as a superscript as the decimals, and other superscripts as they are", () => {
    const read = (html: string) => textPrefix(documentFrom(`<p id=p>${html}</p>`, "https://x.example/").getElementById("p"), 100)
    expect(read("63<sup>07</sup> <span>Lei</span>")).toBe("63.07 Lei")
    expect(read("1.299<sup>00</sup> €")).toBe("1.299,00 €")
    expect(read("<sup>$</sup>19<sup>99</sup>")).toBe("$19.99")
    expect(read("12 m<sup>2</sup>")).toBe("12 m2")
    expect(read("Note<sup>12</sup>")).toBe("Note12")
    // Only a superscript, only two digits, and not after a price that has its decimals (a footnote).
    expect(read("<b>12</b><i>34</i>")).toBe("1234")
    expect(read("63<sup>7</sup>")).toBe("637")
    expect(read("€ 49,99<sup>10</sup>")).toBe("€ 49,99 10")
    // In prose a superscript is what it says: 6×10²³ stays a power.
    const prose = documentFrom("<p id=p>About 6×10<sup>23</sup> atoms</p>", "https://x.example/").getElementById("p")
    expect(textPrefix(prose, 100, true)).toBe("About 6×1023 atoms")
    // Each price by its own digits: a dot earlier in the text is not this price's.
    expect(read("<s>83<sup>30</sup> Lei</s> 63<sup>07</sup> Lei")).toBe("83.30 Lei 63.07 Lei")
  })

  it("reads cents in an element named for them as the decimals, and no other class", () => {
    const read = (html: string) => textPrefix(documentFrom(`<p id=p>${html}</p>`, "https://x.example/").getElementById("p"), 100)
    expect(read('<span class="currency">$</span><span class="dollars">34</span><span class="cents">99</span>')).toBe("$34.99")
    expect(read('<span class="price-characteristic">12</span><span class="price-mantissa">49</span>')).toBe("12.49")
    expect(read('1.299<span class="price__decimals">00</span> €')).toBe("1.299,00 €")
    expect(read('34<span class="fraction">99</span>')).toBe("34.99")
    // Set apart by a template's line break, or named in BEM's short form (found by review).
    expect(read('<span class="dollars">149</span>\n  <span class="cents">99</span>')).toBe("149.99")
    expect(read('149<span class="price__dec">99</span> €')).toBe("149.99 €")
    // Not a percentage, a recent count or a centred block beside a number.
    expect(read('15<span class="percent">20</span>')).toBe("1520")
    expect(read('<b>12</b><span class="recent">34</span>')).toBe("1234")
    expect(read('<b>12</b><span class="text-center">34</span>')).toBe("1234")
    expect(read('$1<span class="accent">99</span>')).toBe("$199")
    // Tailwind's struck list price: "decoration-1" is a line's style, not decimals (found by review).
    expect(read('€ 49 <span class="line-through decoration-1">79</span>')).toBe("€ 49 79")
    expect(read('<b>12</b><span class="procent">34</span>')).toBe("1234")
  })

  it("prices a layout that sets its cents as a superscript", () => {
    const url = "https://www.shop.ro/p/drum-unit"
    const page = documentFrom(
      `<html><body><h1>Drum unit DR-2400</h1><div class="product-box"><p class="product-old-price"><s>83<sup>30</sup> <span>Lei</span></s></p>
      <p class="product-new-price">63<sup>07</sup> <span>Lei</span></p><button>Add to cart</button></div></body></html>`,
      url
    )
    const result = extractProduct(page, url)
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ price: "63.07", currency: "RON", listPrice: "83.3" })
  })

  // Every caller compares or parses the text: the white space around it is never part of it,
  // whether the element holds one text node, several, or is one.
  it("leaves out the white space at the ends of what it reads", () => {
    const doc = documentFrom(`<p id=one>\n   Brand:  </p><p id=many>\n <b> 12,99 </b> € \n</p><p id=cut>  ab  cd</p>`, "https://x.example/")
    expect(textPrefix(doc.getElementById("one"), 100)).toBe("Brand:")
    expect(textPrefix(doc.getElementById("one")!.firstChild, 100)).toBe("Brand:")
    expect(textPrefix(doc.getElementById("many"), 100)).toBe("12,99  €")
    expect(textPrefix(doc.getElementById("many"), 100, true)).toBe("12,99  €")
    expect(textPrefix(doc.getElementById("cut"), 5)).toBe("ab")
  })

  // Parsing 3 MB in jsdom takes seconds on a busy 2-core machine: a generous limit, not a timing.
  it("reads a prefix of a huge text node", { timeout: 30_000 }, () => {
    const big = documentFrom(`<p id=p>${"lorem ".repeat(500_000)}</p>`, "https://x.example/")
    expect(textPrefix(big.getElementById("p"), 14)).toBe("lorem lorem lo")
  })
})

describe("reading review prose", () => {
  it("keeps a line break as a space, so sentences do not glue together", () => {
    const doc = documentFrom("<div id=r>The coating peeled off.<br><br>Customer service was rubbish.<p>Avoid.</p></div>", "https://x.example/")
    expect(textPrefix(doc.getElementById("r"), 1000, true)).toBe("The coating peeled off. Customer service was rubbish. Avoid.")
    expect(textPrefix(doc.getElementById("r"), 10, true)).toBe("The coatin")
  })

  it("leaves out the widget's own Read more and Show less controls, but keeps the reviewer's links", () => {
    const doc = documentFrom(
      `<div id=r><p>Fits well and the zip is sturdy.</p><a href="#" class="read-more">Read more</a>
       <span role="button" aria-expanded="false">Show more</span><button type="button">Mehr lesen</button>
       <p>See the <a href="https://maker.example/size">size guide</a>.</p></div>`,
      "https://x.example/"
    )
    expect(textPrefix(doc.getElementById("r"), 1000, true).replace(/\s+/g, " ").trim()).toBe("Fits well and the zip is sturdy. See the size guide.")
    // Prices and labels read every word, as before.
    expect(textPrefix(doc.getElementById("r"), 1000)).toContain("Read more")
  })

  it("keeps the words of an anchor without an address, and leaves out a tooltip and its one-letter icon", () => {
    // A review widget's sanitiser strips the link's address and keeps its words (found by review).
    const doc = documentFrom(
      `<div id=r><p>Fits my <a rel="nofollow">Galaxy S23</a> perfectly.<a class="tooltip" data-tooltip-title="Verified">i</a></p>
       <span role="tooltip">Verified buyers bought this item here</span></div>`,
      "https://x.example/"
    )
    expect(textPrefix(doc.getElementById("r"), 1000, true).replace(/\s+/g, " ").trim()).toBe("Fits my Galaxy S23 perfectly.")
  })

  it("applies to review bodies written as microdata", () => {
    const html = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Pan set</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="40">€40</span><meta itemprop="priceCurrency" content="EUR"></div>
      <div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">Ann</span>
        <div itemprop="reviewBody">Nice at first.<br>Then the handle broke.</div></div></div>`
    const result = extractProduct(documentFrom(html, "https://shop.example/pan"), "https://shop.example/pan")
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.reviews[0]?.body).toBe("Nice at first. Then the handle broke.")
  })

  it("reads a microdata name without the shop's log-in link inside it, but with the name's own links", () => {
    // usedvictoria.com marks its whole heading as the name, favourite icon and "Log In needed" link
    // included; a shop links the model inside the name; a review's author name is a bare <a>.
    const html = `<div itemscope itemtype="http://schema.org/Product">
      <h1 itemprop="name"><a class="favourite addfav" onclick="setFavourite(this)" title="Add Favourite"><span class="icon"></span></a>
        <a class="limit" href="/login?moreFavourites">Log In needed</a> Casio <a href="/brand/casio-calculators">FX-991ES</a> PLUS C Scientific Calculator</h1>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price" content="15">$15</span><meta itemprop="priceCurrency" content="CAD"></div>
      <div itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"><a>JaneD</a></span></span>
        <div itemprop="reviewBody">Does everything the exam allows.</div></div></div>`
    const result = extractProduct(documentFrom(html, "https://classifieds.example/ad/36029524"), "https://classifieds.example/ad/36029524")
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product.name).toBe("Casio FX-991ES PLUS C Scientific Calculator")
    expect(result.product.reviews[0]?.author).toBe("JaneD")
  })

  it("keeps a microdata name that is all one in-page or script link", () => {
    // Found in review: prose leaves such links out, and the brand, author and name became empty.
    const offer = `<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="19"><meta itemprop="priceCurrency" content="EUR"></div>`
    const html = `<div itemscope itemtype="http://schema.org/Product"><h2 itemprop="name"><a href="#">Walnut Desk Organiser</a></h2>${offer}
      <div itemprop="brand" itemscope itemtype="http://schema.org/Brand"><span itemprop="name"><a href="#brand-info">Acme</a></span></div>
      <div itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name"><a href="javascript:void(0)" onclick="profile(1)">JaneD</a></span></span>
      <div itemprop="reviewBody">Bright enough to read by.</div></div></div>`
    const result = extractProduct(documentFrom(html, "https://shop.example/desk"), "https://shop.example/desk")
    if (result.kind !== "product") throw new Error(result.reason)
    expect(result.product).toMatchObject({ name: "Walnut Desk Organiser", brand: "Acme" })
    expect(result.product.reviews[0]?.author).toBe("JaneD")
  })
})

