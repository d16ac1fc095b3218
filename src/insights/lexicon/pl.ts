// Polish shopping vocabulary (the common review phrases, not a full lexicon). Polish inflects
// every adjective and noun, so the forms reviews use most are listed (dobry/dobra/dobre,
// jakość/jakości); "obsługa" alone is the seller's service, "w obsłudze" a device's use.

import type { LexiconSource } from "./entry"

export const PL: LexiconSource = {
  aspects: {
    price:
      "cena, ceny, cenę, cenie, cenowo, stosunek jakości do ceny, jakość do ceny, jakość cena, pieniądze, pieniędzy, koszt, opłacalny, opłacalne, warto, warta, warty, wart, ~drogi, ~droga, ~drogie, ~tani, ~tania, ~tanie",
    quality: "jakość, jakości, jakością, jakosc, jakosci, materiał, materiału, materiały, wykonanie, wykonania, wykonane, wykonany, wykonana, tkanina, szwy",
    durability:
      "trwały, trwała, trwałe, wytrzymały, wytrzymałe, zepsuł się, zepsuła się, zepsuło się, zepsuł, zepsuła, zepsuło, pękł, pękła, pękło, ~wytrzymało, ~wytrzymał",
    size_fit: "rozmiar, rozmiaru, rozmiarze, rozmiarówka, ~pasuje, ~mały, ~mała, ~małe, ~mniejszy, ~mniejsza, ~duży, ~duża, ~duże, ~większy, ~ciasny, ~ciasne",
    comfort: "wygodny, wygodna, wygodne, wygodnie, wygoda, niewygodny, niewygodna, niewygodne, komfort, komfortowy",
    battery: "bateria, baterii, baterię, akumulator, akumulatora, ładowanie, ładowania",
    noise: "hałas, hałasu, głośny, głośna, głośne, głośno, cichy, cicha, ciche, cicho",
    sound: "dźwięk, dźwięku, brzmienie, basy, basów, głośnik",
    screen: "ekran, ekranu, wyświetlacz",
    ease_of_use: "w obsłudze, łatwy w obsłudze, ~łatwy, ~łatwa, ~łatwe, ~łatwo, ~prosty, ~prosta, ~proste, ~skomplikowany",
    setup: "montaż, montażu, instalacja, instalacji, złożenie, złożyć, skręcenie, skręcić, składanie",
    performance: "wydajność, moc, mocy, moc ssania, wydajny, ~działa",
    design: "wygląd, wygląda, kolor, koloru, kolory, design, ~ładny, ~ładna, ~ładne, ~piękny, ~piękna, ~piękne, ~brzydki",
    shipping: "dostawa, dostawy, dostawę, przesyłka, przesyłki, przesyłkę, wysyłka, wysyłki, wysyłkę, kurier, opóźnienie, opóźnieniem, ~paczka, ~przyszła, ~przyszło, ~przyszedł, ~doszła, ~dotarła",
    packaging: "opakowanie, opakowania, zapakowane, zapakowany, zapakowana, pudełko, karton",
    customer_service: "obsługa klienta, obsługa, sprzedawca, sprzedawcy, sklep, zwrot, zwrotu, reklamacja, reklamacji, kontakt, serwis",
    smell_taste: "zapach, zapachu, pachnie, smak, smaku, smakuje, śmierdzi",
    cleaning: "czyszczenie, czyścić, czyści się, się czyści, czyści, wyczyścić, zmywarka, zmywarce, zmywarki, mycie, myć",
    instructions: "instrukcja, instrukcji, instrukcję",
    weight: "waga, wagi, ciężar, ~ciężki, ~ciężka, ~ciężkie, ~lekki, ~lekka, ~lekkie"
  },
  strongPositive:
    "świetny, świetna, świetne, świetnie, świetną, idealną, swietny, swietnie, najlepszy, najlepsza, najlepsze, błyskawiczna, błyskawiczny, błyskawicznie, ekspresowo, doskonały, doskonała, doskonałe, idealny, idealna, idealne, idealnie, rewelacja, rewelacyjny, rewelacyjna, rewelacyjne, super, polecam, gorąco polecam, znakomity, znakomicie, wspaniały, wspaniale, piękny, piękna, piękne",
  positive:
    "dobry, dobra, dobre, dobrze, dobrą, dobrej, dobrym, dobrego, szybką, szybkiej, ładną, wygodną, solidną, fajny, fajna, fajne, fajnie, spoko, warto, bez problemu, bez problemów, bez zarzutu, mało hałasu, porządny, porządna, solidny, solidna, solidne, solidnie, szybki, szybka, szybko, łatwy, łatwa, łatwe, łatwo, prosty, wygodny, wygodna, wygodne, wygodnie, zadowolony, zadowolona, ładny, ładna, ładne, ładnie, cichy, cicha, ciche, cicho, trwały, trwała, trwałe, wytrzymały, lekki, lekka, lekkie, tani, tania, tanie, opłacalny, opłacalne, pomocny, pomocna, miły, miła, czysty, czyste, jasny, jasne, wyraźny, wyraźne, przyjemny, przyjemna, przyjemne, mocny, mocna, mocne, ok",
  functional: "działa, działają, pasuje, pasują, trzyma, wytrzymało, wytrzymał",
  negative:
    "zły, zła, złe, źle, słaby, słaba, słabe, słabo, slaby, slaba, slabe, slabo, pękł, pękła, pękło, zepsuty, zepsuta, zepsute, zepsuło, zepsuł, uszkodzony, uszkodzona, uszkodzone, wadliwy, wadliwa, rozczarowany, rozczarowana, rozczarowanie, powolny, drogi, droga, drogie, problem, problemy, niewygodny, niewygodna, niewygodne, głośny, głośna, głośne, głośno, brzydki, brzydka, niestety, skomplikowany, ciężki, ciężka, ciężkie, brakowało, brakuje, brak, zgniecione, zgnieciony, opóźnienie, opóźnieniem, niezrozumiała, niezrozumiały, niezrozumiałe, rozładowuje się, rozładowuje, się rozładowuje, szybko się rozładowuje",
  // "Dziękuję za…" thanks, "bez zapachu" (unscented) says nothing either way.
  neutral: "dzięki za, dziękuję za, dziekuje za, bez zapachu",
  strongNegative:
    "fatalny, fatalna, fatalne, tragedia, tragiczny, tragiczna, beznadziejny, beznadziejna, beznadziejne, koszmar, koszmarem, bubel, oszustwo, nie polecam, odradzam, dramat",
  dims: "mały, mała, małe, mniejszy, mniejsza, mniejsze, duży, duża, duże, większy, większa, ciasny, ciasna, ciasne, luźny, luźna, długi, krótki, mocny, mocna, mocne, twardy, miękki",
  byAspect: {
    "tani, tania, tanie": { price: 1, "*": -1 },
    "mały, mała, małe, mniejszy, duży, duża, duże": { size_fit: -0.5 },
    "mocny, mocna, mocne": { smell_taste: -1, "*": 1 }
  },
  roles: {
    result: "żeby, aby",
    // "Mało wygodne", "niezbyt trwały", "nie za dobra": not very.
    negator: "nie, nigdy, bez, ani, żaden, żadna, żadne, nic, mało, niezbyt, nie za",
    contrast: "ale, jednak, lecz, natomiast, oprócz",
    concession: "chociaż, choć, mimo że, mimo",
    intensifier: "bardzo, naprawdę, mega, totalnie, całkiem, wyjątkowo, niesamowicie, strasznie",
    excess: "za, zbyt, trochę za, nieco za",
    runs: "wypada, wypadają"
  }
}
