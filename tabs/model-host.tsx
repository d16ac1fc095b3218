import { startModelHost } from "~src/platform/chrome-model-host"

// The offscreen document that hosts the on-device model (see README, "Engine architecture").
// It renders nothing; it only has to exist.
startModelHost()

export default function ModelHost() {
  return null
}
