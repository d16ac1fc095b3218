// Evidence for every site adapter, by adapter id. Only tests import this.
import { aliexpressEvidence } from "./aliexpress.evidence"
import { argosEvidence } from "./argos.evidence"
import { amazonEvidence } from "./amazon.evidence"
import { bestbuyEvidence } from "./bestbuy.evidence"
import { ebayEvidence } from "./ebay.evidence"
import { emagEvidence } from "./emag.evidence"
import { etsyEvidence } from "./etsy.evidence"
import { ikeaEvidence } from "./ikea.evidence"
import { jdEvidence } from "./jd.evidence"
import { johnlewisEvidence } from "./johnlewis.evidence"
import { ottoEvidence } from "./otto.evidence"
import { pcstoreEvidence } from "./pcstore.evidence"
import { shopifyEvidence } from "./shopify.evidence"
import { targetEvidence } from "./target.evidence"
import { tchiboEvidence } from "./tchibo.evidence"
import { tmallEvidence } from "./tmall.evidence"
import { walmartEvidence } from "./walmart.evidence"
import { zalandoEvidence } from "./zalando.evidence"
import { zaraEvidence } from "./zara.evidence"
import type { Evidence } from "./types"

export const SITE_EVIDENCE: Record<string, Evidence[]> = {
  aliexpress: aliexpressEvidence,
  argos: argosEvidence,
  amazon: amazonEvidence,
  bestbuy: bestbuyEvidence,
  ebay: ebayEvidence,
  emag: emagEvidence,
  etsy: etsyEvidence,
  ikea: ikeaEvidence,
  jd: jdEvidence,
  johnlewis: johnlewisEvidence,
  otto: ottoEvidence,
  pcstore: pcstoreEvidence,
  shopify: shopifyEvidence,
  target: targetEvidence,
  tchibo: tchiboEvidence,
  tmall: tmallEvidence,
  walmart: walmartEvidence,
  zalando: zalandoEvidence,
  zara: zaraEvidence
}
