// The same reviewer name on several reviews of one product. Shops allow one review per buyer, so
// repeats point at one person (or one script) posting many; placeholders and masked names
// ("Amazon Customer", "j***n", 匿名用户) are not names and are left out.

import type { PreparedReview } from "../prepare"
import { percent, skipped, tested, weightAll, type Outcome } from "./outcome"

const TITLE = "The same reviewer name on several reviews"
const EXPLANATION =
  "Reviewer names that appear on more than one review of this product (placeholders such as \"Amazon Customer\" and masked names are ignored). One buyer normally writes one review."

// A placeholder is made only of words that say "a customer" in some language, perhaps with the
// shop's name, "verified" or an article: "Amazon Customer", "Cliente Amazon" (Italian, Spanish,
// Portuguese), "Client d'Amazon", "Amazon-Kunde", "einer Kundin" (Otto), "Verified Buyer",
// "Acheteur vérifié". Two such names on two reviews are two buyers, not one. Kunde, Gast, Käufer
// and Koper are surnames too: beside a first name or an initial ("Otto Gast", "D. Kunde"), or
// after a particle with no shop named ("Van Gast"), they are a person's.
const NOBODY = new Set(
  (
    "anonymous anonym anonyme anonimo anónimo anônimo anoniem anonimowy аноним анонимно " +
    "customer customers client cliente clienta kunde kundin kunden klant klient klientka kund müşteri müşterisi " +
    "buyer buyers purchaser shopper käufer käuferin acheteur acheteuse comprador compradora acquirente kupujący koper köpare " +
    "user utente usuario usuária utilisateur utilisatrice benutzer nutzer gebruiker użytkownik " +
    "guest gast invité invitado ospite покупатель покупательница клиент пользователь гость " +
    "カスタマー 購入者 お客様 顧客 고객 구매자 匿名用户 匿名 买家 用户 淘宝用户 京东用户"
  ).split(" ")
)
const VERIFIED = new Set(
  "verified verifizierter verifizierte verifiziert vérifié vérifiée verificado verificada verificato verificata geverifieerde zweryfikowany".split(" ")
)
const SHOPS = /^(?:amazon|kindle|audible|ebay|walmart)(?:\.[a-z]{2,3})*$/u
// "a customer", "einer Kundin", "le client", "Der Kunde", "L'acheteur": no shop named, none needed.
const ARTICLES = new Set("a an ein eine einer einem eines un une uno una um uma een the le la l' el il lo der die das".split(" "))
// "Client d'Amazon", "Cliente de Amazon", "Kunde von Amazon": only with a shop named.
const OF_SHOP = new Set("d' de di da do du del della von vom van des of from".split(" "))
const MASKED = /[*•…]|\.{3}/u

/** Whether a name only says "a customer" in some language (see NOBODY). */
function isPlaceholder(name: string): boolean {
  const words = name
    .replace(/’/g, "'")
    .split(/[\s\-_,]+/u)
    .flatMap((word) => (/^[dl]'./u.test(word) ? [word.slice(0, 2), word.slice(2)] : [word]))
    .filter(Boolean)
  const shop = words.some((word) => SHOPS.test(word))
  return (
    words.some((word) => NOBODY.has(word)) &&
    words.every((word) => NOBODY.has(word) || VERIFIED.has(word) || SHOPS.test(word) || ARTICLES.has(word) || (shop && OF_SHOP.has(word)))
  )
}
const REPEAT_WEIGHT = 0.5

/** Fewer than two characters, a surrogate pair counting as one (as [...name] would count). */
function tooShort(name: string): boolean {
  return name.length < 2 || (name.length === 2 && (name.codePointAt(0) ?? 0) > 0xffff)
}

export function normaliseName(author: string | null): string | null {
  if (typeof author !== "string") return null
  const name = author.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()
  if (tooShort(name) || MASKED.test(name) || isPlaceholder(name)) return null
  return name
}

export function repeatNamesTest(reviews: readonly PreparedReview[]): Outcome {
  const byName = new Map<string, PreparedReview[]>()
  for (const review of reviews) {
    const name = normaliseName(review.review.author)
    if (!name) continue
    const list = byName.get(name)
    if (list) list.push(review)
    else byName.set(name, [review])
  }
  const named = [...byName.values()].reduce((sum, list) => sum + list.length, 0)
  if (named < 5) return skipped("repeat-names", TITLE, "Too few reviews carry a reviewer name.")
  const repeats = [...byName].filter(([, list]) => list.length > 1).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  const extra = repeats.reduce((sum, [, list]) => sum + list.length - 1, 0)
  const most = repeats[0]?.[1].length ?? 0
  const share = extra / named
  // Common names repeat by chance in large sets; one name on many reviews does not.
  const status = repeats.length === 0 ? "pass" : most >= (named >= 100 ? 4 : 3) || (share >= 0.1 && extra >= 3) ? "fail" : share >= 0.02 || named < 100 ? "warn" : "pass"
  const ids = repeats.flatMap(([, list]) => list.map((review) => review.review.id))
  const laterIds = repeats.flatMap(([, list]) => list.slice(1).map((review) => review.review.id))
  const top = repeats.slice(0, 3).map(([name, list]) => `"${name}" ${list.length}×`)
  return tested(
    {
      id: "repeat-names",
      title: TITLE,
      status,
      value: share,
      measured:
        repeats.length === 0
          ? `All ${named} named reviews have different reviewer names.`
          : `${repeats.length > 1 ? `${repeats.length} names appear` : "1 name appears"} on more than one review (${extra} extra of ${named} named reviews, ${percent(extra, named)}): ${top.join(", ")}.`,
      explanation: EXPLANATION
    },
    status === "pass" ? [] : ids,
    status === "pass" ? new Map() : weightAll(laterIds, REPEAT_WEIGHT)
  )
}
