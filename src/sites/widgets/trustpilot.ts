// Not specified: Trustpilot's TrustBoxes, product reviews included, are an empty
// <div class="trustpilot-widget" data-template-id=…> that its bootstrap script fills with an iframe
// from widget.trustpilot.com. The reviews live only in that cross-origin frame, which the content
// script (top frame of the shop) cannot read, so there is nothing in the shop's DOM to describe.
// Product pages that also publish Trustpilot reviews as JSON-LD are read by the schema.org
// extractor.
export {}
