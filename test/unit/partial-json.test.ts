import { describe, expect, it } from "vitest"

import { parsePartialJson } from "~src/llm/partial-json"

describe("reading JSON while it streams", () => {
  const full = '{"pros":[{"text":"Boils fast","reviews":["r1"]},{"text":"Quiet","reviews":["r2"]}],"cons":[],"verdict":"Good"}'

  it("shows every prefix as the value it is heading towards, ending with the whole value", () => {
    let last: unknown
    for (let end = 1; end <= full.length; end++) {
      const value = parsePartialJson(full.slice(0, end))
      if (value !== undefined) last = value
    }
    expect(last).toEqual(JSON.parse(full))
    expect(parsePartialJson('{"pros":[{"text":"Boils f')).toEqual({ pros: [{ text: "Boils f" }] })
    expect(parsePartialJson('{"pros":[{"text":"Boils fast","reviews":["r1"]},')).toEqual({ pros: [{ text: "Boils fast", reviews: ["r1"] }] })
    expect(parsePartialJson('{"pros":[],"co')).toEqual({ pros: [] })
  })

  it("handles escapes, text before the object, and nothing yet", () => {
    expect(parsePartialJson('Sure! {"verdict":"Say \\"wow\\" and')).toEqual({ verdict: 'Say "wow" and' })
    expect(parsePartialJson("")).toBeUndefined()
    expect(parsePartialJson("thinking")).toBeUndefined()
  })
})
