// eBay's shops, in a file of their own: the eBay adapter serves them, and the seller-description
// frame's script (a 2 KB content script) and the background check a frame's page against them
// without pulling in the adapter.

import { onDomains } from "./choose"

export const EBAY_DOMAINS = [
  "ebay.com",
  "ebay.ca",
  "ebay.co.uk",
  "ebay.de",
  "ebay.fr",
  "ebay.it",
  "ebay.es",
  "ebay.ie",
  "ebay.at",
  "ebay.ch",
  "ebay.nl",
  "ebay.be",
  "ebay.pl",
  "ebay.com.au",
  "ebay.com.sg",
  "ebay.com.my",
  "ebay.ph",
  "ebay.in"
]

/** An eBay shop's host (subdomains included, as adapters match them): not any host that merely starts with "ebay.". */
export const isEbayHost = (host: string) => onDomains(EBAY_DOMAINS, host)
