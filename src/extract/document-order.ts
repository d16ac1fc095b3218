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

/** `nodes`, in document order, without those inside an earlier one (whose rows hold theirs). */
export function outermost<T extends Node>(nodes: readonly T[]): T[] {
  let outer: T | null = null
  return nodes.filter((node) => {
    // Kept nodes do not overlap, so one inside any of them is inside the last.
    if (outer?.contains(node)) return false
    outer = node
    return true
  })
}
