// Shops print the product's own code beside its title ("Product code: 287807", "Cod produs:
// DR2401" just under the <h1>): the code the shop's support and its shoppers use, where the JSON-LD
// `sku` is often a catalogue or per-variant id. A labelled code there names this product and wins.

import { mainHeading } from "./heading"
import { SKU_LABEL } from "./labelled-value"
import { textPrefix } from "./text"

export function codeByHeading(doc: Document): string | undefined {
  let el = mainHeading(doc)?.el.nextElementSibling
  for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) {
    const id = SKU_LABEL.exec(textPrefix(el, 160))?.[1]
    if (id && /\d/.test(id)) return id
  }
}
