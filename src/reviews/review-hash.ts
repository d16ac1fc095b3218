import type { Review } from "../product"

/**
 * A short fingerprint of a review set: order-free, and changed by any added, removed or edited
 * review, in anything the insights read (id, rating, title, text, author, date, verified purchase,
 * language):
 * a date read later from the page (src/reviews/visible-dates.ts) makes the trust report look for
 * bursts again. Cached insights and summaries are valid for one fingerprint.
 * Two independent 32-bit FNV-1a hashes: collisions need ~2^32 review sets, far beyond one shopper.
 */
export function reviewSetHash(reviews: readonly Pick<Review, "id" | "rating" | "title" | "body" | "author" | "date" | "verified" | "language">[]): string {
  const lines = reviews
    .map((r) => [r.id, r.rating ?? "", r.title ?? "", r.body, r.author ?? "", r.date ?? "", r.verified ?? "", r.language ?? ""].join("\u0001"))
    .sort()
  let a = 0x811c9dc5
  let b = 0x01000193 ^ lines.length
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i)
      a = Math.imul(a ^ code, 0x01000193) >>> 0
      b = Math.imul(b ^ code, 0x01000193 + 0x2f) >>> 0
    }
    a = Math.imul(a ^ 0x0a, 0x01000193) >>> 0
  }
  return `${lines.length}-${a.toString(36)}${b.toString(36)}`
}
