import { readFileSync } from "node:fs"

import { JSDOM, VirtualConsole } from "jsdom"

/** A Document for HTML as a browser would parse it at `url`; page scripts never run. */
export function documentFrom(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document
}

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), "utf8")
}

export function fixtureDocument(name: string, url: string): Document {
  return documentFrom(fixtureHtml(name), url)
}
