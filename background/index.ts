import { registerBackground } from "~src/platform/chrome-background"

registerBackground()
