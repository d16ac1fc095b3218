// Every site adapter, in one table, for tests, the docs and the manifest check. The content
// scripts do not import this: each shop's adapter ships only in its own entry (contents/<shop>.ts)
// and the generic entry carries the platform adapters that work on any domain (Shopify).
// Adding a shop: src/sites/<shop>.ts, its <shop>.evidence.ts and fixtures, a row here and a
// contents/<shop>.ts entry; test/unit/sites.test.ts and test/e2e/manifest.test.ts check them.

import { aliexpress } from "./aliexpress"
import { amazon } from "./amazon"
import { argos } from "./argos"
import { bestbuy } from "./bestbuy"
import { ebay } from "./ebay"
import { emag } from "./emag"
import { etsy } from "./etsy"
import { ikea } from "./ikea"
import { jd } from "./jd"
import { johnlewis } from "./johnlewis"
import { otto } from "./otto"
import { pcstore } from "./pcstore"
import { shopify } from "./shopify"
import { target } from "./target"
import { tchibo } from "./tchibo"
import { tmall } from "./tmall"
import type { SiteAdapter } from "./types"
import { walmart } from "./walmart"
import { zalando } from "./zalando"
import { zara } from "./zara"

export const ADAPTERS: readonly SiteAdapter[] = [
  amazon,
  ebay,
  walmart,
  target,
  bestbuy,
  aliexpress,
  etsy,
  ikea,
  zalando,
  zara,
  johnlewis,
  argos,
  emag,
  otto,
  tchibo,
  jd,
  tmall,
  pcstore,
  shopify
]

/** Platforms recognised on any domain: these ride in the generic content script. */
export const PLATFORM_ADAPTERS: readonly SiteAdapter[] = [shopify]
