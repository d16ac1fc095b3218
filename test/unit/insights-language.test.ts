import { describe, expect, it } from "vitest"

import { detectLanguage } from "~src/insights/text/language"
import { PROFILE_LANGUAGES } from "~src/insights/text/vocabulary"

describe("detecting a review's language", () => {
  it("tells the main Latin-script languages apart by their function words", () => {
    expect(detectLanguage("The battery lasts all day and it is very easy to use.")).toBe("en")
    expect(detectLanguage("Die Qualität ist gut, aber der Akku hält nicht lange.")).toBe("de")
    expect(detectLanguage("La qualité est très bonne mais la livraison était lente.")).toBe("fr")
    expect(detectLanguage("La calidad es muy buena pero el envío fue lento.")).toBe("es")
    expect(detectLanguage("Il prodotto è molto buono, ma la consegna è stata lenta.")).toBe("it")
    expect(detectLanguage("O produto é muito bom, mas a entrega foi lenta.")).toBe("pt")
    expect(detectLanguage("Het product is erg goed, maar de levering was traag.")).toBe("nl")
  })

  it("counts è, à and ù for neither French nor Italian: both write them", () => {
    // Short Italian reviews carry few function words; their accents used to make them French.
    expect(detectLanguage("La qualità è ottima.")).toBe("it")
    expect(detectLanguage("La confezione è arrivata danneggiata.")).toBe("it")
    expect(detectLanguage("L'odore è troppo forte.")).toBe("it")
    expect(detectLanguage("Très bon produit, je recommande.")).toBe("fr")
    expect(detectLanguage("Où est la notice ? Déçu.")).toBe("fr")
    expect(detectLanguage("Il est arrivé à temps, très pratique.")).toBe("fr")
  })

  it("counts \"de\" for every language that writes it, not for Dutch alone", () => {
    expect(["fr", null]).toContain(detectLanguage("Emballage soigné, rien de cassé."))
    expect(detectLanguage("Het past perfect en de maat klopt.")).toBe("nl")
  })

  it("knows Polish by its letters and function words", () => {
    expect(detectLanguage("Jakość jest bardzo dobra, polecam.")).toBe("pl")
    expect(detectLanguage("Nie działa, zwracam.")).toBe("pl")
    // Czech and Portuguese share many short words with Polish; those do not count for it.
    expect(detectLanguage("Je to super, ale baterie vydrží málo.")).not.toBe("pl")
    expect(detectLanguage("Je to dobré, ale drahé.")).not.toBe("pl")
    expect(detectLanguage("Na minha opinião o melhor do mercado.")).toBe("pt")
  })

  it("knows Czech by ě, ř, ů, its carons and the words Slovak and Polish spell otherwise", () => {
    expect(detectLanguage("Jsem velmi spokojená, doporučuji.")).toBe("cs")
    expect(detectLanguage("Kvalita je skvělá, rychlé dodání.")).toBe("cs")
    expect(detectLanguage("Po měsíci se to rozbilo, nedoporučuji.")).toBe("cs")
    // Polish keeps its own: its ż is not Czech ž, and "się" is not "se".
    expect(detectLanguage("Jakość jest bardzo dobra, polecam.")).toBe("pl")
    expect(detectLanguage("Nie działa, zwracam, szkoda pieniędzy.")).toBe("pl")
  })

  it("tells Slovak from Czech by ľ ĺ ŕ ô and Slovak's own spellings, and leaves German its ä", () => {
    expect(detectLanguage("Veľmi dobrá kvalita, odporúčam.")).toBe("sk")
    expect(detectLanguage("Páči sa mi farba, som spokojná.")).toBe("sk")
    expect(detectLanguage("Jsem velmi spokojená, doporučuji.")).toBe("cs")
    expect(detectLanguage("Die Qualität ist sehr gut, ich bin zufrieden.")).toBe("de")
  })

  it("has a bit for every profile language", () => {
    // Vocabulary.languages keeps one bit per profile language in a Uint16Array: a seventeenth
    // language would silently never be detected. Widen that array before adding one.
    expect(PROFILE_LANGUAGES.length).toBeLessThanOrEqual(16)
  })

  it("reads the script for languages written in their own", () => {
    expect(detectLanguage("质量很好，物流也很快。")).toBe("zh")
    expect(detectLanguage("とても使いやすいです。")).toBe("ja")
    expect(detectLanguage("배송이 빨라요")).toBe("ko")
    expect(detectLanguage("Отличный товар, рекомендую")).toBe("ru")
    expect(detectLanguage("Чудовий товар, рекомендую всім")).toBe("uk")
    expect(detectLanguage("منتج رائع")).toBe("ar")
  })

  it("returns null rather than a guess when the text does not say", () => {
    expect(detectLanguage("")).toBeNull()
    expect(detectLanguage("👍👍👍")).toBeNull()
    expect(detectLanguage("10/10 !!!")).toBeNull()
    expect(detectLanguage("Xbox")).toBeNull()
  })
})
