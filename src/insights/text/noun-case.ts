// German writes every noun with a capital wherever it stands ("sie zieht in die Haut ein"), so how
// a set's German reviewers write a word inside a sentence tells a thing about the product ("Haut")
// from a verb or adjective ("zieht"). Tokens are lower-cased; the case is read as they are made
// (prepare.ts) and kept, for German reviews only, as three counters per word of the set's
// vocabulary: no string per token, only one written form per name ("USB", "iPhone").

/** How a word is written where it stands: evidence of nothing, lower case, or a capital. */
export const NO_CASE = 0
const LOWER = 1
const CAPITAL = 2
/** A capital after the first letter ("USB", "iPhone", "4K", "MacBook"): a name, a thing. */
export const NAME = 3

/** How `text.slice(start, end)` is written, `lower` being `text` lower-cased with the same length. */
export function writtenCase(text: string, lower: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== lower.charCodeAt(i)) return NAME
  return text.charCodeAt(start) === lower.charCodeAt(start) ? LOWER : CAPITAL
}

function grown(counts: Uint32Array, id: number): Uint32Array {
  const next = new Uint32Array(Math.max(2 * counts.length, id + 1024))
  next.set(counts)
  return next
}

export class NounCase {
  // Grown on the first German word: most sets have none.
  /** Per word id: times written with a capital (names too) where a sentence or clause does not open. */
  private capital: Uint32Array = new Uint32Array(0)
  /** Per word id: times written in lower case there. */
  private lower: Uint32Array = new Uint32Array(0)
  /** Per word id: how many of its capitals were a name's ("USB"); and each name's first written form. */
  private named: Uint32Array = new Uint32Array(0)
  private readonly forms = new Map<number, string>()

  /**
   * One German review: its words' ids, how each is written (NO_CASE for the first word of a sentence
   * or clause, which may have a capital whatever it is) and its names as written.
   */
  record(words: ArrayLike<number>, cases: Uint8Array, names: readonly (readonly [number, string])[]): void {
    // Someone who writes all in lower case says nothing about nouns, and would outvote those who do,
    // also when they add a "TOP" or an "LG"; a review all in capitals is shouting: only a review
    // with one capitalised word counts.
    let capitalised = false
    for (let i = 0; i < words.length && !capitalised; i++) capitalised = cases[i] === CAPITAL
    if (!capitalised) return
    for (const [id, form] of names) if (!this.forms.has(id)) this.forms.set(id, form)
    for (let i = 0; i < words.length; i++) {
      const written = cases[i] ?? NO_CASE
      if (written === NO_CASE) continue
      const id = words[i] ?? 0
      if (id >= this.capital.length) {
        this.capital = grown(this.capital, id)
        this.lower = grown(this.lower, id)
        this.named = grown(this.named, id)
      }
      if (written === LOWER) this.lower[id] = (this.lower[id] ?? 0) + 1
      else this.capital[id] = (this.capital[id] ?? 0) + 1
      if (written === NAME) this.named[id] = (this.named[id] ?? 0) + 1
    }
  }

  /**
   * Written with a capital in most of its places inside a sentence, and in two of them at least.
   * A word only ever seen opening one is not: German reviews drop the subject ("Zieht schnell
   * ein."), so a verb opens a sentence as often as a noun does, and no phrase is better than a
   * verb shown as one. Two, because one sentence break the splitter missed ("Tolle Lotion 👍
   * Verwende sie täglich.") would otherwise make a verb a noun.
   */
  isNoun(id: number): boolean {
    const capital = this.capital[id] ?? 0
    return capital >= 2 && capital > (this.lower[id] ?? 0)
  }

  /**
   * The word as German writes it: a noun with its capital; a word that is a name in at least half
   * of its capitals, as it was first written ("iPhone").
   */
  shown(id: number, word: string): string {
    if (!this.isNoun(id)) return word
    const named = this.named[id] ?? 0
    const form = this.forms.get(id)
    return form && 2 * named >= (this.capital[id] ?? 0) ? form : word.charAt(0).toUpperCase() + word.slice(1)
  }
}
