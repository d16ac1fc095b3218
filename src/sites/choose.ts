import type { SiteAdapter } from "./types"
import { toLower } from "../price/letters"

/** The host is one of these registrable domains or a subdomain of one. */
export function onDomains(domains: readonly string[], hostname: string): boolean {
  const host = toLower(hostname)
  return domains.some((d) => host === d || host.endsWith(`.${d}`))
}

export function servesHost(adapter: SiteAdapter, hostname: string): boolean {
  return adapter.domains ? onDomains(adapter.domains, hostname) : false
}

/** The adapter for this page among those given: by domain first, then a platform found on any domain. */
export function adapterFor(hostname: string, doc: Document, adapters: readonly SiteAdapter[]): SiteAdapter | null {
  return adapters.find((a) => servesHost(a, hostname)) ?? adapters.find((a) => a.detect?.(doc)) ?? null
}
