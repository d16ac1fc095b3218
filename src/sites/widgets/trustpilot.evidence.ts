// What a shopper sees on the fixture frame that proves the trustpilot spec (test/unit/trustpilot.test.ts).
// Kept apart from the spec so test data never ships in a content script.
import type { WidgetEvidence } from "./types"

export const trustpilotEvidence: WidgetEvidence[] = [
  {
    fixture: "trustpilot.html",
    url: "https://widget.trustpilot.com/trustboxes/5717796816f630043868e2e8/index.html?templateId=5717796816f630043868e2e8&businessunitId=4bedb38600006400050ba480#locale=en-GB&styleHeight=440px&styleWidth=100%25&theme=light&sku=BR-2210&name=",
    count: 3,
    first: {
      author: "Ines Duarte",
      rating: 5,
      body: "Quiet even on the highest setting, and the filter indicator actually tells you when to change it.",
      source: "trustpilot"
    }
  }
]
