// What a shopper sees on the fixture pages that prove the bazaarvoice spec (test/unit/widgets.test.ts).
// Kept apart from the spec so test data never ships in the content script.
import type { WidgetEvidence } from "./types"

export const bazaarvoiceEvidence: WidgetEvidence[] = [
    {
      fixture: "bazaarvoice.html",
      url: "https://www.cedreetgrue.example/fr/tente-bivouac-2-places",
      count: 3,
      first: {
        author: "RandoMarc",
        rating: 5,
        title: "A tenu une nuit de tempête en Écosse",
        body: "Montage en dix minutes, aucune infiltration malgré des rafales toute la nuit. Un peu lourde pour le trek, parfaite pour le vélo.",
        date: "2024-03-02",
        verified: null,
        helpfulVotes: 12,
        source: "bazaarvoice"
      }
    }
  ]
