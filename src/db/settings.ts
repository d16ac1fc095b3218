import type { CartwiseDb } from "./schema"

/** Setting key: the shopper allowed Cartwise to read further review pages on this shop. */
export const reviewPagesKey = (host: string) => `reviewPages:${host}`

export async function isAllowed(db: CartwiseDb, key: string): Promise<boolean> {
  return (await db.settings.get(key))?.value === true
}

export async function setAllowed(db: CartwiseDb, key: string, allowed: boolean): Promise<void> {
  if (allowed) await db.settings.put({ key, value: true })
  else await db.settings.delete(key)
}
