// Every site adapter, in one table. Adding a shop: write src/sites/<shop>.ts with its evidence
// fixtures and add it here; test/unit/sites.test.ts checks every row against its fixtures.

import { amazon } from "./amazon"
import { ebay } from "./ebay"
import type { SiteAdapter } from "./types"

export const ADAPTERS: readonly SiteAdapter[] = [amazon, ebay]

export function adapterFor(hostname: string, doc: Document): SiteAdapter | null {
  const host = hostname.toLowerCase()
  return ADAPTERS.find((a) => a.hosts?.test(host)) ?? ADAPTERS.find((a) => a.detect?.(doc)) ?? null
}
