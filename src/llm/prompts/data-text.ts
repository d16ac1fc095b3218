import { squish } from "../../price/letters"

/**
 * Page text (product names, reviews, phrases counted from reviews) goes into prompts between
 * <data> markers. This removes our own markers from it, so a review or a product title cannot close
 * the data block early and speak as the prompt, and flattens it to one line.
 */
export function neutralise(text: string): string {
  // Each marker becomes a space, so the halves of one hidden inside another ("</da</data>ta>")
  // cannot join into a marker; any spacing or attributes inside one count.
  return squish(text.replace(/<\s*\/?\s*data\b[^>]*>/gi, " "))
}

/** `neutralise`, then at most `limit` characters, cut at a word where one is near. */
export function shorten(text: string, limit: number): string {
  const flat = neutralise(text)
  if (flat.length <= limit) return flat
  const space = flat.lastIndexOf(" ", limit)
  // At a word near the limit; else at the limit, but never between the halves of an emoji.
  const cut = space > limit * 0.6 ? space : /[\ud800-\udbff]/.test(flat[limit - 1] ?? "") ? limit - 1 : limit
  return `${flat.slice(0, cut).trimEnd()}…`
}
