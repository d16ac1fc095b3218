// Titles put the shop's name or the price at either end, apart from the product's name by a
// separator ("… | Argos", "$15 · Casio …"). The cleanups of stored names read those two ends.

export interface EndSegments {
  /** Before the first separator, and everything after it. */
  head: string
  afterHead: string
  /** After the last separator, and everything before it. */
  tail: string
  beforeTail: string
}

/** The first and last segments of `name` between `separators` (a global pattern); null without one. */
export function endSegments(name: string, separators: RegExp): EndSegments | null {
  const cuts = [...name.matchAll(separators)]
  if (cuts.length === 0) return null
  const first = cuts[0]!
  const last = cuts[cuts.length - 1]!
  return {
    head: name.slice(0, first.index),
    afterHead: name.slice(first.index! + first[0].length),
    tail: name.slice(last.index! + last[0].length),
    beforeTail: name.slice(0, last.index)
  }
}
