import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("../app", import.meta.url).pathname } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Each file starts its own app and browser; two at once fit this 2-core machine.
    maxWorkers: 2,
    globalSetup: ["./e2e/global-setup.ts"],
  },
});
