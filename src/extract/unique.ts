/** The first of each key, in order, at most `max` of them; null and undefined are skipped. */
export function uniqueCapped<T>(items: (T | null | undefined)[], max: number, key: (item: T) => string = String): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const item of items) {
    if (item === null || item === undefined || out.length >= max) continue
    const k = key(item)
    if (seen.has(k)) continue
    seen.add(k)
    out.push(item)
  }
  return out
}
