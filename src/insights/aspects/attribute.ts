// Which aspect each judging word is about, and with what sign: the nearest aspect in its clause;
// an aspect with no judging word of its own borrows from a neighbouring clause it is not
// contrasted with ("I love the colour, it's gorgeous"), never across "but".

import type { Item } from "./items"
import { isSentiment } from "./items"

export interface Mention {
  /** An AspectId, or "phrase:<words>" for a product-specific phrase. */
  aspect: string
  score: number
}

const DANGLING_NEGATION = -0.5
const DANGLING_REACH = 4

function aspectOf(item: Item): string | null {
  return item.phrase ? `phrase:${item.phrase}` : (item.entry.aspect ?? null)
}

/** The sign and strength a judging word gives `aspect`, after the words around it. */
export function scoreFor(item: Item, aspect: string): number {
  const { entry } = item
  let value = entry.byAspect?.[aspect] ?? entry.byAspect?.["*"] ?? entry.score ?? 0
  if (item.excess && (entry.dim || value !== 0)) value = Math.min(-1, value)
  else if (item.runs && entry.dim) value = -1
  else if (item.enough && entry.dim) value = Math.max(value, 1)
  value *= item.intensity
  if (item.negated) value = -value * (value > 0 ? 0.8 : 0.7)
  return value * item.weight
}

function distance(a: Item, b: Item): number {
  return a.pos < b.pos ? b.pos - (a.pos + a.len) : a.pos - (b.pos + b.len)
}

interface Open {
  item: Item
  aspect: string
  score: number
  judged: boolean
}

/** Two plain loops: this runs for every sentence, and most name no aspect at all. */
function mentionsOf(items: readonly Item[]): Open[] {
  const strongClauses = new Set<number>()
  for (const item of items) if (aspectOf(item) && !item.entry.weak) strongClauses.add(item.clause)
  const mentions: Open[] = []
  for (const item of items) {
    const aspect = aspectOf(item)
    if (aspect && (!item.entry.weak || !strongClauses.has(item.clause))) mentions.push({ item, aspect, score: 0, judged: false })
  }
  return mentions
}

/**
 * The mention nearest a judging word in its clause; ties go to the one before ("X is good"). "Too
 * X" judges what comes before it, never the purpose after it: in "the screen is too dim to use
 * outdoors" the screen is dim, not the use.
 */
function nearestMention(item: Item, mentions: readonly Open[]): Open | null {
  const subjectOnly = item.excess && mentions.some((mention) => mention.item.clause === item.clause && mention.item.pos < item.pos)
  let nearest: Open | null = null
  for (const mention of mentions) {
    if (mention.item.clause !== item.clause || (subjectOnly && mention.item.pos > item.pos)) continue
    const d = distance(item, mention.item)
    const best = nearest ? distance(item, nearest.item) : Infinity
    if (d < best || (d === best && mention.item.pos < item.pos)) nearest = mention
  }
  return nearest
}

function judge(mention: Open, item: Item): void {
  const score = scoreFor(item, mention.aspect)
  if (score === 0) return
  mention.score += score
  mention.judged = true
}

export function attribute(items: readonly Item[]): Mention[] {
  const mentions = mentionsOf(items)
  // With nothing named, judging words have no one to go to: the usual sentence of filler.
  if (mentions.length === 0) return []
  const asMention = new Map(mentions.map((mention) => [mention.item, mention]))
  const orphans: Item[] = []
  for (const item of items) {
    if (!isSentiment(item.entry)) continue
    const self = asMention.get(item)
    if (self) {
      judge(self, item)
      continue
    }
    const nearest = nearestMention(item, mentions)
    if (!nearest) {
      if (scoreFor(item, "*") !== 0) orphans.push(item)
      continue
    }
    judge(nearest, item)
    // Nouns side by side name one thing: "plastic packaging", "microphone quality".
    for (const mention of mentions) {
      if (mention !== nearest && mention.item.clause === item.clause && distance(mention.item, nearest.item) === 0) {
        judge(mention, item)
      }
    }
  }
  for (const mention of mentions) {
    if (!mention.judged) borrow(mention, mentions, orphans, items)
  }
  return mentions.map(({ aspect, score }) => ({ aspect, score }))
}

function borrow(mention: Open, mentions: readonly Open[], orphans: readonly Item[], items: readonly Item[]): void {
  const { item } = mention
  // An aspect word next to a judging aspect word: 电池很耐用 (the battery is durable).
  const judgingNeighbours = mentions.filter(
    (other) => other !== mention && other.item.clause === item.clause && isSentiment(other.item.entry)
  )
  const fromNeighbours = judgingNeighbours.reduce((sum, other) => sum + scoreFor(other.item, mention.aspect), 0)
  if (fromNeighbours !== 0) {
    mention.score = fromNeighbours
    return
  }
  // A clause that judges without naming anything, in the same part of the sentence (not set
  // against this aspect by "but"): "I was worried about the battery, but it has been fine".
  const sameGroup = orphans.filter((orphan) => orphan.group === item.group)
  if (fromOrphans(mention, sameGroup)) return
  // "no padding", "the quality just isn't there", "not at this price": a denied aspect with
  // nothing judging it in its own part of the sentence.
  const negator = items.find(
    (other) =>
      other.entry.role === "negator" &&
      !other.negates &&
      other.clause === item.clause &&
      distance(other, item) <= DANGLING_REACH
  )
  if (negator) {
    mention.score = DANGLING_NEGATION * item.weight
    return
  }
  // Otherwise any judging clause: "Great phone. Battery: two days" reads the praise as its own.
  fromOrphans(mention, orphans)
}

/** The judgement of the orphan clause nearest the mention; false when there is none or it is 0. */
function fromOrphans(mention: Open, pool: readonly Item[]): boolean {
  if (pool.length === 0) return false
  const { item } = mention
  const nearestClause = pool.reduce((best, orphan) =>
    Math.abs(orphan.clause - item.clause) < Math.abs(best.clause - item.clause) ? orphan : best
  ).clause
  mention.score = pool.filter((orphan) => orphan.clause === nearestClause).reduce((sum, orphan) => sum + scoreFor(orphan, mention.aspect), 0)
  return mention.score !== 0
}
