import type { Review } from "~src/product"

let counter = 0

/** A review with neutral defaults; pass only what a test is about. */
export function review(fields: Partial<Review> & { body?: string } = {}): Review {
  counter++
  return {
    id: fields.id ?? `t${counter}`,
    author: null,
    rating: null,
    title: null,
    body: "",
    date: null,
    verified: null,
    helpfulVotes: null,
    language: null,
    source: "test",
    ...fields
  }
}

/** yyyy-mm-dd, `offset` days after 2024-01-01. */
export function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
}

const THINGS = "lid handle strap cable button hinge zipper pocket wheel clasp knob drawer filter nozzle cushion".split(" ")
const OPENERS = [
  "Bought it in spring",
  "Had mine since the holidays",
  "Second one for the cabin",
  "My partner picked this",
  "Replaced a cheaper one",
  "Got it on sale",
  "Needed one for travel",
  "Saw it recommended somewhere"
]
const VERDICTS = [
  "works for what I need",
  "is stiff at first",
  "feels solid overall",
  "broke after two months",
  "does the job",
  "arrived with a scratch",
  "looks darker than pictured",
  "surprised me"
]
const DETAILS = [
  "my kids use it daily",
  "would buy again",
  "customer service was slow to reply",
  "it fits in the cupboard",
  "the colour matches our kitchen",
  "cleaning takes seconds",
  "the box was dented",
  "instructions were unclear"
]

/** A made-up word per number, so each generated review has words no other one has. */
function coined(n: number): string {
  const syllables = ["ka", "ro", "mi", "tex", "lun", "va", "dor", "pe", "zi", "quo"]
  return String(n)
    .split("")
    .map((digit) => syllables[Number(digit)])
    .join("")
}

/** Distinct, ordinary reviews: short combinations that share words but are copies of nothing. */
export function ordinaryReviews(count: number, extra: Partial<Review> = {}): Review[] {
  return Array.from({ length: count }, (_, i) =>
    review({
      rating: 1 + ((i * 7) % 5),
      body: `${OPENERS[i % 8]}, and the ${THINGS[i % 15]} ${VERDICTS[Math.floor(i / 8) % 8]}. ${DETAILS[Math.floor(i / 3) % 8]}. Model ${coined(i)} ${coined(i * 7 + 3)}, serial ${coined(i * 13 + 5)} ${coined(i * 17 + 1)} ${coined(i * 19 + 2)}, from the ${coined(i * 23 + 4)} shop in ${coined(i * 29 + 6)}.`,
      ...extra
    })
  )
}
