// Merging element lists that are each in document order, as one querySelectorAll over their
// union would give them, without running the slow selectors that union would need.

const FOLLOWING = 4 // Node.DOCUMENT_POSITION_FOLLOWING

/** The first `max` elements of `a` ∪ `b` in document order (both inputs already in that order). */
export function mergeInDocumentOrder(a: readonly Element[], b: readonly Element[], max: number): Element[] {
  const out: Element[] = []
  let i = 0
  let j = 0
  while (out.length < max && (i < a.length || j < b.length)) {
    const x = a[i]
    const y = b[j]
    if (x === undefined) out.push(b[j++]!)
    else if (y === undefined) out.push(a[i++]!)
    else if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x.compareDocumentPosition(y) & FOLLOWING) out.push(a[i++]!)
    else out.push(b[j++]!)
  }
  return out
}
