// Slovak shopping vocabulary (the common review phrases, not a full lexicon), the Czech list's
// counterpart: Slovak spells most of it otherwise (batéria, rýchly, veľmi, odporúčam, spokojný,
// "sa" for "se"). Inflected forms as reviews use them, negation by prefix ("nefunguje") and twice
// over ("nikde netlačia", "nebol žiadny problém"), as in Czech.

import type { LexiconSource } from "./entry"

export const SK: LexiconSource = {
  aspects: {
    price:
      "cena, ceny, cenu, cene, cenou, za túto cenu, za tú cenu, na túto cenu, pomer cena výkon, pomer cena kvalita, pomer ceny a kvality, peniaze, peňazí, oplatí sa, stojí za to, ~drahý, ~drahá, ~drahé, ~lacný, ~lacná, ~lacné, ~lacno, ~predražený, ~predražená, ~predražené",
    quality: "kvalita, kvality, kvalitu, kvalitou, kvalitný, kvalitná, kvalitné, nekvalitný, nekvalitné, materiál, materiálu, spracovanie, spracované, spracovaný, spracovaná, látka, švy",
    durability: "odolný, odolná, odolné, vydržal, vydržala, vydržalo, pokazil sa, pokazila sa, pokazilo sa, pokazilo, pokazil, rozbil sa, rozbilo sa, praskol, praskla, prasklo, ~vydrží",
    size_fit: "veľkosť, veľkosti, veľkosťou, ~sedí, ~sedia, ~malý, ~malá, ~malé, ~menší, ~menšia, ~menšie, ~väčšia, ~veľký, ~veľká, ~veľké, ~väčší, ~väčšie, ~tesný, ~tesné",
    comfort: "pohodlný, pohodlná, pohodlné, pohodlne, pohodlie, nepohodlný, nepohodlná, nepohodlné, tlačí, tlačia, netlačí, netlačia",
    battery: "batéria, batérie, batériu, batériou, baterka, nabíjačka, nabíjačku, akumulátor, výdrž, výdrže, nabíjanie, nabíjania, nabíjať, vybíja, vybije",
    noise: "hluk, hluku, hlučný, hlučná, hlučné, hlučne, hlasný, tichý, tichá, tiché, potichu",
    sound: "zvuk, zvuku, basy, reproduktor, reproduktory",
    screen: "displej, displeja, obrazovka, obrazovky",
    ease_of_use: "ovládanie, obsluha, ~jednoduchý, ~jednoduchá, ~jednoduché, ~jednoducho, ~ľahko, ~zložitý, ~zložité",
    setup: "montáž, montáže, montážou, inštalácia, inštaláciu, skladanie, zostavenie, zložiť, poskladať, zmontovať",
    performance: "výkon, výkonu, výkonný, výkonná, výkonné, sacia sila, ~funguje",
    design: "vzhľad, dizajn, farba, farby, farbu, vyzerá, ~pekný, ~pekná, ~pekné, ~krásny, ~krásna, ~krásne, ~nádherný, ~nádherná, ~nádherné, ~škaredý, ~škaredá, ~škaredé",
    shipping: "doprava, dopravu, doručenie, doručením, dodanie, dodávka, zásielka, zásielku, kuriér, balík, ~prišlo, ~prišla, ~prišiel, ~dorazilo, ~dorazila",
    packaging: "balenie, obal, obalu, krabica, krabicu, zabalené, zabalený, zabalená",
    customer_service: "zákaznícky servis, zákaznícka podpora, predajca, predajcu, obchod, reklamácia, reklamáciu, vrátenie, komunikácia, prístup",
    smell_taste: "vôňa, vôňu, vonia, zápach, zapácha, smrdí, chuť, chuti, chutí",
    cleaning: "čistí, čistenie, čistiť, vyčistiť, umývačka, umývačke, umývanie, umyť",
    instructions: "návod, návodu, návodom, manuál",
    weight: "váha, hmotnosť, ~ťažký, ~ťažká, ~ťažké, ~ľahký, ~ľahká, ~ľahké"
  },
  strongPositive:
    "skvelú, výbornú, skvelý, skvelá, skvelé, skvele, výborný, výborná, výborné, výborne, perfektný, perfektná, perfektné, perfektne, dokonalý, dokonalá, dokonalé, úžasný, úžasná, úžasné, nádherný, nádherná, nádherné, nádherne, najlepší, super, odporúčam, vrelo odporúčam, bleskové, bleskovo, maximálna spokojnosť, top",
  positive:
    "páči, fajn, v pohode, nemám čo vytknúť, dobrú, peknú, krásnu, príjemnú, kvalitnú, rýchlu, dobrý, dobrá, dobré, dobre, kvalitný, kvalitná, kvalitné, rýchly, rýchla, rýchle, rýchlo, spokojný, spokojná, spokojnosť, pekný, pekná, pekné, pekne, krásny, krásna, krásne, pohodlný, pohodlná, pohodlné, pohodlne, tichý, tichá, tiché, jednoduchý, jednoduchá, jednoduché, jednoducho, ľahko, praktický, praktická, praktické, odolný, odolná, odolné, ľahký, ľahká, ľahké, lacný, lacná, lacné, ochotný, ochotná, ochotne, príjemný, príjemná, príjemné, príjemne, čistý, čistá, čisté, spoľahlivý, spoľahlivá, spoľahlivé, pevný, pevná, pevné, bez problémov, bez problému, v poriadku, oplatí sa, stojí za to, ok, netlačí, netlačia, presne, sedí presne, zvládnete, bez nabíjania",
  functional: "zodpovedá, zodpovedajú, funguje, fungujú, sedí, sedia, drží, vydrží, vydržal, vydržala",
  negative:
    "nie je nič moc, nie je to nič moc, nič moc, nepáči, nezodpovedá, nezodpovedajú, rozbil, rozbila, rozbilo, nestojí to za to, meškal, meškala, meškalo, meškanie, škoda peňazí, horší, horšia, horšie, slabšia, slabšie, zlú, slabú, nefungoval, nefungovala, nefungovalo, nevydrží, nevydržal, nevydržala, nestojí za to, neoplatí sa, zlý, zlá, zlé, zle, slabý, slabá, slabé, slabo, rozbitý, rozbitá, rozbité, poškodený, poškodená, poškodené, pokazený, pokazená, pokazené, nefunguje, nefungujú, prestal fungovať, prestala fungovať, prestalo fungovať, sklamanie, sklamaný, sklamaná, pomalý, pomalá, pomalé, pomaly, drahý, drahá, drahé, predražený, predražená, predražené, problém, problémy, nepohodlný, nepohodlná, nepohodlné, hlučný, hlučná, hlučné, škaredý, škaredá, škaredé, bohužiaľ, žiaľ, zložitý, zložité, ťažký, ťažká, ťažké, chýba, chýbal, chýbala, vybíja, praskol, praskla, prasklo, pokazil, pokazila, pokazilo, nekvalitný, nekvalitné, tlačí, tlačia, smrdí, zapácha, neskoro, oneskorenie, neskôr, horký, horké, horko, nepríjemný, nepríjemná, nepríjemné, nepríjemne, rýchlo sa vybíja, sa rýchlo vybíja, rýchlo vybíja, neodpovedá, nereaguje, nereagujú, nesedí, nesedia, bolí, iná ako na obrázku, iná ako na fotke",
  mildNegative: "sotva, len tak tak",
  // "Ďakujem za…" thanks.
  neutral: "ďakujem za, vďaka za, bez zápachu",
  strongNegative:
    "hrozný, hrozná, hrozné, príšerný, príšerná, príšerné, katastrofa, neodporúčam, nekupujte, odpad, šmejd, podvod, nočná mora, strašný, strašná, strašné, mizerný, mizerná, mizerné, vyhodené peniaze, na nič",
  dims: "menšia, väčšia, malý, malá, malé, menší, menšie, veľký, veľká, veľké, väčší, väčšie, tesný, tesná, tesné, voľný, voľná, voľné, dlhý, dlhá, dlhé, krátky, krátka, krátke, silný, silná, silné, tvrdý, mäkký",
  byAspect: {
    "lacný, lacná, lacné, lacno": { price: 1, "*": -1 },
    "malý, malá, malé, menší, menšie, menšia, väčšia, veľký, veľká, veľké, väčší, väčšie": { size_fit: -0.5 },
    // "Cena je vysoká" is a complaint, "vysoká kvalita" praise.
    "vysoký, vysoká, vysoké, vyššia, vyššie": { price: -1, "*": 1 },
    "nízka, nízke": { price: 1, "*": -1 },
    "silný, silná, silné": { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "aby",
    // "Nie je dobrá", "nie sú pohodlné": the adjective after "nie je" has no "ne-" of its own. Not
    // "nikdy", "nič", "nikde", "ani": they come with a verb that already has it; "nebol žiadny
    // (problém)" is one negator, so the two flip once.
    negator: "nebol s tým žiadny, nie je s tým žiadny, nebol žiaden, nie je žiaden, žiaden, nebola žiadny, nebol žiadny, nebola žiadna, neboli žiadne, nie je žiadny, nie, nie je, nie sú, nie som, nebol, nebola, nebolo, neboli, bez, žiadny, žiadna, žiadne",
    contrast: "ale, však, lenže, naopak, okrem",
    concession: "aj keď, hoci, napriek tomu, síce",
    // "Hrozne" is colloquially "very", as Czech "hrozně".
    intensifier: "hrozne, veľmi, dosť, naozaj, fakt, úplne, strašne, extrémne, celkom, moc",
    // Not "moc" (an intensifier above): "moc drahé" and "moc pohodlné" are both said.
    excess: "príliš, trochu, trošku, až príliš",
    runs: "vychádza"
  }
}
