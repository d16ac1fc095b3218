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

/** aspectOf(item) !== null, without building the phrase's id. */
function namesAspect(item: Item): boolean {
  return Boolean(item.phrase) || Boolean(item.entry.aspect)
}

/** The sign and strength a judging word gives `aspect`, after the words around it. */
export function scoreFor(item: Item, aspect: string): number {
  const { entry } = item
  let value = entry.byAspect?.[aspect] ?? entry.byAspect?.["*"] ?? entry.score ?? 0
  if (item.excess && (entry.dim || value !== 0)) value = Math.min(-1, value)
  else if (item.runs && entry.dim) value = -1
  else if (item.enough && entry.dim) value = Math.max(value, 1)
  // "Much larger than the bag I'm replacing" describes the size; other aspects keep their word's
  // sign ("heavier than my old one").
  else if (item.compared && entry.dim && aspect === "size_fit") value = 0
  value *= item.intensity
  if (item.negated) value = -value * (value > 0 ? 0.8 : 0.7)
  return value * item.weight
}

function distance(a: Item, b: Item): number {
  return a.pos < b.pos ? b.pos - (a.pos + a.len) : a.pos - (b.pos + b.len)
}

/**
 * Per mention of the sentence being read, by its place in the mentions: the item that names it,
 * and whether a judging word reached it. Kept beside the mentions (and reused from sentence to
 * sentence) rather than in an object per mention that was then copied into the result: those two
 * objects were a sixth of everything the analysis allocated.
 */
const named: Item[] = []
let judged = new Uint8Array(16)

/**
 * The sentence's mentions, unjudged (score 0), their items in `named`. Plain loops, and the set
 * of clauses only when a weak word needs it: this runs for every sentence, and most name no
 * aspect at all.
 */
function mentionsOf(items: readonly Item[]): Mention[] {
  let anyWeak = false
  for (const item of items) if (item.entry.weak && namesAspect(item)) anyWeak = true
  const strongClauses = anyWeak ? new Set<number>() : null
  if (strongClauses) for (const item of items) if (namesAspect(item) && !item.entry.weak) strongClauses.add(item.clause)
  const mentions: Mention[] = []
  named.length = 0
  for (const item of items) {
    if (!namesAspect(item) || (item.entry.weak && strongClauses?.has(item.clause))) continue
    mentions.push({ aspect: aspectOf(item) ?? "", score: 0 })
    named.push(item)
  }
  if (judged.length < mentions.length) judged = new Uint8Array(2 * mentions.length)
  judged.fill(0, 0, mentions.length)
  return mentions
}

/**
 * The mention nearest a judging word in its clause (its place, or -1); ties go to the one before
 * ("X is good"). "Too X" judges what comes before it, never the purpose after it: in "the screen
 * is too dim to use outdoors" the screen is dim, not the use.
 */
function nearestMention(item: Item, count: number): number {
  let subjectOnly = false
  if (item.excess) {
    for (let m = 0; m < count; m++) {
      const other = named[m] as Item
      if (other.clause === item.clause && other.pos < item.pos) subjectOnly = true
    }
  }
  let nearest = -1
  let best = Infinity
  for (let m = 0; m < count; m++) {
    const other = named[m] as Item
    if (other.clause !== item.clause || (subjectOnly && other.pos > item.pos)) continue
    const d = distance(item, other)
    if (d < best || (d === best && other.pos < item.pos)) {
      nearest = m
      best = d
    }
  }
  return nearest
}

function judge(mention: Mention, m: number, item: Item): void {
  const score = scoreFor(item, mention.aspect)
  if (score === 0) return
  mention.score += score
  judged[m] = 1
}

export function attribute(items: readonly Item[]): Mention[] {
  const mentions = mentionsOf(items)
  // With nothing named, judging words have no one to go to: the usual sentence of filler.
  if (mentions.length === 0) return mentions
  const count = mentions.length
  const orphans: Item[] = []
  // Mentions are in item order: the next one not yet passed is the only one `item` can be.
  let next = 0
  for (const item of items) {
    const self = named[next] === item ? next++ : -1
    if (!isSentiment(item.entry)) continue
    if (self !== -1) {
      judge(mentions[self] as Mention, self, item)
      continue
    }
    const nearest = nearestMention(item, count)
    if (nearest !== -1 && praisesOwnAspect(item, nearest, items, count)) {
      const own = item.entry.aspect as string
      mentions.push({ aspect: own, score: scoreFor(item, own) })
      named.push(item)
      continue
    }
    if (nearest === -1) {
      if (scoreFor(item, "*") !== 0) orphans.push(item)
      continue
    }
    judge(mentions[nearest] as Mention, nearest, item)
    // Nouns side by side name one thing: "plastic packaging", "microphone quality".
    const nearestItem = named[nearest] as Item
    for (let m = 0; m < count; m++) {
      const other = named[m] as Item
      if (m !== nearest && other.clause === item.clause && distance(other, nearestItem) === 0) judge(mentions[m] as Mention, m, item)
    }
  }
  for (let m = 0; m < count; m++) {
    if (!judged[m]) borrow(mentions, m, orphans, items)
  }
  return mentions
}

/**
 * "Cheap and good quality", "levné a kvalitní": a weak price word that praises the price and
 * faults anything else ("cheap" plastic) says the price was low when another word in its clause
 * praises the aspect it would fault. Then it is a mention of its own aspect; otherwise ("cheap,
 * flimsy quality", "the quality is cheap") it judges the nearest aspect as before.
 */
function praisesOwnAspect(item: Item, nearest: number, items: readonly Item[], count: number): boolean {
  const { entry } = item
  if (!entry.weak || !entry.aspect || item.negated || !((entry.byAspect?.[entry.aspect] ?? 0) > 0) || !((entry.byAspect?.["*"] ?? 0) < 0)) return false
  const target = named[nearest] as Item
  const aspect = aspectOf(target) ?? ""
  // The praise may be the aspect word itself ("kvalitní", "comfortable") or a word judging it.
  return items.some(
    (other) =>
      other !== item &&
      other.clause === item.clause &&
      isSentiment(other.entry) &&
      (other === target || (!namesAspect(other) && nearestMention(other, count) === nearest)) &&
      scoreFor(other, aspect) > 0
  )
}

function borrow(mentions: Mention[], m: number, orphans: readonly Item[], items: readonly Item[]): void {
  const mention = mentions[m] as Mention
  const item = named[m] as Item
  // An aspect word next to a judging aspect word: 电池很耐用 (the battery is durable).
  let fromNeighbours = 0
  for (let o = 0; o < mentions.length; o++) {
    const other = named[o] as Item
    if (o !== m && other.clause === item.clause && isSentiment(other.entry)) {
      fromNeighbours += scoreFor(other, mention.aspect)
    }
  }
  if (fromNeighbours !== 0) {
    mention.score = fromNeighbours
    return
  }
  // A clause that judges without naming anything, in the same part of the sentence (not set
  // against this aspect by "but"): "I was worried about the battery, but it has been fine".
  if (fromOrphans(mention, item, orphans, item.group)) return
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
  fromOrphans(mention, item, orphans)
}

/**
 * The judgement of the orphan clause nearest the mention (named by `item`; the first such clause
 * on a tie), from orphans of `group` only when given; false when there is none or it is 0. Loops,
 * not filtered copies: this runs for every mention nothing in its own clause judges.
 */
function fromOrphans(mention: Mention, item: Item, orphans: readonly Item[], group?: number): boolean {
  let nearest: Item | null = null
  for (const orphan of orphans) {
    if (group !== undefined && orphan.group !== group) continue
    if (!nearest || Math.abs(orphan.clause - item.clause) < Math.abs(nearest.clause - item.clause)) nearest = orphan
  }
  if (!nearest) return false
  let score = 0
  for (const orphan of orphans) {
    if ((group === undefined || orphan.group === group) && orphan.clause === nearest.clause) score += scoreFor(orphan, mention.aspect)
  }
  mention.score = score
  return mention.score !== 0
}
