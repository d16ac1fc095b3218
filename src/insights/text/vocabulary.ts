// Words as small integers. Each token is looked up once, when a review is tokenised; every later
// stage (lexicon, language profiles, phrase counts, shingles) reads what it needs about a word
// from arrays indexed by that number instead of hashing the string again.
//
// Ids below KNOWN_WORDS.size are the words of the built-in lists (lexicons, stopwords, language
// profiles), the same in every vocabulary, so the lexicon indexes can be keyed by them once for
// all. A review set gets its own vocabulary for the rest: it is dropped with the analysis, so a
// long-lived extension does not collect every word it has ever read.

import { fnv1a } from "./hash"
import { LANGUAGE_PROFILES } from "./stopwords"
import { BREAK, isHan } from "./tokens"

/** Latin-script languages with a function-word profile, in the order their bits are numbered. */
export const PROFILE_LANGUAGES = [...LANGUAGE_PROFILES.keys()].sort()

const HAN_FLAG = 1

/** Slots of the word table per word, at least: probes stay short. */
const LOAD = 2

export class Vocabulary {
  readonly words: string[]
  /** Per id: HAN_FLAG for a Han character. */
  flags: Uint8Array
  /** Per id: a bit per PROFILE_LANGUAGES entry whose profile lists the word (16 at most). */
  languages: Uint16Array
  /** Per id: the word's 32-bit FNV-1a hash, what near-duplicate shingles are made of. */
  hash: Uint32Array
  /**
   * Open-addressing table of id + 1 (0: empty) by hash. A Map would need the word as a string;
   * this one is probed with a span of the text, so a word met before costs no string at all.
   */
  private table: Int32Array
  /** Set once a review set's vocabulary has been made from this one: ids below size are fixed. */
  private forked = false

  constructor(base?: Vocabulary) {
    this.words = base ? [...base.words] : []
    // A review set's own words come on top; most sets add fewer than the lists hold.
    const capacity = this.words.length + 1024
    this.flags = new Uint8Array(capacity)
    this.languages = new Uint16Array(capacity)
    this.hash = new Uint32Array(capacity)
    this.table = new Int32Array(base ? base.table.length : LOAD * 1024)
    if (base) {
      base.forked = true
      this.flags.set(base.flags.subarray(0, base.size))
      this.languages.set(base.languages.subarray(0, base.size))
      this.hash.set(base.hash.subarray(0, base.size))
      this.table.set(base.table)
    }
  }

  get size(): number {
    return this.words.length
  }

  /** The id of `text.slice(start, end)`, made if new; the slice is only taken for a new word. */
  idOf(text: string, start: number, end: number): number {
    // fnv1a (hash.ts) over the span, without taking the slice.
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
    hash >>>= 0
    const mask = this.table.length - 1
    let slot = (hash ^ (hash >>> 15)) & mask
    for (let entry = this.table[slot] ?? 0; entry !== 0; entry = this.table[slot] ?? 0) {
      const id = entry - 1
      if (this.hash[id] === hash && sameText(this.words[id] ?? "", text, start, end)) return id
      slot = (slot + 1) & mask
    }
    return this.add(start === 0 && end === text.length ? text : text.slice(start, end), hash, slot)
  }

  id(word: string): number {
    return this.idOf(word, 0, word.length)
  }

  /** The word's id, or -1 where this vocabulary has none (and none is made). */
  find(word: string): number {
    const mask = this.table.length - 1
    const hash = fnv1a(word)
    for (let slot = (hash ^ (hash >>> 15)) & mask; (this.table[slot] ?? 0) !== 0; slot = (slot + 1) & mask) {
      const id = (this.table[slot] ?? 0) - 1
      if (this.words[id] === word) return id
    }
    return -1
  }

  /** The ids of `words`, in order. */
  idsOf(words: readonly string[]): number[] {
    return words.map((word) => this.id(word))
  }

  word(id: number): string {
    return this.words[id] ?? ""
  }

  isHan(id: number): boolean {
    return ((this.flags[id] ?? 0) & HAN_FLAG) !== 0
  }

  private add(word: string, hash: number, slot: number): number {
    if (this.forked) throw new Error("A vocabulary other vocabularies were made from cannot grow")
    const id = this.words.length
    if (id === this.flags.length) this.grow()
    this.words.push(word)
    this.flags[id] = isHan(word) ? HAN_FLAG : 0
    this.hash[id] = hash
    this.table[slot] = id + 1
    if (LOAD * this.words.length > this.table.length) this.rehash(2 * this.table.length)
    return id
  }

  private rehash(capacity: number): void {
    const table = new Int32Array(capacity)
    const mask = capacity - 1
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hash[id] ?? 0
      let slot = (hash ^ (hash >>> 15)) & mask
      while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask
      table[slot] = id + 1
    }
    this.table = table
  }

  private grow(): void {
    const flags = new Uint8Array(this.flags.length * 2)
    flags.set(this.flags)
    this.flags = flags
    const languages = new Uint16Array(this.languages.length * 2)
    languages.set(this.languages)
    this.languages = languages
    const hash = new Uint32Array(this.hash.length * 2)
    hash.set(this.hash)
    this.hash = hash
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The built-in lists' words; lexicons add theirs as they are built, before any review is read. */
export const KNOWN_WORDS = new Vocabulary()

export const BREAK_ID = KNOWN_WORDS.id(BREAK)

PROFILE_LANGUAGES.forEach((language, bit) => {
  for (const word of LANGUAGE_PROFILES.get(language) ?? []) {
    const id = KNOWN_WORDS.id(word)
    KNOWN_WORDS.languages[id] = (KNOWN_WORDS.languages[id] ?? 0) | (1 << bit)
  }
})
