// 恢复 end to end: the server's start-up backup holds a draft; after the draft is changed, the older text is
// restored through the UI (with confirmation), the file on disk has it again, and the restore can be undone.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { blankDraft } from "../../shared/model/factory";
import { expect, test as base } from "./fixtures";
import { DraftPage } from "./pages/draft-page";
import { RecoveryPage } from "./pages/recovery-page";
import { SettingsPage } from "./pages/settings-page";

const ID = "rec00001";
const OLD_TITLE = "关于加强黄河生态保护的提案";
const NEW_TITLE = "关于改过标题的提案";

/** A data folder holding one draft before the server starts, so the start-up backup contains it. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-e2e-recovery-"));
    await mkdir(path.join(dir, "drafts"));
    const draft = blankDraft(ID, "2024-05-01T08:00:00.000Z", "提案");
    const stored = {
      ...draft,
      revision: 1,
      record: { ...draft.record, proposalNumber: 12, proposers: ["周琳"], proposalTitle: OLD_TITLE },
    };
    await writeFile(path.join(dir, "drafts", `${ID}.json`), JSON.stringify(stored));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

/** Waits for the server's background start-up backup and returns its name (YYYY-MM-DD). */
async function startupBackup(dataDir: string): Promise<string> {
  const root = path.join(dataDir, "backups");
  let name = "";
  await expect
    .poll(async () => {
      const names = existsSync(root) ? await readdir(root) : [];
      name = names.find((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)) ?? "";
      return name !== "" && existsSync(path.join(root, name, "drafts", `${ID}.json`));
    })
    .toBe(true);
  return name;
}

async function titleOnDisk(dataDir: string): Promise<string> {
  const d = JSON.parse(await readFile(path.join(dataDir, "drafts", `${ID}.json`), "utf8")) as {
    record: { proposalTitle: string };
  };
  return d.record.proposalTitle;
}

test("restore a changed draft from the start-up backup through 恢复, then undo the restore", async ({
  page,
  dataDir,
}) => {
  const backup = await startupBackup(dataDir);

  // Change the draft and wait until the change is on disk.
  await page.goto(`${new URL(page.url()).origin}/#/drafts/${ID}`);
  const draft = new DraftPage(page);
  await expect(draft.proposalTitle).toHaveValue(OLD_TITLE);
  await draft.proposalTitle.fill(NEW_TITLE);
  await draft.proposalTitle.blur();
  await draft.expectSaved();
  expect(await titleOnDisk(dataDir)).toBe(NEW_TITLE);

  // 恢复… on the draft page opens the draft's history.
  await page.getByRole("link", { name: "恢复…" }).click();
  const recovery = new RecoveryPage(page);
  await expect(recovery.heading).toBeVisible();
  await expect(page.getByRole("list", { name: "备份中的这份文稿" })).toContainText(`备份 ${backup}`);
  await expect(recovery.draftsOf(backup)).toContainText("之后有修改");

  // Cancelling changes nothing.
  await page.getByRole("button", { name: `恢复备份 ${backup} 中的内容` }).click();
  await expect(recovery.dialog).toContainText("恢复前的内容");
  await recovery.dialog.getByRole("button", { name: "取消" }).click();
  await expect(recovery.dialog).toHaveCount(0);
  expect(await titleOnDisk(dataDir)).toBe(NEW_TITLE);

  await recovery.restore(`恢复备份 ${backup} 中的内容`);
  await expect(recovery.result).toContainText(`已从备份 ${backup} 恢复`);
  expect(await titleOnDisk(dataDir)).toBe(OLD_TITLE);
  await expect(recovery.draftsOf(backup)).toContainText("与现在相同");

  // The replaced text was kept as a version: restoring it undoes the restore.
  const versions = page.getByRole("list", { name: "这份文稿的版本" });
  await expect(versions).toContainText("恢复前的内容");
  await recovery.restore("恢复版本 1 的内容");
  expect(await titleOnDisk(dataDir)).toBe(NEW_TITLE);

  // And back to the backup once more, then open the draft: the old text is in the form.
  await recovery.restore(`恢复备份 ${backup} 中的内容`);
  await recovery.result.getByRole("link", { name: "打开文稿" }).click();
  await expect(draft.proposalTitle).toHaveValue(OLD_TITLE);
});

test("the nav link lists the backups and their drafts; 备份保留天数 is kept in the settings", async ({
  page,
  dataDir,
}) => {
  const backup = await startupBackup(dataDir);
  await page.reload();
  const recovery = new RecoveryPage(page);
  await recovery.open();
  await expect(recovery.backups.getByRole("button", { name: new RegExp(backup) })).toContainText("文稿 1 份");
  await expect(recovery.draftsOf(backup)).toContainText(OLD_TITLE);
  await expect(recovery.draftsOf(backup)).toContainText("与现在相同");
  await recovery
    .draftsOf(backup)
    .getByRole("link", { name: new RegExp(OLD_TITLE) })
    .click();
  await expect(page.getByRole("list", { name: "备份中的这份文稿" })).toContainText(`备份 ${backup}`);
  await expect(page).toHaveURL(new RegExp(`#/recovery/${ID}$`));

  const settings = new SettingsPage(page);
  await settings.open();
  const days = page.getByLabel("备份保留天数");
  await expect(days).toHaveValue("14");
  await days.fill("400");
  await settings.saveButton.click();
  await expect(page.getByText("备份保留天数应为 1 到 365 之间的整数。")).toBeVisible();
  await days.fill("30");
  await settings.saveButton.click();
  await expect(page.getByRole("status").filter({ hasText: "设置已保存" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("备份保留天数")).toHaveValue("30");
  const onDisk = JSON.parse(await readFile(path.join(dataDir, "settings.json"), "utf8")) as { backupDays: number };
  expect(onDisk.backupDays).toBe(30);
  await recovery.open();
  await expect(page.getByText("保留最近 30 天")).toBeVisible();
});
