import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("../app", import.meta.url).pathname } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    // Generous: on a loaded 2-core machine the longest flow (two people commenting live) took 52 s alone.
    testTimeout: 180_000,
    // expect.poll gives up after 1 s by default: under a full browser run this machine's load reaches 7, and a
    // comment's round trip (post, revalidate, render) took longer than that once (comments-keyboard, 2026-12-01).
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    pool: "forks",
    // Each file starts its own app and browser; two at once fit this 2-core machine.
    maxWorkers: 2,
    globalSetup: ["./e2e/global-setup.ts"],
    setupFiles: ["./e2e/setup.ts"],
  },
});
