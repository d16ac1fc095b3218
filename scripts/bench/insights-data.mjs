// Generated review sets for `npm run bench:insights`: seeded, so every run measures the same data.
// Sentences come from the labelled fixture; dates, ratings, names and filler vary per review.
import { readFileSync } from "node:fs"

export function rng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function readSentences(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

const pick = (random, list) => list[Math.floor(random() * list.length)]
const FIRST = "Anna Ben Carla Dev Emma Farid Gina Hugo Ines Jon Kai Lena Marco Nina Omar Pia Quinn Rosa Sam Tara Uma Vik Wen Xia Yuki Zoe".split(" ")
const RELATIVES = "son daughter wife husband mother father friend neighbour sister brother".split(" ")
const MONTHS = "January February March April May June July August September October November December".split(" ")
const PRODUCTS = "kettle jacket speaker chair lamp blender backpack charger mattress toy".split(" ")

const SYLLABLES = "ka ro mi tex lun va dor pe zi quo ban ser tol ny fa gre".split(" ")

/** A made-up model or part name: real reviews carry a long tail of words no other review uses. */
function coined(random) {
  const length = 2 + Math.floor(random() * 2)
  return Array.from({ length }, () => pick(random, SYLLABLES)).join("")
}

function filler(random) {
  return pick(random, [
    () => `Compared with the ${coined(random)} ${pick(random, PRODUCTS)}, the ${coined(random)} part feels different.`,
    () => `Mine is the ${coined(random)} edition, version ${1 + Math.floor(random() * 30)}.`,
    () => `I bought this for my ${pick(random, RELATIVES)} in ${pick(random, MONTHS)}.`,
    () => `We have used it about ${2 + Math.floor(random() * 60)} times now.`,
    () => `This replaced an old ${pick(random, PRODUCTS)} that lasted ${1 + Math.floor(random() * 9)} years.`,
    () => `Ordered on a ${pick(random, ["Monday", "Tuesday", "Friday", "Sunday"])} and used it the same week.`
  ])()
}

/** `count` reviews of mixed languages, dates over two years, 5% without a date, names from a pool. */
export function generateReviews(sentences, count, seed = 1) {
  const random = rng(seed)
  const start = Date.UTC(2023, 0, 1)
  const reviews = []
  for (let i = 0; i < count; i++) {
    const chosen = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, sentences))
    const positives = chosen.filter((s) => s.polarity === "positive").length
    const rating = Math.max(1, Math.min(5, Math.round(1 + (4 * positives) / chosen.length + (random() - 0.5))))
    const parts = chosen.map((s) => s.text)
    for (let f = Math.floor(random() * 3); f > 0; f--) parts.splice(Math.floor(random() * parts.length), 0, filler(random))
    reviews.push({
      id: `r${i}`,
      author: random() < 0.9 ? `${pick(random, FIRST)} ${String.fromCharCode(65 + Math.floor(random() * 26))}.` : null,
      rating,
      title: random() < 0.3 ? pick(random, ["Good", "Not bad", "Disappointed", "Great value", "Works"]) : null,
      body: parts.join(" "),
      date: random() < 0.95 ? new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10) : null,
      verified: random() < 0.85,
      helpfulVotes: Math.floor(random() * 5),
      language: null,
      source: "bench"
    })
  }
  return reviews
}

const SWAP = "really quite very rather just also still even truly simply".split(" ")
const HAN_SWAP = [..."很真也还挺都就太更"]

/** A light edit: about `rate` of the words (Han: characters) replaced, dropped or doubled. */
export function lightEdit(text, random, rate) {
  const han = /\p{Script=Han}/u.test(text)
  const units = han ? [...text] : text.split(/\s+/)
  const out = []
  for (const unit of units) {
    const r = random()
    const swap = han ? pick(random, HAN_SWAP) : pick(random, SWAP)
    if (r < rate / 3) continue
    if (r < (2 * rate) / 3) out.push(swap)
    else out.push(unit)
    if (r > 1 - rate / 3) out.push(swap)
  }
  const edited = out.join(han ? "" : " ")
  return random() < 0.5 ? edited.toLowerCase() : edited.replace(/[.!]/g, (m) => (random() < 0.5 ? "!" : m))
}

export const COPY_KINDS = ["exact", "edited 5–15%", "reordered + 5%", "pasted into a longer review", "edited 20–30%"]

/**
 * Near-duplicate families for recall and precision. Bases join three sentences of one language,
 * each sentence used by one base only, so two families share no text. Each base gets one or two
 * copies of the kinds above. Distractors share one sentence with a base and copy nothing.
 */
export function duplicateFamilies(sentences, seed = 7) {
  const random = rng(seed)
  const byLanguage = new Map()
  for (const s of sentences) byLanguage.set(s.lang, [...(byLanguage.get(s.lang) ?? []), s.text])
  const bases = []
  const leftovers = []
  for (const texts of byLanguage.values()) {
    const pool = [...texts]
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[pool[i], pool[j]] = [pool[j], pool[i]]
    }
    const count = Math.floor((pool.length * 0.8) / 3)
    for (let b = 0; b < count; b++) bases.push(pool.slice(b * 3, b * 3 + 3))
    leftovers.push(pool.slice(count * 3))
  }
  const reviews = []
  const familyOf = new Map()
  const kindOf = new Map()
  const add = (body, family, kind) => {
    const id = `d${reviews.length}`
    reviews.push({ id, author: null, rating: 5, title: null, body, date: null, verified: null, helpfulVotes: null, language: null, source: "bench" })
    familyOf.set(id, family)
    if (kind) kindOf.set(id, kind)
  }
  const joiner = (base) => (/\p{Script=Han}/u.test(base[0]) ? "" : " ")
  const spare = (base) => pick(random, leftovers.find((list) => list.length && /\p{Script=Han}/u.test(list[0]) === /\p{Script=Han}/u.test(base[0])) ?? [""])
  bases.forEach((base, f) => {
    const text = base.join(joiner(base))
    add(text, f)
    const copies = 1 + Math.floor(random() * 2)
    for (let c = 0; c < copies; c++) {
      const kind = COPY_KINDS[(f + c) % COPY_KINDS.length]
      if (kind === "exact") add(text, f, kind)
      else if (kind === "edited 5–15%") add(lightEdit(text, random, 0.05 + random() * 0.1), f, kind)
      else if (kind === "reordered + 5%") add(lightEdit([...base].reverse().join(joiner(base)), random, 0.05), f, kind)
      else if (kind === "edited 20–30%") add(lightEdit(text, random, 0.2 + random() * 0.1), f, kind)
      else add([spare(base), text, spare(base)].join(joiner(base)), f, kind)
    }
  })
  bases.forEach((base, f) => add([pick(random, base), spare(base), spare(base), spare(base)].join(joiner(base)), `x${f}`))
  return { reviews, familyOf, kindOf }
}
