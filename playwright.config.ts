// Playwright: end-to-end tests in Debian Chromium against browser mode (real services, real files).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  // Hang guards, not budgets: on a busy 2-core machine (scripts/busy-ci.sh) a step may take several times longer.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  retries: 0,
  outputDir: "test-results/e2e",
  reporter: process.env["PW_JSON_OUT"] ? [["list"], ["json", { outputFile: process.env["PW_JSON_OUT"] }]] : [["list"]],
  use: {
    browserName: "chromium",
    locale: "zh-CN",
    viewport: { width: 1400, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
