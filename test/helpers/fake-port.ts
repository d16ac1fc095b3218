import type { PortLike } from "~src/llm/host-protocol"

export interface FakePort extends PortLike {
  closed: boolean
  sent: unknown[]
}

/**
 * Two connected ends that behave like chrome.runtime.Port: messages arrive asynchronously as
 * copies (structured clone), posting on a closed port throws, and disconnect() fires onDisconnect on
 * the other end only, as Chrome does.
 */
export function portPair(): [FakePort, FakePort] {
  const make = () => {
    const messageListeners: ((message: unknown) => void)[] = []
    const disconnectListeners: (() => void)[] = []
    const end = {
      closed: false,
      sent: [] as unknown[],
      peer: null as null | ReturnType<typeof make>,
      messageListeners,
      disconnectListeners,
      postMessage(message: unknown) {
        if (end.closed) throw new Error("Attempting to use a disconnected port object")
        end.sent.push(message)
        const copy = structuredClone(message)
        setTimeout(() => {
          if (!end.peer?.closed) for (const listener of end.peer?.messageListeners ?? []) listener(copy)
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
      onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) }
    }
    return end
  }
  const a = make()
  const b = make()
  a.peer = b
  b.peer = a
  return [a, b]
}
