/**
 * The value a JSON text is heading towards, read while it streams: open strings, arrays and objects
 * are closed, a dangling key or comma is dropped. Lets the popup show the first pros while the model
 * is still writing the cons. Returns undefined while nothing usable has arrived.
 */
export function parsePartialJson(text: string): unknown {
  const start = text.indexOf("{")
  if (start < 0) return undefined
  const closers: string[] = []
  let inString = false
  let escaped = false
  let out = ""
  for (const char of text.slice(start)) {
    out += char
    if (inString) {
      if (escaped) escaped = false
      else if (char === "\\") escaped = true
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    else if (char === "{") closers.push("}")
    else if (char === "[") closers.push("]")
    else if (char === "}" || char === "]") {
      closers.pop()
      if (closers.length === 0) break
    }
  }
  let body = out
  if (inString) body += escaped ? '\\"' : '"'
  // Cut back to the last complete value: drop a trailing comma, colon or a key without its value.
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return JSON.parse(body + [...closers].reverse().join(""))
    } catch {
      body = body
        .replace(/,\s*$/, "")
        .replace(/,?\s*"(?:[^"\\]|\\.)*"\s*:?\s*$/, "")
        .replace(/:\s*$/, "")
    }
  }
  return undefined
}
