// Italian shopping vocabulary (the common review phrases, not a full lexicon). Adjectives are
// listed in the forms reviews use (-o/-a/-i/-e, and the -issimo superlatives shoppers favour).

import type { LexiconSource } from "./entry"

export const IT: LexiconSource = {
  aspects: {
    price:
      "prezzo, prezzi, rapporto qualità prezzo, qualità prezzo, soldi, costo, costa, conveniente, convenienza, ~costoso, ~costosa, ~caro, ~cara, ~economico, ~economica",
    quality: "qualità, materiale, materiali, tessuto, finiture, finitura, fattura, costruzione, realizzazione",
    durability: "durevole, resistente, rotto, rotta, si è rotto, si è rotta, si rompe, rompe, ~durato, ~durata, ~dura",
    // Not "grande" alone: "Grande prodotto" is a great product.
    size_fit: "taglia, taglie, misura, misure, dimensioni, ~veste, ~calza, ~piccolo, ~piccola, ~stretto, ~stretta, ~largo, ~larga",
    comfort:
      "comodo, comoda, comodi, comode, comodissimo, comodissima, comodissimi, comodissime, comodità, scomodo, scomoda, scomodi, scomode",
    battery: "batteria, batterie, autonomia, carica, ricarica, caricare, pile",
    noise: "rumore, rumori, rumoroso, rumorosa, silenzioso, silenziosa, silenziosissimo",
    sound: "suono, audio, bassi, altoparlante, acustica",
    screen: "schermo, display",
    ease_of_use: "facile da usare, uso, utilizzo, ~facile, ~facilissimo, ~semplice, ~semplicissimo, ~intuitivo, ~complicato",
    setup: "installazione, montaggio, montare, installare, configurazione",
    performance: "prestazioni, potenza, potente, efficace, ~funziona",
    design: "design, colore, colori, aspetto, estetica, ~bello, ~bella, ~bellissimo, ~bellissima, ~brutto, ~brutta",
    shipping: "spedizione, consegna, corriere, ritardo, ~arrivato, ~arrivata, ~ordine",
    packaging: "imballaggio, imballo, confezione, scatola, pacco",
    customer_service: "servizio clienti, assistenza clienti, assistenza, venditore, reso, rimborso, supporto",
    smell_taste: "odore, profumo, sapore, gusto, aroma, fragranza, puzza",
    // Not "pulito": clean is also praise of a sound, a line or a design.
    cleaning: "pulizia, pulire, si pulisce, lavastoviglie",
    instructions: "istruzioni, manuale",
    weight: "peso, ~pesante, ~leggero, ~leggera"
  },
  strongPositive:
    "eccellente, ottimo, ottima, ottimi, ottime, perfetto, perfetta, perfetti, perfette, fantastico, fantastica, stupendo, stupenda, splendido, splendida, meraviglioso, meravigliosa, benissimo, bellissimo, bellissima, consigliatissimo, rapidissimo, rapidissima, velocissimo, velocissima",
  positive:
    "di qualità, di buona qualità, buono, buona, buoni, buone, bene, consiglio, consigliato, consigliata, veloce, rapido, rapida, facile, facilissimo, gentile, gentilissimo, gentilissima, soddisfatto, soddisfatta, contento, contenta, bello, bella, comodo, comoda, comodi, comode, comodissimo, comodissima, comodissimi, comodissime, poco rumore, poco rumoroso, poco rumorosa, pratico, pratica, semplice, silenzioso, silenziosa, potente, efficace, resistente, durevole, conveniente, leggero, leggera, corretto, nitido, nitida, luminoso, luminosa, solido, solida, robusto, robusta, preciso, precisa",
  // "Poco" is a complaint ("dura poco") except before a fault: little noise is praise.
  functional: "funziona, funzionano, dura, durano, durato, calza, calzano",
  negative:
    "cattivo, cattiva, male, metallico, metallica, gracchia, gracchiano, distorto, rotto, rotta, difettoso, difettosa, danneggiato, danneggiata, deluso, delusa, delusione, deludente, lento, lenta, ritardo, caro, cara, costoso, costosa, problema, problemi, scomodo, scomoda, rumoroso, rumorosa, brutto, brutta, purtroppo, poco, pochissimo, complicato, complicata, pesante, scadente, scadenti, fragile, economico, economica, difficile",
  strongNegative: "pessimo, pessima, orribile, disastro, schifo, truffa, inutile, spazzatura, vergognoso, vergognosa, incubo",
  dims: "piccolo, piccola, piccoli, piccole, grande, grandi, stretto, stretta, largo, larga, lungo, lunga, corto, corta, forte, morbido, sottile",
  byAspect: {
    "economico, economica": { price: 1, "*": -1 },
    caro: { design: 1, "*": -1 },
    "piccolo, piccola, grande": { size_fit: -0.5 },
    forte: { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "per",
    negator: "non, mai, senza, né, niente, nulla, nessun, nessuno, nessuna, nemmeno, neanche",
    contrast: "ma, però, tuttavia, eccetto, tranne, invece",
    concession: "anche se, sebbene, nonostante, benché",
    intensifier: "molto, davvero, veramente, proprio, super, tanto, così, più, assolutamente",
    excess: "troppo, troppa, troppi, troppe, un po, un poco",
    runs: "veste, vestono, calza, calzano"
  }
}
