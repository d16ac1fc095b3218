// Portuguese shopping vocabulary, Brazilian and European (the common review phrases, not a full
// lexicon). Adjectives in the forms reviews use (-o/-a/-os/-as).

import type { LexiconSource } from "./entry"

export const PT: LexiconSource = {
  aspects: {
    price:
      "preço, preços, custo benefício, custo-benefício, relação qualidade preço, dinheiro, custo, valor, vale a pena, ~caro, ~barato, ~barata, ~econômico, ~económico",
    quality: "qualidade, material, materiais, tecido, acabamento, acabamentos, fabricação",
    durability: "durável, duradouro, resistente, quebrou, quebrado, quebrada, estragou, ~durou, ~dura",
    size_fit: "tamanho, tamanhos, numeração, medida, medidas, ~serviu, ~pequeno, ~pequena, ~grande, ~apertado, ~apertada, ~largo, ~larga",
    comfort: "confortável, confortáveis, conforto, desconfortável, desconfortáveis",
    // Not "carregar": it is to carry as much as to charge.
    battery: "bateria, baterias, autonomia, carga, carregador, carregamento, pilhas",
    noise: "barulho, ruído, barulhento, barulhenta, ruidoso, silencioso, silenciosa",
    sound: "som, áudio, graves, grave, alto-falante, caixa de som",
    screen: "tela, ecrã, display",
    ease_of_use: "fácil de usar, uso, manuseio, ~fácil, ~simples, ~prático, ~prática, ~complicado",
    setup: "instalação, montagem, montar, instalar, configuração",
    performance: "desempenho, potência, potente, eficiente, ~funciona",
    design: "design, cor, cores, aparência, visual, ~bonito, ~bonita, ~lindo, ~linda, ~feio, ~feia",
    shipping: "entrega, envio, frete, prazo, atraso, ~chegou, ~pedido",
    packaging: "embalagem, embalado, embalada, caixa, pacote",
    customer_service: "atendimento, suporte, vendedor, loja, devolução, reembolso, troca",
    smell_taste: "cheiro, perfume, sabor, aroma, fragrância",
    cleaning: "limpeza, limpar, lava-louças, lava louças, máquina de lavar loiça",
    instructions: "instruções, manual",
    weight: "peso, ~pesado, ~pesada, ~leve"
  },
  strongPositive:
    "excelente, ótimo, ótima, ótimos, perfeito, perfeita, maravilhoso, maravilhosa, incrível, sensacional, amei, adorei, lindo, linda, recomendo muito, super recomendo",
  positive:
    "bom, boa, bons, boas, bem, recomendo, rápido, rápida, fácil, atencioso, atenciosa, satisfeito, satisfeita, gostei, bonito, bonita, confortável, pouco barulho, pouco barulhento, pouco ruído, prático, prática, simples, silencioso, silenciosa, potente, eficiente, resistente, durável, leve, correto, limpo, nítido, nítida, firme, macio, macia",
  functional: "funciona, funcionou, dura, durou, serviu",
  negative:
    "ruim, mau, má, quebrou, quebrado, quebrada, defeito, defeituoso, danificado, danificada, amassado, amassada, decepcionado, decepcionada, decepção, lento, lenta, atraso, atrasou, caro, problema, problemas, desconfortável, barulhento, barulhenta, feio, feia, infelizmente, pouco, complicado, complicada, pesado, pesada, faltou, faltaram, fraco, fraca, barato, barata, arranha, enjoativo",
  strongNegative: "péssimo, péssima, horrível, lixo, golpe, decepcionante, não recomendo, uma porcaria, porcaria",
  dims: "pequeno, pequena, menor, grande, grandes, maior, apertado, apertada, largo, larga, comprido, curto, curta, forte, duro, mole, fino, fina",
  byAspect: {
    "barato, barata": { price: 1, "*": -1 },
    caro: { design: 1, "*": -1 },
    "pequeno, pequena, menor, maior, grande": { size_fit: -0.5 },
    forte: { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "para",
    negator: "não, nunca, sem, nem, nada, nenhum, nenhuma, ninguém",
    contrast: "mas, porém, entretanto, contudo, exceto, só que",
    concession: "embora, apesar de, mesmo que",
    intensifier: "muito, muita, bem, bastante, super, realmente, totalmente, tão, mais",
    excess: "demais, demasiado, um pouco, meio",
    runs: "veste, vestiu, ficou, fica"
  }
}
