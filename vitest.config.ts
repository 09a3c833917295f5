import { defineConfig } from "vitest/config";

// Unit tests run in plain Node; end-to-end tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    pool: "forks",
  },
});
