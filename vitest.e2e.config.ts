import { defineConfig } from "vitest/config"

// One Chromium at a time: the machine has two cores and each test drives a whole browser.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
