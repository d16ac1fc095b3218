import { createRequire } from "node:module"

import { describe, expect, it } from "vitest"

import { runScript } from "../helpers/run-script"

// The content scripts' extra compress pass (scripts/parcel/optimizer-content-math.cjs).
const require = createRequire(import.meta.url)
const { compressMath } = require("../../scripts/parcel/optimizer-content-math.cjs") as { compressMath: (code: string) => Promise<string> }
const optimizer = (require("../../scripts/parcel/optimizer-content-math.cjs") as Record<symbol, unknown>)[Symbol.for("parcel-plugin-config")] as {
  optimize: (args: object) => Promise<{ contents: string }>
}

const run = runScript

describe("the content scripts' last compress pass", () => {
  it("writes Number(x) as +x, with the same results for what page text and JSON give", async () => {
    const code = `(()=>{const f=(a,b)=>Number(a)>Number(b);globalThis.out=[f("12.5","9"),f(null,"0"),f("abc","1"),Number(" 7 "),Number(""),Number(true),Number([5])]})();`
    const out = await compressMath(code)
    expect(out).not.toContain("Number(")
    expect(run(out)).toEqual(run(code))
  })

  it("leaves every other bundle alone: the model host converts BigInts with Number()", async () => {
    const code = `globalThis.out=Number(10n);`
    const bundle = (entry: string) => ({ env: { shouldOptimize: true }, getMainEntry: () => ({ filePath: entry }) })
    const host = await optimizer.optimize({ bundle: bundle("/repo/tabs/model-host.tsx"), contents: code, map: null })
    expect(host.contents).toBe(code)
    expect(run(host.contents)).toBe(10)
    const content = await optimizer.optimize({ bundle: bundle("/repo/contents/product.ts"), contents: "globalThis.out=Number(globalThis.x);", map: null })
    expect(content.contents).toContain("+globalThis.x")
  })
})
