// A page Chrome prerenders (speculation rules, the address bar guessing) runs its content scripts
// before the shopper goes to it; the tab still shows the previous page, and the background refuses
// reports from a document that is not the one shown. Our scripts wait until the page is shown.

/** The page is being prerendered and not shown yet. */
export const isPrerendering = (doc: Document): boolean => (doc as Document & { prerendering?: boolean }).prerendering === true

/** Runs `start` now, or once a prerendered page is shown. */
export function whenShown(doc: Document, start: () => void): void {
  if (isPrerendering(doc)) doc.addEventListener("prerenderingchange", start, { once: true })
  else start()
}
