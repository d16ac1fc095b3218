import type { PortLike } from "~src/llm/host-protocol"

export interface FakePort extends PortLike {
  closed: boolean
  sent: unknown[]
  peer: FakePort | null
  messageListeners: ((message: unknown) => void)[]
  disconnectListeners: (() => void)[]
}

function makeEnd(): FakePort {
  const end: FakePort = {
    closed: false,
    sent: [],
    peer: null,
    messageListeners: [],
    disconnectListeners: [],
    postMessage(message: unknown) {
      if (end.closed) throw new Error("Attempting to use a disconnected port object")
      end.sent.push(message)
      const copy = structuredClone(message)
      setTimeout(() => {
        const peer = end.peer
        if (peer && !peer.closed) for (const listener of peer.messageListeners) listener(copy)
      }, 0)
    },
    disconnect() {
      if (end.closed) return
      end.closed = true
      const peer = end.peer
      if (peer && !peer.closed) {
        peer.closed = true
        setTimeout(() => peer.disconnectListeners.forEach((listener) => listener()), 0)
      }
    },
    onMessage: { addListener: (listener) => end.messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => end.disconnectListeners.push(listener) }
  }
  return end
}

/**
 * Two connected ends that behave like chrome.runtime.Port: messages arrive asynchronously as
 * copies (structured clone), posting on a closed port throws, and disconnect() fires onDisconnect on
 * the other end only, as Chrome does.
 */
export function portPair(): [FakePort, FakePort] {
  const a = makeEnd()
  const b = makeEnd()
  a.peer = b
  b.peer = a
  return [a, b]
}

/**
 * An EngineClient `connect` that opens a fake port pair to whichever host `to()` names at that
 * moment (tests swap the host to play a closed offscreen document), recording the client ends.
 */
export function connectTo(to: () => { connect(port: PortLike): void }, ports: FakePort[] = []): () => Promise<PortLike> {
  return async () => {
    const [clientEnd, hostEnd] = portPair()
    ports.push(clientEnd)
    to().connect(hostEnd)
    return clientEnd
  }
}
