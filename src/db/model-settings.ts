import type { CartwiseDb } from "./schema"

/** The shopper's on-device AI choices, in the settings table (no schema change needed). */
export interface ModelSettings {
  /** The shopper agreed to the one-time download (and so to loading the model when needed). */
  enabled: boolean
  /** A model picked in the options page; null: the default chosen from the device. */
  chosen: string | null
  /** A self-hosted mirror of the model files; null: the models' own hosts. */
  mirrorBaseUrl: string | null
}

const KEYS = { enabled: "model:enabled", chosen: "model:chosen", mirrorBaseUrl: "model:mirror" } as const

export async function readModelSettings(db: CartwiseDb): Promise<ModelSettings> {
  const [enabled, chosen, mirror] = await db.settings.bulkGet([KEYS.enabled, KEYS.chosen, KEYS.mirrorBaseUrl])
  return {
    enabled: enabled?.value === true,
    chosen: typeof chosen?.value === "string" ? chosen.value : null,
    mirrorBaseUrl: typeof mirror?.value === "string" && mirror.value.trim() ? mirror.value.trim() : null
  }
}

export async function writeModelSettings(db: CartwiseDb, change: Partial<ModelSettings>): Promise<void> {
  await db.transaction("rw", db.settings, async () => {
    for (const [field, key] of Object.entries(KEYS) as [keyof ModelSettings, string][]) {
      if (!(field in change)) continue
      const value = change[field]
      if (value === null || value === false || value === undefined || value === "") await db.settings.delete(key)
      else await db.settings.put({ key, value })
    }
  })
}
