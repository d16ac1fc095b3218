// German shopping vocabulary (enough for the common review phrases, not a full lexicon).

import type { LexiconSource } from "./entry"

export const DE: LexiconSource = {
  aspects: {
    price: "preis, preise, preis leistung, preis-leistung, preis-leistungs-verhältnis, kosten, geld, preiswert, überteuert, ~teuer, ~günstig, ~billig",
    quality: "qualität, verarbeitung, verarbeitet, material, stoff, materialien, nähte",
    durability: "haltbar, haltbarkeit, kaputt, gebrochen, zerbrochen, robust, stabil, langlebig, ~hält",
    size_fit: "größe, grösse, passform, passt, sitzt, nummer, ~klein, ~kleiner, ~groß, ~größer, ~gross, ~eng",
    comfort: "bequem, komfort, tragekomfort, unbequem, gemütlich, ~drücken, ~drückt, ~drückte",
    battery: "akku, akkulaufzeit, batterie, batterien, laden, aufladen, ladezeit",
    noise: "lautstärke, laut, leise, geräusch, geräusche, lärm, geräuschpegel",
    sound: "klang, sound, ton, bass, lautsprecher",
    screen: "bildschirm, display",
    ease_of_use: "bedienung, handhabung, benutzerfreundlich, intuitiv, ~einfach, ~kompliziert",
    setup: "aufbau, montage, installation, einrichtung, aufbauen, montieren, zusammenbau",
    performance: "leistung, leistungsstark, saugkraft, geschwindigkeit, ~funktioniert, ~funktion",
    design: "design, optik, farbe, farben, aussehen, ~sieht",
    shipping: "lieferung, versand, geliefert, lieferzeit, zustellung, angekommen, ~kam",
    packaging: "verpackung, verpackt, karton, paket",
    customer_service: "kundenservice, kundendienst, service, support, verkäufer, händler, rückgabe, erstattung, umtausch",
    smell_taste: "geruch, riecht, duft, geschmack, schmeckt, gestank, stinkt",
    cleaning: "reinigung, reinigen, spülmaschine, spülmaschinenfest",
    instructions: "anleitung, bedienungsanleitung, beschreibung",
    weight: "gewicht, ~schwer, ~leicht"
  },
  strongPositive: "super, toll, perfekt, hervorragend, ausgezeichnet, wunderschön, begeistert, top, spitze, genial",
  positive:
    "gut, gute, guter, gutes, prima, klasse, zufrieden, empfehlenswert, empfehlen, schön, schöne, schnell, einfach, problemlos, unkompliziert, angenehm, angenehme, freundlich, hilfreich, geholfen, stabil, robust, zuverlässig, schick, hübsch, klar, okay, ok, liebe, gefällt, gerne, praktisch, bequem, leise, preiswert, günstig, haltbar, langlebig, leicht, selbsterklärend, intuitiv, benutzerfreundlich, spülmaschinenfest, leistungsstark, sauber, besser, gemütlich, schnelle, schneller, schnellen, bestens",
  functional: "funktioniert, passt, hält, sitzt, tut",
  negative:
    "schlecht, schlechte, schlechter, mangelhaft, enttäuscht, enttäuschend, leider, kaputt, defekt, beschädigt, langsam, laut, kompliziert, unbequem, teuer, nervig, störend, problem, probleme, fehlt, fehlen, fehlende, gestank, stinkt, schwach, wackelig, schwer, billig, gebrochen, zerbrochen, dauert, gedauert, lange gedauert, verspätet, verspätung, kratzer, rückstände, reste, dreckig, schmutzig, unbrauchbar, umständlich, drücken, drückt, drückte, mehr erwartet, besser erwartet",
  strongNegative: "mies, schrott, katastrophe, furchtbar, schrecklich, überteuert, finger weg, müll",
  neutral: "gut und gerne",
  dims: "klein, kleiner, groß, größer, gross, eng, weit, kurz, lang, lange, hoch, niedrig, dick, dünn, hart, weich, hell, dunkel, stark, heiß, kalt",
  byAspect: {
    billig: { price: 1, "*": -1 },
    teuer: { design: 1, "*": -1 },
    klein: { size_fit: -0.5 },
    kleiner: { size_fit: -0.5 },
    groß: { size_fit: -0.5 },
    größer: { size_fit: -0.5 },
    eng: { size_fit: -0.5 },
    stark: { smell_taste: -1, "*": 1 },
    hoch: { price: -1 },
    lange: { battery: 1, shipping: -1 }
  },
  roles: {
    result: "um",
    negator: "nicht, kein, keine, keinen, keiner, keinem, nie, niemals, ohne, kaum, nichts",
    "post-negator": "nicht",
    contrast: "aber, jedoch, doch, allerdings, sondern, dennoch, trotzdem",
    concession: "obwohl, obgleich, zwar",
    intensifier: "sehr, echt, wirklich, total, extrem, ziemlich, besonders, richtig, deutlich",
    excess: "zu, etwas zu, viel zu, ein bisschen zu, ein wenig zu",
    runs: "fällt, fallen, fiel"
  }
}
