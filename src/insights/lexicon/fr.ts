// French shopping vocabulary (the common review phrases, not a full lexicon).

import type { LexiconSource } from "./entry"

export const FR: LexiconSource = {
  aspects: {
    price: "prix, tarif, coût, argent, rapport qualité prix, rapport qualité-prix, qualité prix, qualité-prix, abordable, onéreux, ~cher, ~chère, ~chers, ~bon marché",
    quality: "qualité, matière, matériau, matériaux, tissu, finition, finitions, fabrication",
    durability: "solide, durable, cassé, cassée, casse, abîmé, abîmée, résistant, résistante, tenue, ~tient",
    size_fit: "taille, tailles, pointure, coupe, ajusté, serré, serrée, ~petit, ~petite, ~grand, ~grande",
    comfort: "confortable, confortables, confort, inconfortable",
    battery: "batterie, autonomie, charge, recharge, piles, chargeur",
    noise: "bruit, bruyant, bruyante, silencieux, silencieuse, sonore",
    sound: "son, basses, haut parleur, haut-parleur",
    screen: "écran, affichage",
    ease_of_use: "facile à utiliser, utilisation, prise en main, pratique, ~facile, ~compliqué",
    setup: "montage, installation, monter, installer",
    performance: "performance, performances, puissance, puissant, efficace, ~fonctionne, ~marche",
    design: "design, couleur, couleurs, look, style, ~joli, ~jolie, ~beau, ~belle",
    shipping: "livraison, livré, livrée, envoi, expédition, colis, ~reçu, ~arrivé, ~arrivée",
    packaging: "emballage, emballé, carton, boîte, paquet",
    customer_service: "service client, service après vente, sav, vendeur, remboursement, retour, support",
    smell_taste: "odeur, parfum, senteur, goût, ~sent",
    cleaning: "nettoyage, nettoyer, lave vaisselle, lave-vaisselle",
    instructions: "notice, instructions, mode d'emploi",
    weight: "poids, ~lourd, ~léger, ~légère"
  },
  strongPositive: "super, parfait, parfaite, parfaitement, excellent, excellente, génial, géniale, ravi, ravie, impeccable, magnifique, top",
  positive:
    "bon, bonne, bien, satisfait, satisfaite, recommande, rapide, rapidement, facile, agréable, soigné, soignée, conforme, efficace, beau, belle, joli, jolie, doux, douce, confortable, confortables, solide, durable, résistant, pratique, silencieux, silencieuse, puissant, abordable, léger, légère, correct, sympa, au rendez-vous, réactif, réactive, réactifs",
  functional: "fonctionne, marche, tient, correspond",
  negative:
    "mauvais, mauvaise, médiocre, déçu, déçue, décevant, décevante, cassé, cassée, abîmé, abîmée, endommagé, lent, lente, cher, chère, bruyant, bruyante, inconfortable, fragile, problème, problèmes, défaut, défectueux, injoignable, dommage, malheureusement, retard, perdu, temps fou, compliqué, lourd, moche, manque, abimé, rayé, fuite",
  strongNegative: "nul, nulle, horrible, catastrophique, arnaque, à fuir",
  dims: "petit, petite, grand, grande, serré, serrée, large, long, longue, court, courte, fin, fine, épais, dur, mou, fort, forte, chaud, froid, étroit",
  byAspect: {
    cher: { design: 1, "*": -1 },
    petit: { size_fit: -0.5 },
    petite: { size_fit: -0.5 },
    grand: { size_fit: -0.5 },
    grande: { size_fit: -0.5 },
    fort: { smell_taste: -1, "*": 1 },
    forte: { smell_taste: -1, "*": 1 },
    fin: { quality: -0.5 }
  },
  roles: {
    result: "pour",
    negator: "ne, n', pas, jamais, aucun, aucune, sans, rien, ni, pas du tout, plus jamais",
    contrast: "mais, cependant, pourtant, toutefois, par contre, en revanche, sauf",
    concession: "bien que, même si, malgré, quoique",
    intensifier: "très, vraiment, hyper, assez, tellement, plutôt, extrêmement, si",
    excess: "trop, un peu trop, beaucoup trop, un peu",
    runs: "taille"
  }
}
