// What a shopper sees on the fixture pages that prove the amazon adapter (test/unit/sites.test.ts).
// Kept apart from the adapter so test data never ships in the content script.
import type { Evidence } from "./types"

export const amazonEvidence: Evidence[] = [
    {
      fixture: "amazon-com-classic.html",
      url: "https://www.amazon.com/Trailmate-Rolling-Duffel/dp/B0TESTDUF1",
      expect: {
        name: "Trailmate 36-inch Rolling Duffel Bag, Black",
        brand: "Trailmate",
        // The bullet points, not the "Buy … at Amazon.com" meta description nor the parts finder's line.
        description: "LARGE CAPACITY: 36 x 17 x 15 inches, rolls through uneven terrain.\n1200D POLYESTER: weather-resistant and tear-resistant.\nIncludes: Packing cube",
        price: "87.11",
        currency: "USD",
        availability: "InStock",
        sku: "B0TESTDUF1",
        mpn: "TM-36-BLK",
        rating: 4.4,
        reviewCount: 471
      },
      reviews: {
        count: 2,
        first: {
          id: "R1TESTREVIEW1",
          author: "Dana K.",
          rating: 5,
          title: "Survived three hockey seasons",
          date: "2021-03-03",
          verified: true,
          helpfulVotes: 12,
          source: "amazon"
        }
      }
    },
    {
      fixture: "amazon-de-coreprice.html",
      url: "https://www.amazon.de/dp/B0TESTWARM",
      expect: {
        name: "Wärmewelle HW 2000 mit Thermostat",
        brand: "Heizfix",
        // No bullet points: the product description.
        description: "Die Wärmewelle heizt Räume bis 60 m³. Mit Thermostat und Klapprollen.",
        price: "99.12",
        currency: "EUR",
        availability: "OutOfStock",
        sku: "B0TESTWARM",
        mpn: "HW 2000"
      },
      // A review "from other countries" prints its words and title in their original language
      // beside an empty, hidden translation.
      reviews: {
        count: 1,
        first: {
          id: "R3TESTFOREIGN",
          author: "Allie J.",
          rating: 4,
          title: "Warm in minutes",
          body: "Heats the spare room in minutes and the thermostat holds it there.",
          date: "2023-01-02",
          verified: true,
          source: "amazon"
        }
      }
    }
  ]
