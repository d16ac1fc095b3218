import type { JsonSchema, Validation } from "./language-model"

/**
 * Checks a value against the subset of JSON Schema Cartwise's prompts use (type, properties,
 * required, additionalProperties: false, items, enum, const, min/maxItems, min/maxLength, minimum,
 * maximum). The engine host runs it so that a reply in the wrong shape is retried there, before it
 * crosses the port; callers then apply their own typed validator.
 */
export function schemaValidator(schema: JsonSchema): (value: unknown) => Validation<unknown> {
  return (value) => {
    const reasons: string[] = []
    check(schema, value, "reply", reasons)
    return reasons.length === 0 ? { ok: true, value } : { ok: false, reasons }
  }
}

const MAX_REASONS = 10

function typeOf(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "array"
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number"
  return typeof value
}

function matchesType(expected: string, actual: string): boolean {
  return expected === actual || (expected === "number" && actual === "integer")
}

function check(schema: unknown, value: unknown, path: string, reasons: string[]): void {
  if (reasons.length >= MAX_REASONS || !schema || typeof schema !== "object") return
  const s = schema as Record<string, unknown>
  const actual = typeOf(value)
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(value)) {
    reasons.push(`${path} must be ${JSON.stringify(s.const)}.`)
    return
  }
  if (Array.isArray(s.enum) && !s.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    reasons.push(`${path} must be one of ${s.enum.map((option) => JSON.stringify(option)).join(", ")}.`)
    return
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)]
  if (types.length > 0 && !types.some((type) => matchesType(type, actual))) {
    reasons.push(`${path} must be ${types.join(" or ")}, not ${actual}.`)
    return
  }
  if (actual === "object") checkObject(s, value as Record<string, unknown>, path, reasons)
  if (actual === "array") checkArray(s, value as unknown[], path, reasons)
  if (actual === "string") checkString(s, value as string, path, reasons)
  if (actual === "number" || actual === "integer") checkNumber(s, value as number, path, reasons)
}

function checkObject(s: Record<string, unknown>, value: Record<string, unknown>, path: string, reasons: string[]): void {
  const properties = (s.properties ?? {}) as Record<string, unknown>
  for (const key of Array.isArray(s.required) ? (s.required as string[]) : []) {
    if (!(key in value)) reasons.push(`${path} is missing "${key}".`)
  }
  for (const [key, item] of Object.entries(value)) {
    if (key in properties) check(properties[key], item, `${path}.${key}`, reasons)
    else if (s.additionalProperties === false) reasons.push(`${path} has an unexpected key "${key}".`)
  }
}

function checkArray(s: Record<string, unknown>, value: unknown[], path: string, reasons: string[]): void {
  if (typeof s.minItems === "number" && value.length < s.minItems) reasons.push(`${path} needs at least ${s.minItems} items.`)
  if (typeof s.maxItems === "number" && value.length > s.maxItems) reasons.push(`${path} allows at most ${s.maxItems} items.`)
  value.forEach((item, index) => check(s.items, item, `${path}[${index}]`, reasons))
}

function checkString(s: Record<string, unknown>, value: string, path: string, reasons: string[]): void {
  if (typeof s.minLength === "number" && value.length < s.minLength) reasons.push(`${path} is too short.`)
  if (typeof s.maxLength === "number" && value.length > s.maxLength) reasons.push(`${path} is too long.`)
}

function checkNumber(s: Record<string, unknown>, value: number, path: string, reasons: string[]): void {
  if (typeof s.minimum === "number" && value < s.minimum) reasons.push(`${path} must be at least ${s.minimum}.`)
  if (typeof s.maximum === "number" && value > s.maximum) reasons.push(`${path} must be at most ${s.maximum}.`)
}
