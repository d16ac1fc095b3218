// What every trust test hands back: its public result (or why it was skipped) and the reviews it
// would count less in the adjusted rating.

import type { SkippedTest, TrustStatus, TrustTest, TrustTestId } from "../types"

/** Review ids listed as evidence per test; the popup shows a few, storage stays bounded. */
export const MAX_EVIDENCE = 50

export interface Outcome {
  test: TrustTest | null
  skipped: SkippedTest | null
  /** Review id → weight multiplier (0–1) for reviews this test doubts. */
  weights: Map<string, number>
}

export function tested(
  fields: { id: TrustTestId; title: string; status: TrustStatus; value: number; measured: string; explanation: string },
  reviewIds: readonly string[],
  weights: Map<string, number> = new Map()
): Outcome {
  // The first MAX_EVIDENCE distinct ids, without a set of all of them (a test may name thousands).
  const ids: string[] = []
  const seen = new Set<string>()
  for (const id of reviewIds) {
    if (ids.length === MAX_EVIDENCE) break
    if (seen.has(id)) continue
    seen.add(id)
    ids.push(id)
  }
  return { test: { ...fields, value: Math.round(fields.value * 1000) / 1000, reviewIds: ids }, skipped: null, weights }
}

export function skipped(id: TrustTestId, title: string, reason: string): Outcome {
  return { test: null, skipped: { id, title, reason }, weights: new Map() }
}

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((100 * part) / whole)}%` : "0%"
}

export function weightAll(ids: Iterable<string>, weight: number): Map<string, number> {
  const weights = new Map<string, number>()
  for (const id of ids) weights.set(id, weight)
  return weights
}
