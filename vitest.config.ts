import { fileURLToPath } from "node:url"

import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { alias: [{ find: /^~(.*)$/, replacement: `${fileURLToPath(new URL("./", import.meta.url))}$1` }] },
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node"
  }
})
