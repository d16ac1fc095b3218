// Czech shopping vocabulary (the common review phrases, not a full lexicon). Czech inflects every
// adjective and noun, so the forms reviews use most are listed (dobrý/dobrá/dobré, cena/ceny/cenu),
// and it negates by a prefix: "nefunguje", "nepohodlné" are words of their own here, not "ne" + word.
// Slovak has its own list (sk.ts); a Slovak review with none of Slovak's letters or words may
// still be read with this one, so "nie" is listed. Czech negates twice ("nikde netlačí", "nebyl
// žádný problém"): "nikdy", "nic", "nikde" and "ani" are no negators, and "nebyl žádný" flips
// once, as one phrase.

import type { LexiconSource } from "./entry"

export const CS: LexiconSource = {
  aspects: {
    price:
      "na tu cenu, cena, ceny, cenu, ceně, cenou, za tu cenu, poměr cena výkon, poměr cena kvalita, poměr ceny a kvality, peníze, peněz, stojí za to, ~drahý, ~drahá, ~drahé, ~levný, ~levná, ~levné, ~předražený, ~předražená, ~předražené, ~levně",
    quality: "kvalita, kvality, kvalitu, kvalitou, kvalitní, nekvalitní, materiál, materiálu, materiály, zpracování, zpracované, zpracovaný, zpracovaná, látka, švy",
    durability: "odolný, odolná, odolné, vydržel, vydržela, vydrželo, rozbil se, rozbila se, rozbilo se, rozbilo, rozbil, rozbila, praskl, praskla, prasklo, ~vydrží",
    size_fit: "velikost, velikosti, velikostí, ~sedí, ~malý, ~malá, ~malé, ~menší, ~velký, ~velká, ~velké, ~větší, ~těsný, ~těsné",
    comfort: "pohodlný, pohodlná, pohodlné, pohodlně, pohodlí, nepohodlný, nepohodlná, nepohodlné, tlačí, netlačí",
    battery: "baterie, baterii, baterka, baterky, nabíječka, nabíječku, akumulátor, výdrž, výdrže, nabíjení, nabíjet, vybíjí, vybije",
    noise: "hluk, hluku, hlučný, hlučná, hlučné, hlučně, hlasitý, tichý, tichá, tiché, potichu",
    sound: "zvuk, zvuku, basy, reproduktor, reproduktory",
    screen: "displej, displeje, obrazovka, obrazovky",
    ease_of_use: "ovládání, obsluha, snadné použití, ~jednoduchý, ~jednoduchá, ~jednoduché, ~jednoduše, ~snadný, ~snadné, ~snadno, ~složitý, ~složité",
    setup: "montáží, skládá, skládání, montáž, montáže, instalace, instalaci, sestavení, složení, složit, sestavit, smontovat",
    performance: "výkon, výkonu, výkonný, výkonná, výkonné, sací síla, ~funguje",
    design: "vzhled, design, barva, barvy, barvu, vypadá, ~pěkný, ~pěkná, ~pěkné, ~krásný, ~krásná, ~krásné, ~hezký, ~hezká, ~hezké, ~ošklivý, ~ošklivá, ~ošklivé",
    shipping: "doprava, dopravu, doručení, dodání, dodávka, zásilka, zásilku, kurýr, balík, ~přišlo, ~přišla, ~přišel, ~dorazilo, ~dorazila, ~dorazil",
    packaging: "balení, obal, obalu, krabice, krabici, zabalené, zabalený, zabalená",
    customer_service: "zákaznický servis, zákaznická podpora, prodejce, prodejci, obchod, reklamace, reklamaci, vrácení, komunikace, přístup",
    smell_taste: "vůně, vůni, voní, zápach, zapáchá, smrdí, chuť, chuti, chutná",
    cleaning: "čistí, čištění, čistit, čistí se, se čistí, vyčistit, myčka, myčce, mytí, umýt",
    instructions: "návod, návodu, návodem, manuál",
    weight: "váha, hmotnost, ~těžký, ~těžká, ~těžké, ~lehký, ~lehká, ~lehké"
  },
  strongPositive:
    "skvělou, výbornou, skvělý, skvělá, skvělé, skvěle, výborný, výborná, výborné, výborně, perfektní, perfektně, dokonalý, dokonalá, dokonalé, úžasný, úžasná, úžasné, nejlepší, super, doporučuji, doporucuji, vřele doporučuji, bleskové, bleskově, naprosto spokojen, naprosto spokojená, top",
  positive:
    "líbí, dobrou, pěknou, krásnou, příjemnou, rychlou, dobrý, dobrá, dobré, dobře, dobry, dobra, dobre, kvalitní, kvalitni, rychlý, rychlá, rychlé, rychle, spokojen, spokojená, spokojený, spokojenost, pěkný, pěkná, pěkné, pěkně, hezký, hezká, hezké, hezky, krásný, krásná, krásné, krásně, pohodlný, pohodlná, pohodlné, pohodlně, tichý, tichá, tiché, jednoduchý, jednoduchá, jednoduché, jednoduše, snadno, snadný, snadné, praktický, praktická, praktické, odolný, odolná, odolné, lehký, lehká, lehké, levný, levná, levné, ochotný, ochotná, ochotně, příjemný, příjemná, příjemné, příjemně, čistý, čistá, čisté, spolehlivý, spolehlivá, spolehlivé, pevný, pevná, pevné, bez problémů, bez problému, v pořádku, vyplatí se, stojí za to, ok, netlačí, přesně, sedí přesně, zvládnete, hravě, bez nabíjení, bez dobíjení",
  functional: "odpovídá, odpovídají, funguje, fungují, sedí, drží, vydrží, vydržel, vydržela",
  negative:
    "není nic moc, není to nic moc, nic moc, nelíbí, špatnou, slabou, horší, slabší, spatny, spatna, spatne, nefungoval, nefungovala, nefungovalo, nevydrží, nevydržel, nevydržela, nevydrželo, nestojí za to, nevyplatí se, špatný, špatná, špatné, špatně, slabý, slabá, slabé, slabě, rozbitý, rozbitá, rozbité, poškozený, poškozená, poškozené, nefunguje, nefungují, přestal fungovat, přestala fungovat, přestalo fungovat, zklamání, zklamaný, zklamaná, pomalý, pomalá, pomalé, pomalu, drahý, drahá, drahé, předražený, předražená, předražené, problém, problémy, nepohodlný, nepohodlná, nepohodlné, hlučný, hlučná, hlučné, ošklivý, ošklivá, ošklivé, bohužel, složitý, složité, těžký, těžká, těžké, chybí, chyběl, chyběla, vybíjí, praskl, praskla, prasklo, rozbil, rozbila, rozbilo, nekvalitní, tlačí, smrdí, zapáchá, pozdě, zpoždění, hořký, hořké, hořce, nepříjemný, nepříjemná, nepříjemné, nepříjemně, rychle se vybíjí, se rychle vybíjí, rychle vybíjí, později, zpožděním, neodpovídá, nereaguje, nereagují, nesedí, bolí, jiná než na obrázku, jiná než na fotce",
  mildNegative: "sotva, jen tak tak",
  // "Děkuji za…" thanks.
  neutral: "děkuji za, díky za, bez zápachu",
  strongNegative:
    "mizerný, mizerná, mizerné, vyhozené peníze, k ničemu, hrozný, hrozná, hrozné, příšerný, příšerná, příšerné, katastrofa, nedoporučuji, nedoporucuji, nekupujte, odpad, šmejd, podvod, noční můra, strašný, strašná, strašné",
  dims: "dlouhé, dlouhá, krátké, krátká, malý, malá, malé, menší, velký, velká, velké, větší, těsný, těsná, těsné, volný, volná, volné, dlouhý, krátký, silný, silná, silné, tvrdý, měkký",
  byAspect: {
    "levný, levná, levné, levně": { price: 1, "*": -1 },
    // "Cena je vysoká" is a complaint, "vysoká kvalita" praise.
    "vysoký, vysoká, vysoké": { price: -1, "*": 1 },
    "malý, malá, malé, menší, velký, velká, velké, větší": { size_fit: -0.5 },
    "silný, silná, silné": { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "aby",
    // "Není dobrá", "nejsou pohodlné": the adjective after "není" has no "ne-" of its own. Not
    // "nikdy", "nic", "nikde", "ani": they come with a verb that already has it ("nic nefunguje",
    // "nikde netlačí"); "nebyl žádný (problém)" is one negator, so the two flip once.
    negator: "nebyl žádný, nebyl žádnej, není žádný, nebyly žádné, nebyla žádná, nebyl s tím žádný, ne, není, neni, nejsou, nejsem, nebyl, nebyla, nebylo, nebyly, nie, bez, žádný, žádná, žádné, moc ne, příliš ne",
    contrast: "ale, však, jenže, naopak, kromě",
    concession: "i když, přestože, ačkoli, ačkoliv, sice",
    intensifier: "hrozně, velmi, hodně, opravdu, fakt, naprosto, úplně, strašně, extrémně, docela, moc",
    // Not "moc" (an intensifier above, first listed wins): "moc drahé" (too dear) and "moc
    // pohodlné" (very comfortable) are both said, and it sharpens whichever it is.
    excess: "příliš, trochu, trošku, až moc",
    runs: "vychází"
  }
}
