// Very short generic praise ("Great product!", "Love it", 好评, "Top"): it says nothing a buyer can
// check, costs nothing to write, and is what review farms and reward-for-review schemes post.

import type { PreparedReview } from "../prepare"
import { isStopword } from "../text/stopwords"
import { isHan } from "../text/tokens"
import { percent, tested, weightAll, type Outcome } from "./outcome"

const TITLE = "Very short generic praise"
const EXPLANATION =
  "Reviews of a few words of praise that could be about any product (\"great product\", \"love it\", 好评). A few are normal; many suggest ratings collected with little real use behind them."

const MAX_WORDS = 6
const MAX_HAN = 12
const GENERIC_WEIGHT = 0.5

const PRAISE = new Set(
  (
    "great good excellent perfect amazing awesome nice super love loved lovely best fantastic wonderful cool wow fine happy satisfied recommend recommended " +
    "highly product item buy purchase stars star five thanks thank ok okay exactly expected described works work working as seller fast " +
    "sehr gut toll top prima perfekt klasse produkt empfehlenswert bestens alles zufrieden " +
    "très bien bon bonne parfait génial produit excellent conforme " +
    "muy bueno buena excelente perfecto genial producto recomendado recomiendo bien " +
    "ottimo ottima perfetto perfetta eccellente prodotto acquisto consigliato consiglio tutto bene buono " +
    "ótimo ótima excelente perfeito perfeita produto compra recomendo bom boa adorei amei tudo certo " +
    "goed goede prima top perfect product aanrader tevreden mooi alles " +
    "polecam super wszystko ok produkt dobry dobra świetny świetnie zgodny zgodne zgodnie z opisem " +
    "doporučuji super výborný výborné skvělý skvělé perfektní spokojenost maximální spokojen spokojená vše v pořádku ok dobrý dobré produkt zboží odpovídá popisu " +
    "odporúčam skvelý skvelá skvelé výborný výborná výborné perfektný perfektné spokojnosť maximálna spokojný spokojná všetko v poriadku ok dobrý dobré produkt tovar zodpovedá popisu"
  ).split(" ")
)
// Function words that deny: "Not good", "Není to dobré", "Nie jest dobry" are no praise, though
// every other word in them is a praise word or a function word.
const DENIAL = new Set(
  "not no never don't didn't doesn't isn't wasn't nicht kein keine nie pas non não nao niet geen není neni nejsou nebyl nebyla nebylo nebol nebola ne".split(" ")
)
const HAN_PRAISE = /好评|很好|非常好|不错|满意|喜欢|好用|推荐|五星|挺好|可以|还行|很棒|好|棒|赞|值|[的了很非常也都啊呀哦哈是我]/gu
const EMOJI = /\p{Extended_Pictographic}/u

export function isGenericPraise(review: PreparedReview): boolean {
  const { words: ids, vocabulary } = review
  if (review.rating !== null && review.rating < 4) return false
  if (ids.length === 0) return EMOJI.test(review.text)
  // Past the longest generic review (Han or not), no word needs reading.
  if (ids.length > Math.max(MAX_WORDS, MAX_HAN)) return false
  const words = Array.from(ids, (id) => vocabulary.word(id))
  const han = words.filter(isHan)
  if (han.length > 0) {
    if (han.length > MAX_HAN || han.length < words.length) return false
    const rest = han.join("").replace(HAN_PRAISE, "")
    return rest.length === 0
  }
  if (words.length > MAX_WORDS) return false
  return words.some((word) => PRAISE.has(word)) && words.every((word) => (PRAISE.has(word) || isStopword(word)) && !DENIAL.has(word))
}

export function genericPraiseTest(reviews: readonly PreparedReview[]): Outcome {
  const withText = reviews.filter((review) => review.words.length > 0 || EMOJI.test(review.text))
  const generic = withText.filter(isGenericPraise)
  const share = withText.length ? generic.length / withText.length : 0
  const status = share >= 0.4 && generic.length >= 5 ? "fail" : share >= 0.2 && generic.length >= 3 ? "warn" : "pass"
  const ids = generic.map((review) => review.review.id)
  return tested(
    {
      id: "generic-praise",
      title: TITLE,
      status,
      value: share,
      measured: `${generic.length} of ${withText.length} reviews (${percent(generic.length, withText.length)}) are a few words of generic praise.`,
      explanation: EXPLANATION
    },
    ids,
    status === "pass" ? new Map() : weightAll(ids, GENERIC_WEIGHT)
  )
}
