// Where the browser tried to go beyond this machine, seen from outside it. The end-to-end tests
// start Chromium with this as its proxy: every request that is not to the loopback address
// (which Chromium never proxies), from any of its processes, comes here first, and is refused and
// recorded. Playwright's request events miss some senders, such as the offscreen document that
// hosts the model; a proxy misses none.
import { createServer } from "node:http"

// Chromium's own background traffic, which it makes with or without any extension (signing in to
// a Google account and the push-messaging check-in; the same two in a Chromium run with the same
// flags and no extension at all): not Cartwise's, and Cartwise talks to no Google host.
const BROWSER_OWN = new Set(["accounts.google.com:443", "android.clients.google.com:443"])

/**
 * A proxy on 127.0.0.1 that refuses every request. `destinations()` lists where requests tried to
 * go (host:port), in order, once each, without Chromium's own.
 */
export async function startNetworkWitness() {
  const seen = []
  const server = createServer((request, response) => {
    // A plain-HTTP request through a proxy names its whole address.
    try {
      const url = new URL(request.url ?? "")
      seen.push(`${url.hostname}:${url.port || 80}`)
    } catch {
      seen.push(String(request.url))
    }
    response.writeHead(403)
    response.end()
  })
  // HTTPS (and WebSockets) ask the proxy for a tunnel to host:port.
  server.on("connect", (request, socket) => {
    seen.push(String(request.url))
    socket.on("error", () => undefined)
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n")
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    /** For Chromium's --proxy-server. */
    url: `http://127.0.0.1:${server.address().port}`,
    destinations: () => [...new Set(seen)].filter((destination) => !BROWSER_OWN.has(destination)),
    close: () => new Promise((resolve) => server.close(resolve))
  }
}
