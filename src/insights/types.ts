// The stored result of analysing a product's reviews: plain JSON (no Dates, no Maps, no undefined),
// in a stable order, so it can live in Dexie as is and the popup can print it as text.

export type Polarity = "positive" | "negative" | "neutral"

export interface Quote {
  reviewId: string
  /** The sentence that mentions the aspect, shortened to about 200 characters. */
  snippet: string
  polarity: Polarity
}

export interface AspectHighlight {
  /** An aspect id ("battery") or "phrase:<words>" for a phrase frequent in these reviews. */
  id: string
  label: string
  kind: "aspect" | "phrase"
  /** Reviews that mention it (N of M), not mentions. */
  reviews: number
  of: number
  positive: number
  negative: number
  /** "12 of 40 reviews mention battery: 9 positive, 3 negative". */
  summary: string
  quotes: Quote[]
}

export type HistogramShape =
  | "too-few"
  | "j-shaped"
  | "polarised"
  | "mostly-positive"
  | "mostly-negative"
  | "bell"
  | "mixed"

export interface RatingHistogram {
  /** Reviews per star, index 0 = 1★ … index 4 = 5★ (ratings rounded to the nearest star). */
  counts: number[]
  rated: number
  mean: number | null
  shape: HistogramShape
  /** The shape in plain words. */
  description: string
}

export interface LanguageCount {
  /** BCP 47 primary language, or null where the text does not say. */
  language: string | null
  reviews: number
}

export interface Insights {
  reviews: number
  /** Reviews with a title or body: the M in "N of M". */
  withText: number
  histogram: RatingHistogram
  languages: LanguageCount[]
  highlights: AspectHighlight[]
}

export type TrustTestId =
  | "duplicates"
  | "bursts"
  | "rating-shape"
  | "unverified"
  | "generic-praise"
  | "incentivised"
  | "other-product"
  | "repeat-names"

export type TrustStatus = "pass" | "warn" | "fail"

export interface TrustTest {
  id: TrustTestId
  title: string
  status: TrustStatus
  /** The measured number the status rests on (a share 0–1 or a count, see `measured`). */
  value: number
  /** The measurement in words: "4 of 120 reviews (3%) are near-copies of another". */
  measured: string
  /** What the test looks for and why it matters. */
  explanation: string
  /** The reviews behind the finding, capped at 50. */
  reviewIds: string[]
}

export interface SkippedTest {
  id: TrustTestId
  title: string
  reason: string
}

export interface ReviewWeight {
  reviewId: string
  /** 0–1: how much the review counts in the adjusted rating. */
  weight: number
  reasons: TrustTestId[]
}

export type Grade = "A" | "B" | "C" | "D" | "F"

export type TrustReport =
  | {
      state: "graded"
      grade: Grade
      /** 0–100; the grade's basis. */
      score: number
      /** Plain mean of the ratings given. */
      rating: number | null
      /** Mean with suspicious reviews counted less (never left out). */
      adjustedRating: number | null
      tests: TrustTest[]
      skipped: SkippedTest[]
      /** How many reviews count less than fully. */
      downWeighted: number
      /** Those reviews, lowest weight first, at most 500. */
      weights: ReviewWeight[]
    }
  | {
      state: "not-enough-reviews"
      /** Reviews with a rating or text. */
      counted: number
      needed: number
      rating: number | null
    }

export interface ReviewAnalysis {
  version: 1
  insights: Insights
  trust: TrustReport
}

/** What a listing says about itself, to spot reviews of a different product. */
export interface ProductContext {
  name?: string | null
  brand?: string | null
  description?: string | null
  breadcrumbs?: readonly string[]
  specs?: readonly { name: string; value: string }[]
}
