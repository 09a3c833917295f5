// The real Electron app, where its runtime exists. Elsewhere (air-gapped machines, our CI) it reports
// itself skipped with the reason; browser mode covers the same renderer and services.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { _electron as electron, expect, test } from "@playwright/test";
import { findElectronRuntime } from "../../scripts/electron-runtime.mjs";
import { ROOT } from "./web-server";

const runtime = findElectronRuntime(ROOT);

test("Electron app opens the draft list with a hardened window", async () => {
  test.skip(
    runtime === null,
    "Electron 运行时未安装（本机无法下载，见 README“内网安装”）：桌面窗口测试跳过，浏览器模式测试覆盖同一界面与服务。",
  );
  execFileSync("npx", ["electron-vite", "build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "replydesk-electron-"));
  try {
    const app = await electron.launch({
      executablePath: runtime ?? undefined,
      args: [ROOT, "--no-sandbox"],
      env: { ...process.env, REPLYDESK_DATA_DIR: dataDir },
    });
    const window = await app.firstWindow();
    await expect(window.getByRole("heading", { name: /答复函/ }).first()).toBeVisible();
    // No Node in the page; only the named contract functions are exposed.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe("undefined");
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe("undefined");
    expect(
      await window.evaluate(
        () => typeof (globalThis as { replydesk?: { listDrafts?: unknown } }).replydesk?.listDrafts,
      ),
    ).toBe("function");
    await app.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
