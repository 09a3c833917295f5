// Regenerates docs/screenshots/: the main screens at 1366×768 and 1920×1080 (the common office monitors), in
// Debian Chromium against browser mode on a fresh data folder. Run: npm run screenshots.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { ROOT, startServer, type RunningServer } from "../tests/e2e/web-server";

const OUT = path.join(ROOT, "docs", "screenshots");
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const BUREAU = { fullName: "惠济区科技和工业信息化局", shortName: "区科工信局", docCode: "惠科工函" };

type DraftShape = { id: string; revision: number; record: Record<string, unknown>; letter: Record<string, unknown> };

async function call<T>(server: RunningServer, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-ReplyDesk-Token": server.token, Origin: server.origin },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message ?? "failed"}`);
  return envelope.value as T;
}

async function actAs(server: RunningServer, role: string, name: string): Promise<void> {
  await call(server, "updateSettings", { user: { role, name }, bureau: BUREAU });
}

function localToday(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

/** The sample letter dated today and submitted by its officer; returns its id. */
async function submittedSample(server: RunningServer): Promise<string> {
  await actAs(server, "拟稿人", "李华");
  const d = await call<DraftShape & { letter: { signOff: Record<string, unknown> } }>(server, "createSampleDraft", {});
  const dated = {
    ...d,
    record: { ...d.record, docNumber: null, signer: null, signDate: null },
    letter: { ...d.letter, signOff: { ...d.letter.signOff, date: localToday() } },
  };
  await call(server, "saveDraft", { draft: dated, baseRevision: d.revision });
  await call(server, "submitDraft", { id: d.id });
  return d.id;
}

async function shoot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  // Fonts and the preview's measured layout settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState("networkidle");
  const file = path.join(OUT, `${name}-${size.width}x${size.height}.png`);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  console.log(path.relative(ROOT, file));
}

async function open(page: Page, server: RunningServer, hash: string, ready: string): Promise<void> {
  await page.goto(`${server.origin}/#${hash}`);
  await page.reload();
  await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 60_000 });
  // A draft page is ready when its lazily loaded editor and the A4 preview are there.
  if (hash.startsWith("/drafts/")) {
    await page.getByRole("region", { name: "A4 预览" }).waitFor({ timeout: 60_000 });
    await page.getByTestId("a4-line").first().waitFor({ timeout: 60_000 });
  }
}

async function main(): Promise<void> {
  execFileSync("npx", ["vite", "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  await mkdir(OUT, { recursive: true });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "replydesk-shots-"));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole("heading", { name: "还没有答复函" }).waitFor({ timeout: 60_000 });
      await shoot(page, "01-first-start", size);
      await context.close();
    }
    // One person holding every role (分工审核 off), signed in: the workflow steps are signed actions.
    await call(server, "createRoster", {
      name: "李华",
      password: "screenshots-only",
      roles: ["拟稿人", "审核人", "签发人", "文书", "管理员"],
    });
    await call(server, "setSeparationOfDuties", { enabled: false });
    await actAs(server, "拟稿人", "李华");
    const fresh = await call<DraftShape>(server, "createDraft", { channel: "提案" });
    const review = await submittedSample(server);
    const clerk = await submittedSample(server);
    const v = await call<{ n: number; hash: string }[]>(server, "listVersions", { id: clerk });
    await actAs(server, "审核人", "王强");
    await call(server, "approveDraft", { id: clerk, versionHash: v[v.length - 1]?.hash });

    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(server.url);
      await actAs(server, "拟稿人", "李华");
      await open(page, server, "/", "答复函文稿");
      await page.getByRole("table").first().waitFor();
      await shoot(page, "02-draft-list", size);
      await open(page, server, `/drafts/${fresh.id}`, "审核流程");
      await shoot(page, "03-new-draft-officer", size);
      await actAs(server, "审核人", "王强");
      await open(page, server, `/drafts/${review}`, "审核流程");
      await shoot(page, "04-review-supervisor", size);
      await actAs(server, "文书", "陈静");
      await open(page, server, `/drafts/${clerk}`, "审核流程");
      await shoot(page, "05-sign-clerk", size);
      await open(page, server, "/settings", "单位全称");
      await shoot(page, "06-settings", size);
      await open(page, server, "/recovery", "恢复");
      await shoot(page, "07-recovery", size);
      await open(page, server, "/import", "导入");
      await shoot(page, "08-import", size);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
