/** The value at a path of keys in parsed JSON, or undefined anywhere the path breaks. */
export const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value)
