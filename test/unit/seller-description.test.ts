import { describe, expect, it } from "vitest"

import { handleMessage } from "~src/background/handle-message"
import { deleteAll } from "~src/db/export"
import { markTabLoading } from "~src/db/record"
import { MESSAGE_VERSION } from "~src/messages/contract"
import { describedItem, framingEbayPage, readSellerDescription } from "~src/sites/ebay-description"

import { freshDb } from "../helpers/db"
import { documentFrom } from "../helpers/dom"
import { productMessage } from "../helpers/messages"

// eBay's item page carries the seller's description in a frame from ebaydesc.com; a content script
// in that frame sends it, and the background gives it to the item the tab shows.
const EXT = "abcdefghijklmnopabcdefghijklmnop"
const ITEM = "https://www.ebay.co.uk/itm/133588510845"
const FRAME = "https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=133588510845&t=0&category=131084"
const fromPage = { id: EXT, url: ITEM, frameId: 0, tab: { id: 5 } }
const fromFrame = { id: EXT, url: FRAME, frameId: 12, tab: { id: 5 } }
const WORDS = "Original Casio FX-991ES PLUS, used twice. Comes with its hard cover and the manual; battery replaced in May."
const PAGE = "https://www.ebay.co.uk"
const described = (description = WORDS, url = FRAME, page = PAGE) => ({ type: "cartwise/seller-description", version: MESSAGE_VERSION, url, page, description })
// eBay's own page: its meta description is the SEO template, which the store drops.
const itemPage = (sku = "133588510845", url = ITEM) =>
  productMessage({
    url,
    name: "Casio FX-991ES PLUS Scientific Calculator",
    sku,
    description: "Find many great new & used options and get the best deals for Casio FX-991ES PLUS Scientific Calculator at the best online prices at eBay!",
    sources: { name: { source: "json-ld", confidence: 0.95 }, description: { source: "opengraph", confidence: 0.75 } }
  })
const KEY = "ebay.co.uk|sku:133588510845"

describe("the seller's description on eBay", () => {
  it("reads the description box's words, not its scripts, styles or buttons", () => {
    const doc = documentFrom(`<html><head><style>p{color:red}</style></head><body><div id="ds_div">
      <h2>Casio FX-991ES PLUS</h2><script>var tracking = 1</script><p>Used twice.</p><p>Comes with the manual.</p>
      <button>Print</button></div><div class="footer">eBay footer</div></body></html>`, FRAME)
    expect(readSellerDescription(doc)).toBe("Casio FX-991ES PLUS Used twice. Comes with the manual.")
    expect(readSellerDescription(documentFrom("<html><body> </body></html>", FRAME))).toBeNull()
    // A seller's wall of text is cut, not sent whole.
    expect(readSellerDescription(documentFrom(`<html><body><p>${"word ".repeat(5000)}</p></body></html>`, FRAME))!.length).toBeLessThanOrEqual(2000)
  })

  it("knows the item from the frame's address, and only from eBay's description hosts", () => {
    expect(describedItem(FRAME)).toBe("133588510845")
    expect(describedItem("https://itm.ebaydesc.com/itmdesc/223820586800")).toBe("223820586800")
    expect(describedItem("https://ebaydesc.evil.example/?item=133588510845")).toBeNull()
    expect(describedItem("https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?item=abc")).toBeNull()
    // An address that names two items names none.
    expect(describedItem("https://itm.ebaydesc.com/itmdesc/223820586800?item=133588510845")).toBeNull()
    expect(describedItem("https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?item=133588510845&item=223820586800")).toBeNull()
    expect(describedItem("https://itm.ebaydesc.com/itmdesc/223820586800?item=223820586800")).toBe("223820586800")
  })

  it("speaks only when an eBay shop's page holds the frame directly", () => {
    expect(framingEbayPage(["https://www.ebay.co.uk"])).toBe("https://www.ebay.co.uk")
    expect(framingEbayPage(["https://www.ebay.com.au"])).toBe("https://www.ebay.com.au")
    for (const ancestors of [[], ["https://ebay.evil.example"], ["https://www.ebay.evil.example"], ["http://www.ebay.co.uk"], ["https://blog.example", "https://www.ebay.co.uk"], ["https://www.ebay.co.uk", "https://blog.example"], ["null"]]) {
      expect(framingEbayPage(ancestors)).toBeNull()
    }
    expect(framingEbayPage(undefined)).toBeNull()
  })

  it("gives the item its seller's words whichever reports first, and keeps them through later reads", async () => {
    // The frame first: kept with the tab until the item page reports.
    const db = freshDb()
    expect(await handleMessage(db, described(), fromFrame, EXT, 1)).toEqual({ ok: true, productKey: null })
    await handleMessage(db, itemPage(), fromPage, EXT, 2)
    expect(await db.products.get(KEY)).toMatchObject({ description: WORDS, sources: { description: { source: "adapter" } } })
    // The page's late re-reads find only the template again: the seller's words stay.
    await handleMessage(db, itemPage(), fromPage, EXT, 3)
    expect((await db.products.get(KEY))?.description).toBe(WORDS)

    // The item page first: the frame's report lands on its product.
    const other = freshDb()
    await handleMessage(other, itemPage(), fromPage, EXT, 1)
    expect((await other.products.get(KEY))?.description).toBeNull()
    expect(await handleMessage(other, described(), fromFrame, EXT, 2)).toEqual({ ok: true, productKey: KEY })
    expect((await other.products.get(KEY))?.description).toBe(WORDS)
  })

  it("never gives one item's words to another: another item, the tab's next page, or a tab erased", async () => {
    const db = freshDb()
    await handleMessage(db, described(), fromFrame, EXT, 1)
    await handleMessage(db, itemPage("223820586800"), fromPage, EXT, 2)
    expect((await db.products.get("ebay.co.uk|sku:223820586800"))?.description).toBeNull()
    // A frame of the tab's previous page is forgotten once a new page loads.
    const next = freshDb()
    await handleMessage(next, described(), fromFrame, EXT, 1)
    await markTabLoading(next, 5, 2)
    await handleMessage(next, itemPage(), fromPage, EXT, 3)
    expect((await next.products.get(KEY))?.description).toBeNull()
    // Everything erased while the page is open: the frame's late report stores nothing.
    const erased = freshDb()
    await handleMessage(erased, itemPage(), { ...fromPage, documentId: "doc-1" }, EXT, 1)
    await deleteAll(erased, 2)
    expect(await handleMessage(erased, described(), fromFrame, EXT, 3)).toEqual({ ok: true, productKey: null })
    expect(await erased.products.count()).toBe(0)
    // ... nor at the tab's next page, even the same item reloaded, which has its own frame.
    await markTabLoading(erased, 5, 4)
    await handleMessage(erased, itemPage(), { ...fromPage, documentId: "doc-2" }, EXT, 5)
    expect((await erased.products.get(KEY))?.description).toBeNull()
  })

  it("reaches the first page after an erase, even when its frame reports before the page", async () => {
    const db = freshDb()
    await handleMessage(db, itemPage(), { ...fromPage, documentId: "doc-1" }, EXT, 1)
    await deleteAll(db, 2)
    await markTabLoading(db, 5, 3)
    await handleMessage(db, described(), fromFrame, EXT, 4)
    await handleMessage(db, itemPage(), { ...fromPage, documentId: "doc-2" }, EXT, 5)
    expect((await db.products.get(KEY))?.description).toBe(WORDS)
  })

  it("stays the item's description on the next visit, when the frame does not report", async () => {
    // Short words that only repeat the title: a template rule would take them for no description.
    const short = "Casio FX-991ES PLUS Scientific Calculator"
    const db = freshDb()
    await handleMessage(db, itemPage(), fromPage, EXT, 1)
    await handleMessage(db, described(short), fromFrame, EXT, 2)
    expect((await db.products.get(KEY))?.description).toBe(short)
    await markTabLoading(db, 5, 3)
    await handleMessage(db, itemPage(), fromPage, EXT, 4)
    expect((await db.products.get(KEY))?.description).toBe(short)
    // A newer frame report replaces it: the seller edited the listing.
    await handleMessage(db, described(WORDS), fromFrame, EXT, 5)
    expect((await db.products.get(KEY))?.description).toBe(WORDS)
  })

  it("is not given to a look-alike host, another eBay site, or over the item the tab shows", async () => {
    // A shop whose host merely starts with "ebay." is no eBay.
    const lookalike = freshDb()
    await handleMessage(lookalike, itemPage("133588510845", "https://ebay.evil.example/itm/133588510845"), { ...fromPage, url: "https://ebay.evil.example/itm/133588510845" }, EXT, 1)
    await handleMessage(lookalike, described(), fromFrame, EXT, 2)
    expect((await lookalike.products.get("ebay.evil.example|sku:133588510845"))?.description).toBeNull()
    // A frame inside eBay Germany's page says nothing about the tab's eBay UK page.
    const elsewhere = freshDb()
    await handleMessage(elsewhere, itemPage(), fromPage, EXT, 1)
    expect(await handleMessage(elsewhere, described(WORDS, FRAME, "https://www.ebay.de"), fromFrame, EXT, 2)).toEqual({ ok: true, productKey: null })
    expect((await elsewhere.products.get(KEY))?.description).toBeNull()
    const first = freshDb()
    await handleMessage(first, described(WORDS, FRAME, "https://www.ebay.de"), fromFrame, EXT, 1)
    await handleMessage(first, itemPage(), fromPage, EXT, 2)
    expect((await first.products.get(KEY))?.description).toBeNull()
    // A second frame, about another item, leaves the shown item's words where they are.
    const twice = freshDb()
    await handleMessage(twice, itemPage(), fromPage, EXT, 1)
    await handleMessage(twice, described(), fromFrame, EXT, 2)
    const other = "https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=223820586800"
    expect(await handleMessage(twice, described("Another item's words.", other), { ...fromFrame, url: other, frameId: 13 }, EXT, 3)).toEqual({ ok: true, productKey: null })
    expect((await twice.tabs.get(5))?.sellerDescriptions?.map((d) => d.item)).toEqual(["133588510845"])
    expect((await twice.products.get(KEY))?.description).toBe(WORDS)
  })

  it("keeps the item's own words when other items' frames report around it", async () => {
    const other = "https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=223820586800"
    const fromOther = { ...fromFrame, url: other, frameId: 13 }
    // Two frames before the page says which item it shows: the item's own is the one it gets.
    const before = freshDb()
    await handleMessage(before, described(), fromFrame, EXT, 1)
    await handleMessage(before, described("Another item's words.", other), fromOther, EXT, 2)
    await handleMessage(before, itemPage(), fromPage, EXT, 3)
    expect((await before.products.get(KEY))?.description).toBe(WORDS)
    expect((await before.tabs.get(5))?.sellerDescriptions?.map((d) => d.item)).toEqual(["133588510845"])
    // The previous page's frame, late, does not stand in for the words stored on an earlier visit.
    const short = "Casio FX-991ES PLUS Scientific Calculator"
    const late = freshDb()
    await handleMessage(late, itemPage(), fromPage, EXT, 1)
    await handleMessage(late, described(short), fromFrame, EXT, 2)
    await markTabLoading(late, 5, 3)
    await handleMessage(late, described("Another item's words.", other), fromOther, EXT, 4)
    await handleMessage(late, itemPage(), fromPage, EXT, 5)
    expect((await late.products.get(KEY))?.description).toBe(short)
  })

  it("keeps no erased page's words on the tab once the next page reports", async () => {
    const db = freshDb()
    await handleMessage(db, itemPage(), { ...fromPage, documentId: "doc-1" }, EXT, 1)
    await markTabLoading(db, 5, 2) // the shopper clicks on,
    await deleteAll(db, 3) // erases while the next page loads,
    const other = "https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=223820586800"
    await handleMessage(db, described("The erased page's words.", other), { ...fromFrame, url: other }, EXT, 4) // and the old page's frame reports late
    await handleMessage(db, itemPage(), { ...fromPage, documentId: "doc-2" }, EXT, 5)
    expect(JSON.stringify(await db.tabs.toArray())).not.toContain("erased page's words")
    expect((await db.products.get(KEY))?.description).toBeNull()
  })

  it("accepts it only from a frame of eBay's description hosts, bounded, and nothing else from frames", async () => {
    const db = freshDb()
    await handleMessage(db, itemPage(), fromPage, EXT, 1)
    const refused = [
      await handleMessage(db, described(), fromPage, EXT, 2), // the item page's own frame
      await handleMessage(db, described(WORDS, "https://shop.example/desc?item=133588510845"), { ...fromFrame, url: "https://shop.example/desc?item=133588510845" }, EXT, 2),
      await handleMessage(db, described(WORDS, FRAME), { ...fromFrame, url: "https://evil.example/x" }, EXT, 2), // says another frame's address
      await handleMessage(db, described("x".repeat(2001)), fromFrame, EXT, 2),
      await handleMessage(db, described(""), fromFrame, EXT, 2),
      await handleMessage(db, described(WORDS, FRAME, "https://ebay.evil.example"), fromFrame, EXT, 2), // framed by no eBay page
      await handleMessage(db, { ...described(), page: undefined }, fromFrame, EXT, 2),
      await handleMessage(db, described(), { ...fromFrame, documentLifecycle: "prerender" }, EXT, 2), // a page not shown yet
      await handleMessage(db, itemPage(), fromFrame, EXT, 2) // a page result from a frame
    ]
    for (const answer of refused) expect(answer).toMatchObject({ ok: false })
    expect((await db.products.get(KEY))?.description).toBeNull()
  })
})
