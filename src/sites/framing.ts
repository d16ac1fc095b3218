// What a content script in a frame knows of the page holding it: `location.ancestorOrigins`, the
// origins of the frames above it, nearest first. Chrome gives content scripts nothing else about
// the top document, so a frame speaks for the tab only when the tab's page holds it directly.

/** The origin of the page holding this frame, when that page is the top one; else null. */
export function soleAncestor(ancestorOrigins: ArrayLike<string> | undefined): string | null {
  return ancestorOrigins?.length === 1 ? ancestorOrigins[0]! : null
}
