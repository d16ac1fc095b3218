// Frequent words per language. Two uses: telling Latin-script languages apart (function words are
// the most reliable clue in a short text), and keeping them out of "frequent phrases".

const PROFILES: Record<string, string> = {
  en: "a an i in at be as by from had has were will so all after what the and is it this was for with that but not you my are have they very would of to on great good product love works nice just really too its it's don't i'm would highly",
  de: "der die das und ist nicht ich es sie mit für auf ein eine einen dem den sehr auch aber war sich zu noch wie nur gut leider bei wird hat schon kann mir man",
  fr: "le la les de en et est un une des pour pas que qui dans ce cette sur avec très mais je il elle du au sont bien produit bon c'est j'ai n'est l' d' qu' peu tout mon mes",
  es: "el la los las de a en y es un una que por para con muy pero no se lo del al está son producto bueno bien como mi me fue hay más todo esta",
  it: "il lo la gli le a in e ed è un una di da che per con non molto ma sono del della questo questa ho prodotto bene buono anche come mi più ottimo ottima perfetto perfetta acquisto consiglio tutto tutta davvero",
  pt: "o os a as de e é um uma que para com não muito mas do da dos das em no na este esta produto bom foi são mais como tem",
  // Not "i", "to", "na", "do", "po", "o", "ale", "tak", "co", "z": Czech, Slovak, Portuguese or English write them too.
  pl: "w nie się jest że jak bardzo dla czy już są mam był była było tylko też jestem",
  nl: "de het een en is niet ik dat die met voor op zeer maar ook was zijn heel goed product wel erg je er van",
  // Words Slovak and Polish spell otherwise (sk "som", "sú", "veľmi", "ktorý", "alebo", "rýchlo",
  // "tovar"; pl "był"), review staples included, and "je", which French and Dutch write too (it
  // counts for each); not "to", "na", "ale", "jako", "také", "kvalita" or "doprava", which Slovak
  // or Polish write as well. "se" ties some short Spanish reviews ("Mala calidad, se rompió" is
  // undecided, and still read with the Spanish words, which know most of it).
  cs: "se líbí nelíbí nefunguje je jsem jsme jsou není velmi který která které nebo jen pro při když byl byla bylo ještě hodně docela protože rychle rychlá rychlé rychlý zboží dodání doporučuji spokojená spokojený",
  // Slovak's own spellings (cs "jsem", "jsou", "velmi", "který", "nebo", "jako", "také", "rychle",
  // "zboží"), with "je"; not "nie", which Polish writes too.
  sk: "sa je aj ako lebo tiež iba celkom som sú veľmi ktorý ktorá ktoré alebo len pre pri keď bol bola bolo ešte dosť pretože rýchlo rýchla rýchle rýchly tovar odporúčam spokojný spokojná páči nepáči nefunguje čo nič tú túto tie sme ste"
}

export const LANGUAGE_PROFILES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(PROFILES).map(([language, list]) => [language, new Set(list.split(" "))])
)

// Shopping-review filler that names no aspect of the product: who it was for, when, how often.
const FILLER =
  "a an i me we our us he him his she her they them their you your it its this that these those there here what which who when where why how all any some each every one two three four five first second also just only even still again so very really much more most than then too as at by from in into of off on onto out over to up with about after before because been being did do does done get got getting had has have having is was were be am are will would could should can may might must shall not no yes ok okay my mine i'm i've i'd it's that's don't didn't doesn't isn't wasn't can't won't bought buy buying ordered order purchase purchased amazon product products item items thing things stuff time times day days week weeks month months year years son daughter wife husband kids kid family friend gift use used using using need needed want wanted got make made like well back way lot bit little star stars review reviews recommend though although however since while around ago now new another other others same such"

const STOP = new Set<string>([...FILLER.split(" "), ...Object.values(PROFILES).flatMap((list) => list.split(" "))])

/** Function words and review filler of any supported language. */
export function isStopword(token: string): boolean {
  return STOP.has(token)
}

/** Han characters that carry grammar, not meaning (的, 了, 我, 很 …): never part of a phrase. */
export const HAN_STOP = new Set([..."的了是我你他她它们很也都就在不没有这那个吗呢吧啊呀哦还和与及或但而又再才只被把给让对从向到为用说要会能可以得地着过一上下来去里中大小多少好"])
