import { cleanText } from "../extract/normalize"
import { BRAND_LABELS, specMpn, specValue } from "../extract/specs"
import { textPrefix } from "../extract/text"
import { squish } from "../price/letters"
import type { SiteAdapter } from "./types"

// Amazon prints no schema.org product data. Prices moved between several blocks over the years
// (priceblock_* until 2021, corePrice since); all are listed, current first.
const BYLINE = [
  /^Visit the (.+?) Store$/i,
  /^Besuchen Sie den (.+?)-Store$/i,
  /^Visiter la boutique (.+)$/i,
  /^Visita lo Store di (.+)$/i,
  /^Visita la tienda de (.+)$/i,
  /^Bezoek de (.+?)-winkel$/i,
  /^(?:Brand|Marke|Marque|Marca|Merk)\s*:\s*(.+)$/i
]

const ASIN_IN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|product-reviews)\/([A-Z0-9]{10})(?:[/?]|$)/

export const amazon: SiteAdapter = {
  id: "amazon",
  // Every Amazon store, spelled once ("amazon." twenty-one times cost the 60 KB script ~150 bytes).
  domains: "com ca com.mx com.br co.uk de fr it es nl se pl com.be com.tr ae sa eg in co.jp sg com.au".split(" ").map((tld) => `amazon.${tld}`),
  // The product overview, technical details and detail bullets; not the price box's table, the
  // "compare with similar items" table or the seller's comparison charts between them.
  // (#detailBullets_feature_div is itself the list box spec rows are looked for in: its wrapper is named.)
  specsIn: "#productOverview_feature_div,#productDetails_feature_div,#prodDetails,#detailBulletsWrapper_feature_div",
  picks: {
    name: ["#productTitle", "#title"],
    price: [
      "#corePrice_feature_div .a-price:not(.a-text-price) .a-offscreen",
      "#corePriceDisplay_desktop_feature_div .a-price:not(.a-text-price) .a-offscreen",
      "#priceblock_dealprice",
      "#priceblock_saleprice",
      "#priceblock_ourprice",
      "#price_inside_buybox",
      "#newBuyBoxPrice",
      "#apex_desktop .a-price:not(.a-text-price) .a-offscreen"
    ],
    // Not #outOfStock: Amazon ships that block hidden on pages that are in stock.
    availability: ["#availability"],
    rating: [{ css: "#acrPopover", attr: "title" }, "#averageCustomerReviews .a-icon-alt"],
    reviewCount: ["#acrCustomerReviewText"],
    image: [{ css: "#landingImage", attr: "data-old-hires" }, { css: "#landingImage", attr: "src" }, { css: "#imgBlkFront", attr: "src" }],
    sku: [{ css: "input#ASIN", attr: "value" }]
  },
  // Reviews on the product page (the first page of them); every Amazon locale uses these hooks.
  reviews: {
    item: "[data-hook=review]",
    id: { css: ":scope", attr: "id" },
    author: ".a-profile-name",
    rating: "[data-hook=review-star-rating] .a-icon-alt, [data-hook=cmps-review-star-rating] .a-icon-alt",
    // A review "from other countries" holds its title and words as written, then their translation
    // (empty and hidden until the shopper asks for it): the words as written are the review.
    title: ".review-title .cr-original-review-content,[data-hook=review-title]>span:last-child,[data-hook=review-title]",
    // The collapsible body next: its sibling is the "Read more" toggle, which is not review text.
    body: ".reviewText .cr-original-review-content,[data-hook=review-collapsed],[data-hook=review-body]",
    date: "[data-hook=review-date]",
    verified: "[data-hook=avp-badge], [data-hook=avp-badge-linkless]",
    helpfulVotes: "[data-hook=helpful-vote-statement]"
  },
  reviewPages: {
    first: (url) => {
      const asin = ASIN_IN_PATH.exec(url.pathname)?.[1]
      return asin ? `${url.origin}/product-reviews/${asin}/?pageNumber=1` : null
    },
    next: ".a-pagination li.a-last a[href]"
  },
  parse({ doc, url, fields, specs: pageSpecs }) {
    const byline = squish(doc.querySelector("#bylineInfo")?.textContent ?? "")
    const fromByline = BYLINE.map((re) => re.exec(byline)?.[1]).find(Boolean) ?? null
    const specs = pageSpecs()
    // "About this item": the seller's bullet points are Amazon's description (its meta description is
    // "Buy … at Amazon.com. Our wide selection is eligible for free shipping…"), one line each, in
    // any of its layouts (clothing's product facts, below the fold); not the parts finder's "This
    // fits your …" line (the one item with an id), nor a nested list's items twice; else the long
    // text. Cut without splitting an emoji's two halves.
    const bullets = [...doc.querySelectorAll(":is(#feature-bullets,#feature-bullets-btf,#productFactsDesktopExpander) li:not([id],li li)>.a-list-item")]
      .slice(0, 20)
      .map((li) => cleanText(textPrefix(li, 600, true)))
    const about = bullets.filter(Boolean).join("\n") || cleanText(textPrefix(doc.querySelector("#productDescription"), 2000, true))
    return {
      description: about ? about.slice(0, 2000).replace(/[\ud800-\udbff]$/, "") : null,
      sku: fields.sku ?? ASIN_IN_PATH.exec(url.pathname)?.[1] ?? null,
      brand: fromByline ?? specValue(specs, BRAND_LABELS),
      mpn: specMpn(specs)
    }
  }
}
