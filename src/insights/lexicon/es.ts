// Spanish shopping vocabulary (the common review phrases, not a full lexicon).

import type { LexiconSource } from "./entry"

export const ES: LexiconSource = {
  aspects: {
    price: "precio, precios, relación calidad precio, relación calidad-precio, calidad precio, calidad-precio, dinero, coste, costo, económico, asequible, ~caro, ~cara, ~barato, ~barata",
    quality: "calidad, material, materiales, tela, acabado, acabados, fabricación",
    durability: "duradero, duradera, resistente, roto, rota, se rompió, rompió, ~duró, ~dura",
    size_fit: "talla, tallas, tamaño, ajustado, ~queda, ~pequeño, ~pequeña, ~grande",
    comfort: "cómodo, cómoda, cómodos, cómodas, comodidad, incómodo, incómoda",
    battery: "batería, baterías, autonomía, carga, cargar, pilas",
    noise: "ruido, ruidoso, ruidosa, silencioso, silenciosa",
    sound: "sonido, audio, graves, altavoz",
    screen: "pantalla",
    ease_of_use: "fácil de usar, uso, manejo, ~fácil, ~sencillo, ~complicado",
    setup: "instalación, montaje, montar, instalar",
    performance: "rendimiento, potencia, potente, eficaz, ~funciona",
    design: "diseño, color, colores, aspecto, ~bonito, ~bonita, ~precioso, ~preciosa, ~feo, ~fea",
    shipping: "envío, entrega, ~llegó, ~pedido, retraso",
    packaging: "embalaje, empaque, caja, paquete",
    customer_service: "atención al cliente, servicio al cliente, vendedor, devolución, reembolso, soporte",
    smell_taste: "olor, huele, sabor, aroma, fragancia",
    cleaning: "limpieza, limpiar, lavavajillas",
    instructions: "instrucciones, manual",
    weight: "peso, ~pesado, ~ligero"
  },
  strongPositive: "excelente, perfecto, perfecta, genial, encantado, encantada, encanta, me encanta, rapidísimo, rapidísima, estupendo, precioso, preciosa, maravilla",
  positive:
    "bueno, buena, buen, bien, recomiendo, recomendable, rápido, rápida, fácil, amable, satisfecho, satisfecha, contento, contenta, bonito, bonita, cómodo, cómoda, cómodos, cómodas, práctico, sencillo, silencioso, silenciosa, potente, eficaz, resistente, duradero, económico, asequible, ligero, correcto",
  functional: "funciona, dura, duró, queda",
  negative:
    "malo, mala, mal, roto, rota, rompió, defectuoso, dañado, decepcionado, decepción, decepcionante, lento, retraso, caro, problema, problemas, incómodo, incómoda, ruidoso, ruidosa, feo, fea, lamentablemente, desgraciadamente, poco, complicado, pesado, tardó, falta, barato",
  strongNegative: "pésimo, pésima, horrible, desastre, basura, estafa, deja mucho que desear, deja que desear, deja bastante que desear",
  dims: "pequeño, pequeña, grande, grandes, ajustado, estrecho, ancho, largo, corto, fuerte, duro, blando, fino",
  byAspect: {
    barato: { price: 1, "*": -1 },
    barata: { price: 1, "*": -1 },
    caro: { design: 1, "*": -1 },
    pequeño: { size_fit: -0.5 },
    pequeña: { size_fit: -0.5 },
    grande: { size_fit: -0.5 },
    fuerte: { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "para",
    negator: "no, nunca, sin, ni, nada, tampoco, ningún, ninguna, ninguno",
    contrast: "pero, sin embargo, excepto, salvo, no obstante",
    concession: "aunque, a pesar de",
    intensifier: "muy, bastante, súper, realmente, totalmente, tan, más",
    excess: "demasiado, demasiada, un poco, algo",
    runs: "queda, quedan"
  }
}
