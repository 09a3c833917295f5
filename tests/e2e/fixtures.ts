// Playwright fixtures: each test gets its own data folder and its own browser-mode server.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { startServer, type RunningServer } from "./web-server";

/** What every end-to-end test receives besides `page`. */
export interface AppFixtures {
  /** The fresh data folder of this test (REPLYDESK_DATA_DIR of its server). */
  readonly dataDir: string;
  /** The running server (url with token, origin, token, stop()). */
  readonly server: RunningServer;
  /** The app URL including the token. */
  readonly appUrl: string;
}

/** `test` with a fresh data folder and server per test; `page` is already at the app. */
export const test = base.extend<AppFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-e2e-"));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  server: async ({ dataDir }, use) => {
    const server = await startServer(dataDir);
    await use(server);
    await server.stop();
  },
  appUrl: async ({ server }, use) => {
    await use(server.url);
  },
  page: async ({ page, appUrl }, use) => {
    await page.goto(appUrl);
    await use(page);
  },
});

export { expect };
