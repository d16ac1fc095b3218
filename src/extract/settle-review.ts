// A review as Cartwise keeps it: its date read to ISO and, when the shop gave it no id, an id of
// its own. The content script sends reviews as the page prints them (the date's text, an empty
// id): reading dates in a dozen languages takes month names that cost every content script about
// 2 KB of the 60 KB it is held to (issue #3), and no reading on the page needs the ISO date.
// Settled here, where the code is not capped: by the background when it accepts a page's or a
// reading's reviews (src/messages/validate.ts), by the review reader before it tells fetched
// reviews from those already on the page, and by the command line.

import type { Review } from "../product"
import { dateOrder, parseReviewDate, type DateOrder } from "./dates"
import { MAX_REVIEWS } from "./reviews"
import { withoutCopies } from "./review-copies"
import { settleText } from "./entities"

/** FNV-1a, 32 bits, as hex: short, stable and good enough to tell reviews apart. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, "0")
}

/**
 * `review` with its date as ISO yyyy-mm-dd (null when it cannot be read without guessing) and an
 * id: the shop's, else a hash of author, date and text, so that a review read twice (from JSON-LD
 * and from the widget that rendered it) is kept once. Settling a settled review changes nothing
 * (but for a text with its entities escaped twice: withDecodedTexts).
 */
export function settleReview(sent: Review, order: DateOrder = {}): Review {
  const review = withDecodedTexts(sent)
  const title = review.title !== null && namesItsAuthor(review.title, review.author) ? null : review.title
  // A language only in BCP 47's shape ("de", "pt-BR"): a widget's "English" or "0" is none.
  const language = review.language && LANGUAGE_TAG.test(review.language) ? review.language : null
  return { ...review, date: parseReviewDate(review.date, order), title, id: keptId(review), language }
}

/**
 * `review` with the entities a shop's data left in its texts decoded (entities.ts), before its id
 * is made of them: as the background settles it, and as the review reader matches its words with
 * the page's (visible-dates.ts). A text written with its entities escaped twice ("&amp;lt;3") is
 * decoded once more by each settling, so settling it again is not always a no-op.
 */
export const withDecodedTexts = (review: Review): Review => ({
  ...review,
  author: settleText(review.author),
  title: settleText(review.title),
  body: settleText(review.body) ?? ""
})

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i

/** The id a review is kept by: the shop's, else madeId's. */
export const keptId = (review: Review): string => review.id || madeId(review)

/**
 * The id Cartwise gives a review the shop gave none: author, date and text. The date as read on its
 * own, without its list's order (dateOrder), as every earlier version read it: a review stored
 * then keeps its id, and is not stored again now that its list dates it.
 */
function madeId(review: Review): string {
  return `h${hashText(`${review.author ?? ""}|${parseReviewDate(review.date) ?? ""}|${review.body}`)}`
}

// The word before a reviewer's name in a title a shop writes for every review: "Panel tapicerowany
// 60 x 30 cm - opinia od Monika" (Leroy Merlin Poland's microdata), "Review by Monika",
// "Bewertung von Monika", "Avis de Monika".
const BY = "by|from|von|od|de|par|di|da|door|van|av|af|от|від"
const REVIEW_WORD = "review|reviewed|opinion|opinia|recenzja|bewertung|rezension|avis|commentaire|recensione|opinione|reseña|opinión|opinião|avaliação|beoordeling|recensie|recension|omdöme|anmeldelse|отзыв|відгук|hodnocení|recenzia"

/**
 * Whether a review's title is the shop's label naming its author, not the reviewer's words: it
 * ends with "by" and the author's name ("review by", "opinia od"), after a dash or colon, or it is
 * that alone. "Gift from Grandma" by Grandma is her own title.
 * The reviewer's own words are never lost: the body stays, and the id never held the title.
 */
function namesItsAuthor(title: string, author: string | null): boolean {
  if (!author || author.length < 2) return false
  const name = author.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return new RegExp(`(?:^|\\s[-–—:|]\\s*)(?:(?:${REVIEW_WORD})\\s+)?(?:${BY})\\s+${name}\\s*$`, "iu").test(title.trim())
}

/** Every review settled (numeric dates read in the order each source's list shows), the first of each id kept, copies read in two places made one, at most MAX_REVIEWS. */
export function settleReviews(reviews: Review[]): Review[] {
  // Each source's dates in their own order: a widget's US dates beside the shop's own, or one odd date, settle nothing for the other.
  const orders = new Map<string, DateOrder>()
  for (const source of new Set(reviews.map((r) => r.source))) orders.set(source, dateOrder(reviews.filter((r) => r.source === source).map((r) => r.date)))
  return withoutCopies(reviews.map((r) => settleReview(r, orders.get(r.source)))).slice(0, MAX_REVIEWS)
}
