// Reviews of a different product: on merged or hijacked listings, reviews of an old or unrelated
// product are carried over to a new one, with their ratings. A review that names only another kind
// of product ("this dress", 这本书) and nothing of the listing's own is counted here.

import type { PreparedReview } from "../prepare"
import { isStopword } from "../text/stopwords"
import { normalise, tokenize, words as wordsOf } from "../text/tokens"
import type { ProductContext } from "../types"
import { percent, skipped, tested, weightAll, type Outcome } from "./outcome"
import { productTypesIn } from "./product-types"

const TITLE = "Reviews that describe a different product"
const EXPLANATION =
  "Reviews whose words name another kind of product than the listing's title, breadcrumbs and specifications (a dress on a phone charger's page) and nothing of the listing itself. Shops sometimes merge listings, so old reviews of something else inflate the rating."

/** Distinct nouns of one other department a review must name ("dress" and "fabric"). */
const MIN_NOUNS = 2
const OTHER_WEIGHT = 0.15

function contextText(product: ProductContext): string {
  return normalise(
    [product.name, product.brand, ...(product.breadcrumbs ?? []), ...(product.specs ?? []).flatMap((spec) => [spec.name, spec.value]), product.description]
      .filter((part): part is string => typeof part === "string")
      .join(" \n ")
  )
}

function nameWords(product: ProductContext): Set<string> {
  const text = normalise([product.name, product.brand].filter(Boolean).join(" "))
  return new Set(wordsOf(tokenize(text)).filter((word) => word.length >= 3 && !isStopword(word) && !/^\p{N}+$/u.test(word)))
}

export function otherProductTest(reviews: readonly PreparedReview[], product: ProductContext | undefined): Outcome {
  if (!product) return skipped("other-product", TITLE, "No product details were given to compare the reviews with.")
  const text = contextText(product)
  const listingTypes = productTypesIn(wordsOf(tokenize(text)), text)
  if (listingTypes.size === 0) {
    return skipped("other-product", TITLE, "The listing's title and details name no product type Cartwise knows.")
  }
  const own = nameWords(product)
  const withText = reviews.filter((review) => review.words.length > 0)
  const other = withText.filter((review) => {
    const words = Array.from(review.words, (id) => review.vocabulary.word(id))
    if (words.some((word) => own.has(word))) return false
    const types = productTypesIn(words, review.text)
    if ([...types.keys()].some((type) => listingTypes.has(type))) return false
    return [...types.values()].some((nouns) => nouns.size >= MIN_NOUNS)
  })
  const share = withText.length ? other.length / withText.length : 0
  const status = other.length === 0 ? "pass" : share >= 0.1 && other.length >= 3 ? "fail" : "warn"
  const ids = other.map((review) => review.review.id)
  return tested(
    {
      id: "other-product",
      title: TITLE,
      status,
      value: share,
      measured: `${other.length} of ${withText.length} reviews (${percent(other.length, withText.length)}) talk about another kind of product than the listing (${[...listingTypes.keys()].join(", ")}).`,
      explanation: EXPLANATION
    },
    ids,
    weightAll(ids, OTHER_WEIGHT)
  )
}
