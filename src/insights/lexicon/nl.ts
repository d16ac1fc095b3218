// Dutch shopping vocabulary, Netherlands and Flanders (the common review phrases, not a full
// lexicon). Like German, a verb's "niet" follows it ("werkt niet"), and clothes "vallen klein".

import type { LexiconSource } from "./entry"

export const NL: LexiconSource = {
  aspects: {
    price: "prijs, prijzen, prijs-kwaliteitverhouding, prijs kwaliteit, prijs-kwaliteit, geld, kosten, betaalbaar, ~duur, ~goedkoop, ~voordelig",
    quality: "kwaliteit, materiaal, materialen, afwerking, gemaakt, degelijk",
    durability: "duurzaam, kapot, stuk, gebroken, sterk, stevig, ~gaat mee, ~ging mee",
    size_fit: "maat, maten, pasvorm, ~past, ~klein, ~kleiner, ~groot, ~groter, ~krap, ~ruim",
    comfort: "comfortabel, comfort, draagcomfort, oncomfortabel, ~knelt",
    battery: "batterij, batterijen, accu, accuduur, opladen, laadtijd",
    noise: "lawaai, herrie, geluidsniveau, lawaaierig, stil, stille, luid",
    sound: "geluid, geluidskwaliteit, klank, bas, bassen, speaker",
    screen: "scherm, beeldscherm, display",
    ease_of_use: "gebruiksvriendelijk, bediening, in gebruik, gebruiksgemak, ~makkelijk, ~gemakkelijk, ~eenvoudig, ~ingewikkeld",
    setup: "montage, installatie, monteren, installeren, in elkaar zetten, opbouwen",
    performance: "prestaties, vermogen, krachtig, zuigkracht, ~werkt",
    design: "ontwerp, design, kleur, kleuren, uiterlijk, ~mooi, ~mooie, ~lelijk, ~ziet",
    shipping: "levering, bezorging, verzending, geleverd, bezorgd, levertijd, ~pakket, ~kwam, ~aangekomen",
    packaging: "verpakking, verpakt, doos",
    customer_service: "klantenservice, service, verkoper, retour, retourneren, terugbetaling, support",
    smell_taste: "geur, ruikt, smaak, smaakt, stinkt",
    cleaning: "schoonmaken, schoon te maken, reinigen, vaatwasser, vaatwasserbestendig",
    instructions: "handleiding, instructies, gebruiksaanwijzing",
    // Not "licht" alone: it is also the light a lamp gives.
    weight: "gewicht, lichtgewicht, licht van gewicht, lekker licht, mee te nemen, ~zwaar"
  },
  strongPositive: "uitstekend, perfect, geweldig, fantastisch, prachtig, top, super, supersnel, heerlijk, aanrader, dikke aanrader",
  positive:
    "goed, goede, prima, tevreden, mooi, mooie, snel, snelle, makkelijk, gemakkelijk, eenvoudig, fijn, fijne, handig, stevig, sterk, degelijk, stil, comfortabel, betaalbaar, voordelig, krachtig, helder, scherp, behulpzaam, vriendelijk, aanrader, aan te raden, klopt, lekker",
  functional: "werkt, past, gaat mee",
  negative:
    "slecht, slechte, slechter, lawaai, herrie, leeg, snel leeg, valt tegen, viel tegen, vallen tegen, teleurgesteld, teleurstellend, helaas, kapot, stuk, defect, beschadigd, traag, langzaam, luid, lawaaierig, ingewikkeld, oncomfortabel, duur, probleem, problemen, ontbreekt, ontbraken, mist, stinkt, zwak, wiebelig, zwaar, goedkoop, onduidelijk, lastig, te laat, vertraging, blikkerig, knelt",
  // "Een stuk beter": a lot better, nothing broken.
  neutral: "een stuk, een heel stuk",
  strongNegative: "zonde van het geld, waardeloos, verschrikkelijk, vreselijk, rommel, troep, drama, ramp, oplichting, afrader",
  dims: "klein, kleiner, groot, groter, krap, ruim, kort, lang, hoog, laag, dik, dun, hard, zacht, sterk",
  byAspect: {
    goedkoop: { price: 1, "*": -1 },
    duur: { design: 1, "*": -1 },
    "klein, kleiner, groot, groter, krap": { size_fit: -0.5 },
    sterk: { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "om",
    negator: "niet, geen, nooit, zonder, nauwelijks, niets, niks",
    "post-negator": "niet",
    contrast: "maar, echter, toch, behalve",
    concession: "hoewel, ofschoon, al is",
    intensifier: "heel, erg, zeer, echt, super, ontzettend, enorm, behoorlijk, best",
    excess: "te, veel te, iets te, een beetje te, wat te",
    runs: "valt, vallen, viel"
  }
}
