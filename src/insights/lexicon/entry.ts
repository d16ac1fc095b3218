// What a lexicon phrase means to the sentiment rules, and how a language's word lists become one
// longest-match index.

import { PhraseIndex } from "../text/phrase-index"
import { isHan, tokenize } from "../text/tokens"
import { KNOWN_WORDS } from "../text/vocabulary"
import type { AspectId } from "./aspect-ids"

export type Role =
  /** Flips the polar words up to three words after it: not, 不, nicht, pas, no. */
  | "negator"
  /** Written in sources only: becomes a negator with `post` (German "funktioniert nicht"). */
  | "post-negator"
  /** Starts a clause that outweighs the one before: but, 但是, aber, mais, pero. */
  | "contrast"
  /** Starts a clause that yields to the other: although, 虽然, obwohl, bien que, aunque. */
  | "concession"
  | "intensifier"
  /** "too", "a bit", 有点: any adjective after it becomes a complaint ("too easy to scratch"). */
  | "excess"
  /** 太: a size word after it becomes a complaint, a polar word keeps its sign (太好了 = great). */
  | "excess-dim"
  /** "runs small", "fällt klein aus", "queda pequeño": a size word after it is a complaint. */
  | "runs"
  /** "long enough": a size word before it is praise. */
  | "enough"
  /** "than my old one", "than the bag I'm replacing": a size word just before it compares, it does not judge. */
  | "another"
  /** "too low to be comfortable": after "too X", what follows is what the thing fails to be. */
  | "result"

export interface Entry {
  aspect?: AspectId
  /** Counts as a mention only when the clause names no other aspect ("cheap", "looks"). */
  weak?: boolean
  score?: number
  /** Score by the aspect the word is attached to; "*" for any other ("cheap": price +1, else -1). */
  byAspect?: Record<string, number>
  /** A size or degree word, neutral alone ("small", 紧), judged by the words around it. */
  dim?: boolean
  role?: Role
  /** A negator that also flips the polar word just before it (German "funktioniert nicht"). */
  post?: boolean
}

/** A language's lexicon as written: comma-separated phrases per list. */
export interface LexiconSource {
  /** A leading "~" marks a weak aspect word. */
  aspects: Partial<Record<AspectId, string>>
  strongPositive?: string
  positive?: string
  /** Verbs that report the thing doing its job ("works", "fits"); weak praise, strong when negated. */
  functional?: string
  mildNegative?: string
  negative?: string
  strongNegative?: string
  /** Phrases that must win over their parts but carry nothing (快递 = courier, not 快 = fast). */
  neutral?: string
  dims?: string
  /** Scores by aspect, keyed by a phrase or comma-separated phrases that share them (a word's forms). */
  byAspect?: Record<string, Record<string, number>>
  roles?: Partial<Record<Role, string>>
}

export type Matcher = PhraseIndex<Entry>

function phrases(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((phrase) => phrase.trim())
    .filter(Boolean)
}

/** The first list a phrase appears in wins a clash; lists add what the earlier ones lack. */
function merge(old: Entry, added: Entry): Entry {
  const merged: Entry = { ...added, ...old }
  if (old.byAspect && added.byAspect) merged.byAspect = { ...added.byAspect, ...old.byAspect }
  return merged
}

type Draft = Map<string, { tokens: string[]; entry: Entry }>

function addAll(draft: Draft, list: string | undefined, entry: (phrase: string) => Entry): void {
  for (const phrase of phrases(list)) {
    const tokens = tokenize(phrase.replace(/^~/, ""))
    const key = tokens.join(" ")
    const old = draft.get(key)
    draft.set(key, { tokens, entry: old ? merge(old.entry, entry(phrase)) : entry(phrase) })
  }
}

/**
 * A phrase listed once takes what it lacks from its words: "easy to use" (an aspect) judges like
 * "easy"; "worth every penny" (praise) is about price like "worth". One list entry per phrase is
 * then enough, in every language.
 */
function inherit(draft: Draft): void {
  for (const { tokens, entry } of draft.values()) {
    // Han characters are not words: 快递 (courier) owes nothing to 快 (fast).
    if (tokens.length < 2 || entry.role || tokens.some(isHan)) continue
    const parts = tokens.map((token) => draft.get(token)?.entry)
    if (entry.aspect && entry.score === undefined) {
      const judging = parts.find((part) => part?.score)
      if (judging) entry.score = judging.score
    }
    if (!entry.aspect && entry.score) {
      const named = parts.find((part) => part?.aspect)
      if (named?.aspect) {
        entry.aspect = named.aspect
        if (named.weak) entry.weak = true
      }
    }
  }
}

export function addLexicon(index: Matcher, source: LexiconSource): void {
  const draft: Draft = new Map()
  for (const [aspect, list] of Object.entries(source.aspects) as [AspectId, string][]) {
    addAll(draft, list, (phrase) => (phrase.startsWith("~") ? { aspect, weak: true } : { aspect }))
  }
  addAll(draft, source.strongPositive, () => ({ score: 2 }))
  addAll(draft, source.positive, () => ({ score: 1 }))
  addAll(draft, source.functional, () => ({ score: 0.5 }))
  addAll(draft, source.mildNegative, () => ({ score: -0.5 }))
  addAll(draft, source.negative, () => ({ score: -1 }))
  addAll(draft, source.strongNegative, () => ({ score: -2 }))
  addAll(draft, source.neutral, () => ({ score: 0 }))
  addAll(draft, source.dims, () => ({ dim: true }))
  for (const [phrase, byAspect] of Object.entries(source.byAspect ?? {})) addAll(draft, phrase, () => ({ byAspect }))
  for (const [role, list] of Object.entries(source.roles ?? {}) as [Role, string][]) {
    addAll(draft, list, () => (role === "post-negator" ? { role: "negator", post: true } : { role }))
  }
  inherit(draft)
  for (const { tokens, entry } of draft.values()) index.add(KNOWN_WORDS.idsOf(tokens), entry, merge)
}
