import { ModelError, type ChatMessage } from "./language-model"

/**
 * Token estimate for budgeting, without the model's tokenizer (WebLLM 0.2.86's engine interface
 * has no tokenize call, and the tokenizer only exists after a multi-hundred-MB load). Checked
 * against the Llama 3 and Qwen tokenizers on the shared corpus's 67 shop pages (603 chunks of 1,500
 * characters) plus reviews in 16 languages: in total it counts 1.18× Llama 3's tokens and 1.14×
 * Qwen's; one chunk in six still comes out under (the worst, Finnish and Estonian menus, 0.84×),
 * which the engine's own check then refuses (ContextWindowSizeExceededError → context-overflow).
 * - Han, kana and Hangul: one token per character;
 * - a Latin word: one token per 2 letters if it has an accent; a plain one per 4 letters, or per 3
 *   in text where accents are common (Latvian, Slovene, Polish… split into shorter pieces);
 * - Cyrillic and Arabic words: one token per 2 letters; Thai, Lao, Khmer: per 1.5;
 * - any other script (Greek, Hebrew, Devanagari…): one token per letter or mark and one per word,
 *   since one of the two tokenizers has almost no merges for it;
 * - digits: one each (Qwen splits every digit); emoji two; other symbols one; each newline one.
 */
const RUN = new RegExp(
  [
    String.raw`(\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})`,
    String.raw`([\p{Script=Latin}\p{M}'’]+)`,
    String.raw`([\p{Script=Cyrillic}\p{Script=Arabic}][\p{Script=Cyrillic}\p{Script=Arabic}\p{M}]*)`,
    String.raw`([\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}][\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{M}]*)`,
    String.raw`(\p{L}[\p{L}\p{M}]*)`,
    String.raw`(\p{Nd})`,
    String.raw`(\p{Extended_Pictographic})`,
    String.raw`(\n)`,
    String.raw`(\s+)`,
    String.raw`([^])`
  ].join("|"),
  "gu"
)

/** Share of Latin letters that carry an accent, above which plain words are counted densely too. */
const ACCENTED_TEXT = 0.03

export function estimateTokens(text: string): number {
  const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  const accented = text.match(/[^\P{Script=Latin}A-Za-z]/gu)?.length ?? 0
  const plainRate = latinLetters > 0 && accented / latinLetters >= ACCENTED_TEXT ? 3 : 4
  let tokens = 0
  for (const match of text.matchAll(RUN)) {
    const [whole, cjk, latin, cyrillicArabic, thai, other, digit, emoji, newline, space] = match
    if (cjk || digit || newline) tokens += 1
    else if (latin) tokens += Math.ceil(latin.length / (/^[A-Za-z'’]*$/.test(latin) ? plainRate : 2))
    else if (cyrillicArabic) tokens += Math.ceil(cyrillicArabic.length / 2)
    else if (thai) tokens += Math.ceil(thai.length / 1.5)
    else if (other) tokens += other.length + 1
    else if (emoji) tokens += 2
    else if (!space && whole) tokens += 1
  }
  return tokens
}

/**
 * Chat templates wrap each message in role markers (Qwen's `<|im_start|>user\n…<|im_end|>\n`, Llama
 * 3's header ids: about 5 tokens), and some add a default system prompt when none is given (Qwen2.5,
 * Llama 3.2: 20–30 tokens). These allowances cover both.
 */
export const MESSAGE_OVERHEAD = 8
export const TEMPLATE_OVERHEAD = 32

export function estimateChatTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + estimateTokens(message.content) + MESSAGE_OVERHEAD, TEMPLATE_OVERHEAD)
}

/**
 * Refuses a prompt that would not fit with room for the reply, before it is sent, so the engine
 * never cuts it (WebLLM throws ContextWindowSizeExceededError or stops with finish_reason "length").
 */
export function assertFitsContext(messages: readonly ChatMessage[], maxTokens: number, contextWindow: number): void {
  const needed = estimateChatTokens(messages) + maxTokens
  if (needed > contextWindow) {
    throw new ModelError(
      "context-overflow",
      `About ${needed} tokens needed (prompt and a ${maxTokens}-token reply); the model reads ${contextWindow}`,
      { tokens: { needed, available: contextWindow } }
    )
  }
}

export interface BudgetPart {
  id: string
  text: string
  /** Higher is more important; the lowest goes first. */
  priority: number
  /** Never dropped or trimmed (the instructions, the question). */
  required?: boolean
  /** May be shortened at a word boundary instead of dropped whole (a description, not a review). */
  divisible?: boolean
}

export interface Dropped {
  id: string
  /** True when the whole part was left out; false when its end was trimmed. */
  whole: boolean
  text: string
}

export interface FitResult {
  /** The parts kept, in their original order, with trimmed text where trimmed. */
  parts: { id: string; text: string; trimmed: boolean }[]
  dropped: Dropped[]
  tokens: number
  /** False when the required parts alone exceed the budget. */
  fits: boolean
}

const ELLIPSIS = "…"

/** Word starts, per Intl.Segmenter, so Thai and CJK (no spaces) are cut between words too. */
function wordBoundaries(text: string): number[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" })
  return [...segmenter.segment(text)].map((segment) => segment.index).filter((index) => index > 0)
}

/** The longest prefix ending at a word boundary, plus "…", that fits `allowed` tokens; "" if none. */
function trimToTokens(text: string, allowed: number): string {
  const cuts = wordBoundaries(text)
  let low = 0
  let high = cuts.length - 1
  let best = ""
  while (low <= high) {
    const middle = (low + high) >> 1
    const candidate = text.slice(0, cuts[middle]).trimEnd() + ELLIPSIS
    if (estimateTokens(candidate) <= allowed) {
      best = candidate
      low = middle + 1
    } else high = middle - 1
  }
  return best === ELLIPSIS ? "" : best
}

/**
 * Keeps parts within `budget` tokens: drops (or, if divisible, trims at a word boundary) the lowest
 * priority first, later parts before earlier ones at equal priority. Everything removed is reported
 * so callers can say "based on the first 40 reviews".
 */
export function fitToBudget(parts: readonly BudgetPart[], budget: number): FitResult {
  const kept = parts.map((part) => ({ ...part, trimmed: false, removed: false, tokens: estimateTokens(part.text) }))
  let total = kept.reduce((sum, part) => sum + part.tokens, 0)
  const dropped: Dropped[] = []
  const order = kept
    .map((part, index) => ({ part, index }))
    .filter(({ part }) => !part.required)
    .sort((a, b) => a.part.priority - b.part.priority || b.index - a.index)
  for (const { part } of order) {
    if (total <= budget) break
    const allowed = part.tokens - (total - budget)
    const shorter = part.divisible && allowed > 0 ? trimToTokens(part.text, allowed) : ""
    total -= part.tokens
    if (shorter) {
      dropped.push({ id: part.id, whole: false, text: part.text.slice(shorter.length - ELLIPSIS.length).trimStart() })
      part.text = shorter
      part.trimmed = true
      part.tokens = estimateTokens(shorter)
      total += part.tokens
    } else {
      dropped.push({ id: part.id, whole: true, text: part.text })
      part.removed = true
    }
  }
  return {
    parts: kept.filter((part) => !part.removed).map(({ id, text, trimmed }) => ({ id, text, trimmed })),
    dropped,
    tokens: total,
    fits: total <= budget
  }
}
