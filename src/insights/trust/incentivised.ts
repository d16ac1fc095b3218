// Incentivised reviews: the reviewer says the product was free, discounted or sent for review.
// Disclosed is honest, but such reviews rate higher on average, so they count less.

import type { PreparedReview } from "../prepare"
import { percent, tested, weightAll, type Outcome } from "./outcome"

const TITLE = "Free or discounted products for reviews"
const EXPLANATION =
  "Reviews that say the product was received free, at a discount or in exchange for a review (in English, German, French, Spanish, Italian, Portuguese, Dutch and Chinese). Such reviews tend to be kinder than those of paying buyers."

const INCENTIVE_WEIGHT = 0.5

const PATTERNS: RegExp[] = [
  // English
  /\b(?:received|got|given|sent|provided)\b[^.!?\n]{0,40}\b(?:for free|free of charge|at no cost|free\b|at a discount|discounted|complimentary)/iu,
  /\b(?:free|discounted|complimentary)\s+(?:product|sample|unit|item|copy)\b[^.!?\n]{0,40}\b(?:review|exchange|opinion)/iu,
  /\bin exchange for (?:my|an?|this)?\s*(?:honest|unbiased|fair|genuine)?\s*(?:review|feedback|opinion)/iu,
  /\b(?:vine (?:customer|voice|program)|amazon vine)\b/iu,
  /\b(?:sent|provided|given)\s+(?:to me\s+)?(?:this|it|the product)?\s*(?:by the (?:seller|manufacturer|company|brand)\s+)?(?:to|for)\s+(?:test|testing|review|try)\b/iu,
  // German
  /kostenlos\s+(?:zur verfügung gestellt|erhalten|bekommen|zugeschickt|zum test)/iu,
  /(?:gratis|vergünstigt|kostenfrei|kostenlos)\s+(?:erhalten|bekommen|bereitgestellt)/iu,
  /im austausch (?:für|gegen) (?:eine |meine )?(?:ehrliche |unabhängige )?(?:bewertung|rezension|meinung)/iu,
  /zum testen (?:erhalten|bekommen|zur verfügung gestellt)|produkttest(?:er)?\b/iu,
  // French
  /reçu\s+(?:gratuitement|gracieusement|gratuit)|(?:offert|fourni)\s+(?:gratuitement\s+)?par\s+(?:la marque|le vendeur|le fabricant)/iu,
  /en échange d['’]un (?:avis|test)|produit (?:offert|gratuit) (?:pour|contre)/iu,
  // Spanish
  /producto\s+(?:gratis|gratuito)|(?:recibí|recibido)\s+(?:el producto\s+)?(?:gratis|gratuitamente|de forma gratuita|sin coste)/iu,
  /a cambio de (?:una|mi) (?:opinión|reseña|valoración)/iu,
  // Italian, Portuguese, Dutch
  /ricevuto\s+(?:gratuitamente|in omaggio)|in cambio di una recensione/iu,
  /recebi\s+(?:gratuitamente|de graça)|em troca de (?:uma )?(?:avaliação|análise)/iu,
  /gratis\s+(?:ontvangen|gekregen)|in ruil voor een (?:eerlijke )?review/iu,
  // Chinese
  /免费试用|免费获得|免费领取|试用装|好评返现|返现|晒图返|好评有礼|商家赠送.{0,6}(?:评价|好评)/u
]

// "I was not given this for free": a denial right before the match cancels it.
const DENIAL = /\b(?:not|never|wasn't|weren't|didn't|nicht|kein|pas|no|jamais|nunca)\b[^.!?\n]{0,12}$|[没不]有?$/iu

// Every pattern above contains one of these; most reviews are ruled out by this one scan.
const TRIGGER =
  /free|gratis|gratuit|kostenlos|kostenfrei|vergünstigt|exchange|austausch|échange|cambio|vine|discount|complimentary|provided|sent|given|test|offert|fourni|recibí|recibido|ricevuto|recebi|troca|ruil|免费|返现|试用|晒图返|好评有礼|赠送/iu

export function incentiveQuote(text: string): string | null {
  if (!TRIGGER.test(text)) return null
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text)
    if (!match) continue
    if (DENIAL.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
    return match[0]
  }
  return null
}

export function incentivisedTest(reviews: readonly PreparedReview[]): Outcome {
  const withText = reviews.filter((review) => review.words.length > 0)
  const found = withText.filter((review) => incentiveQuote(review.text) !== null)
  const share = withText.length ? found.length / withText.length : 0
  const status = found.length === 0 ? "pass" : share >= 0.1 && found.length >= 3 ? "fail" : "warn"
  const ids = found.map((review) => review.review.id)
  return tested(
    {
      id: "incentivised",
      title: TITLE,
      status,
      value: share,
      measured: `${found.length} of ${withText.length} reviews (${percent(found.length, withText.length)}) say the product was free, discounted or given for a review.`,
      explanation: EXPLANATION
    },
    ids,
    weightAll(ids, INCENTIVE_WEIGHT)
  )
}
