// German writes every noun with a capital wherever it stands ("sie zieht in die Haut ein"), so how
// a set's German reviewers write a word inside a sentence tells a thing about the product ("Haut")
// from a verb or adjective ("zieht"). Tokens are lower-cased; the case is read as they are made
// (prepare.ts) and kept, for German reviews only, as two counters per word of the set's
// vocabulary: no string per token.

/** How a word is written where it stands: evidence of nothing, lower case, or a capital. */
export const NO_CASE = 0
const LOWER = 1
const CAPITAL = 2

/**
 * How `text.slice(start, end)` is written, `lower` being `text` lower-cased with the same length.
 * All capitals ("TOP", "USB") is shouting or an acronym: evidence of nothing.
 */
export function writtenCase(text: string, lower: string, start: number, end: number): number {
  if (text.charCodeAt(start) === lower.charCodeAt(start)) return LOWER
  return end - start > 1 && text.charCodeAt(start + 1) !== lower.charCodeAt(start + 1) ? NO_CASE : CAPITAL
}

function grown(counts: Uint32Array, id: number): Uint32Array {
  const next = new Uint32Array(Math.max(2 * counts.length, id + 1024))
  next.set(counts)
  return next
}

export class NounCase {
  // Grown on the first German word: most sets have none.
  /** Per word id: times written with a capital after the first word of a sentence. */
  private capital: Uint32Array = new Uint32Array(0)
  /** Per word id: times written in lower case there. */
  private lower: Uint32Array = new Uint32Array(0)

  /**
   * One German review: its words' ids and how each is written (NO_CASE for a sentence's first
   * word, which has a capital whatever it is).
   */
  record(words: ArrayLike<number>, cases: Uint8Array): void {
    // Someone who writes all in lower case says nothing about nouns, and would outvote those who do,
    // also when they add a "TOP" or an "LG": only a review with one capitalised word counts.
    let capitalised = false
    for (let i = 0; i < words.length && !capitalised; i++) capitalised = cases[i] === CAPITAL
    if (!capitalised) return
    for (let i = 0; i < words.length; i++) {
      const written = cases[i] ?? NO_CASE
      if (written === NO_CASE) continue
      const id = words[i] ?? 0
      if (id >= this.capital.length) {
        this.capital = grown(this.capital, id)
        this.lower = grown(this.lower, id)
      }
      if (written === CAPITAL) this.capital[id] = (this.capital[id] ?? 0) + 1
      else this.lower[id] = (this.lower[id] ?? 0) + 1
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

  /** The word as German writes it: a noun with its capital. */
  shown(id: number, word: string): string {
    return this.isNoun(id) ? word.charAt(0).toUpperCase() + word.slice(1) : word
  }
}
