import { analyseReviews, type ReviewAnalysis } from "../insights/analyse"
import { reviewSetHash } from "../reviews/review-hash"
import type { CartwiseDb, StoredAnalysis } from "./schema"

/** Bumped when analyseReviews' output changes shape or meaning, so older rows are recomputed. */
export const ANALYSIS_VERSION = 20

export async function readAnalysis(db: CartwiseDb, productKey: string, kind: StoredAnalysis["kind"]): Promise<StoredAnalysis | undefined> {
  return db.analyses.get([productKey, kind])
}

/**
 * Brings a product's review analysis up to date with its stored reviews; a no-op when the review
 * set is unchanged. Runs in the service worker after reviews are stored, so the popup finds it ready.
 */
export async function refreshReviewAnalysis(db: CartwiseDb, productKey: string, now: number): Promise<ReviewAnalysis | null> {
  const [product, reviews] = await Promise.all([db.products.get(productKey), db.reviews.where("productKey").equals(productKey).toArray()])
  if (!product) return null
  // The listing's name and brand shape the topics (they are never one), so they key the row too.
  const reviewHash = `${reviewSetHash(reviews)}|${product.brand ?? ""}|${product.name ?? ""}`
  const stored = await readAnalysis(db, productKey, "reviews")
  if (stored && stored.reviewHash === reviewHash && stored.version === ANALYSIS_VERSION) return stored.value as ReviewAnalysis
  const value = analyseReviews(reviews, product)
  await db.analyses.put({ productKey, kind: "reviews", reviewHash, modelId: null, version: ANALYSIS_VERSION, createdAt: now, value })
  return value
}
