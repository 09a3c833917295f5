import { defineConfig } from "vitest/config";

// Unit tests run in plain Node; end-to-end tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Hang guards only, never budgets: tests wait for conditions, and a busy CI machine may be 3× slower.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
