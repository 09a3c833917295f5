// Two offline "machines" for the workflow spec: each its own data folder, browser-mode server and browser
// context; and the user profile of a machine set through the settings page.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startServer, type RunningServer } from "../web-server";
import { SettingsPage } from "./settings-page";

/** One machine: data folder, server, and a browser page at the app. */
export interface Machine {
  readonly dataDir: string;
  readonly server: RunningServer;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly close: () => Promise<void>;
}

/** Starts a server on a fresh data folder and opens the app in a new browser context. */
export async function openMachine(browser: Browser, label: string): Promise<Machine> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `replydesk-e2e-${label}-`));
  const server = await startServer(dataDir);
  const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    dataDir,
    server,
    context,
    page,
    // Stops the server and removes the folder even if closing the browser context fails.
    close: async () => {
      try {
        await context.close();
      } finally {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** What the settings page sets for the bureau (who works is decided by signing in, not here). */
export interface Profile {
  readonly fullName?: string;
  readonly docCode?: string;
}

/** Opens 设置, fills the bureau fields given, saves. */
export async function setProfile(page: Page, profile: Profile): Promise<void> {
  const settings = new SettingsPage(page);
  await settings.open();
  if (profile.fullName !== undefined) await settings.fullName.fill(profile.fullName);
  if (profile.docCode !== undefined) await settings.docCode.fill(profile.docCode);
  await settings.saveButton.click();
  await expect(page.getByText("设置已保存。")).toBeVisible();
}

/** Today on this computer as YYYY-MM-DD (the app's date inputs default to it). */
export function today(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

/**
 * SHA-256 of every file of a data folder except backups/ and index.json (with its temp file): the index is a
 * cache of the draft files written on a debounce, so an earlier save may land in it at any moment.
 */
export async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const rel = path.relative(dataDir, p);
      if (e.isDirectory()) {
        if (rel !== "backups") await walk(p);
      } else if (rel !== "index.json" && !/^\.index\.json\..*\.tmp$/.test(rel)) {
        // (index.json's own temp file may exist for a moment while the debounced index write is under way)
        out[rel] = createHash("sha256")
          .update(await readFile(p))
          .digest("hex");
      }
    }
  };
  await walk(dataDir);
  return out;
}
