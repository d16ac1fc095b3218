import type { AppConfig } from "@mlc-ai/web-llm"

/**
 * Model libraries (.wasm) packaged inside the extension by `npm run bundle:model-libs`, for Web
 * Store builds that should not fetch code at run time. The script writes `model-libs/index.json`
 * ({ "<model_id>": "<file>.wasm" }) next to the libraries; builds without it keep WebLLM's usual
 * fetch from GitHub.
 */
export type BundledLibs = Record<string, string>

export const BUNDLED_LIBS_INDEX = "model-libs/index.json"

export function parseBundledLibs(value: unknown): BundledLibs {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string" && /^[\w.-]+\.wasm$/.test(entry[1]))
  )
}

/**
 * Points each record with a packaged library at it. WebLLM fetches a model_lib that does not start
 * with "http" from the extension itself (reloadInternal: `fetch(new URL(wasmUrl, baseUrl))`), so
 * no request leaves the machine for code; the weights still come from the model host or mirror.
 */
export function withBundledLibs(config: AppConfig, libs: BundledLibs, urlOf: (path: string) => string): AppConfig {
  return {
    ...config,
    model_list: config.model_list.map((record) => {
      const file = libs[record.model_id]
      return file ? { ...record, model_lib: urlOf(`model-libs/${file}`) } : record
    })
  }
}
