/** Runs a bundle's code the way a browser runs a script and returns what it left in `globalThis.out`. */
export function runScript(code: string): unknown {
  const g = globalThis as { out?: unknown }
  delete g.out
  ;(0, eval)(code)
  const out = g.out
  delete g.out
  return out
}
