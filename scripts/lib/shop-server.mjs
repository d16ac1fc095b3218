// A tiny shop on 127.0.0.1 for the demo and the end-to-end tests. HTML files are templates:
// {{PRICE}} and {{AVAILABILITY}} come from mutable state, so a test can change a price between
// visits the way a real shop would. Extra pages can be mounted at any path (templates too).
import { createServer } from "node:http"
import { readFile } from "node:fs/promises"
import { extname, join, normalize } from "node:path"

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".js": "text/javascript; charset=utf-8"
}

const AVAILABILITY_TEXT = { InStock: "In stock, ships tomorrow", OutOfStock: "Out of stock", PreOrder: "Pre-order" }

export async function startShopServer(root, initial = {}) {
  const state = { price: "64.00", availability: "InStock", ...initial }
  const extraPages = new Map()
  const fill = (html) =>
    html
      .replaceAll("{{PRICE}}", state.price)
      .replaceAll("{{AVAILABILITY}}", state.availability)
      .replaceAll("{{AVAILABILITY_TEXT}}", AVAILABILITY_TEXT[state.availability] ?? state.availability)
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
      const mounted = extraPages.get(path)
      if (mounted !== undefined) {
        res.writeHead(200, { "content-type": TYPES[".html"], ...mounted.headers })
        res.end(fill(mounted.html))
        return
      }
      const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path))
      if (!file.startsWith(normalize(root))) throw Object.assign(new Error("outside root"), { code: "ENOENT" })
      let body = await readFile(file)
      const type = TYPES[extname(file)] ?? "application/octet-stream"
      if (extname(file) === ".html") body = fill(body.toString("utf8"))
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" })
      res.end(body)
    } catch (error) {
      res.writeHead(error?.code === "ENOENT" || error?.code === "EISDIR" ? 404 : 500, { "content-type": "text/plain" })
      res.end("not found")
    }
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address()
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    /** Serves `html` (a template like the files) at `path`, with extra response headers (a Content-Security-Policy, say). */
    mount: (path, html, headers = {}) => extraPages.set(path, { html, headers }),
    close: () => new Promise((resolve) => server.close(resolve))
  }
}
