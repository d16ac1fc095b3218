// Evidence for every widget spec, by widget id. Only tests import this.
import { bazaarvoiceEvidence } from "./bazaarvoice.evidence"
import { judgemeEvidence } from "./judgeme.evidence"
import { okendoEvidence, okendoLegacyEvidence } from "./okendo.evidence"
import { powerreviewsEvidence } from "./powerreviews.evidence"
import { reviewsioEvidence } from "./reviewsio.evidence"
import { stampedEvidence } from "./stamped.evidence"
import { trustpilotEvidence } from "./trustpilot.evidence"
import { yotpoEvidence, yotpoLegacyEvidence } from "./yotpo.evidence"
import type { WidgetEvidence } from "./types"

export const WIDGET_EVIDENCE: Record<string, WidgetEvidence[]> = {
  bazaarvoice: bazaarvoiceEvidence,
  judgeme: judgemeEvidence,
  okendo: okendoEvidence,
  "okendo-legacy": okendoLegacyEvidence,
  powerreviews: powerreviewsEvidence,
  reviewsio: reviewsioEvidence,
  stamped: stampedEvidence,
  trustpilot: trustpilotEvidence,
  yotpo: yotpoEvidence,
  "yotpo-legacy": yotpoLegacyEvidence
}
