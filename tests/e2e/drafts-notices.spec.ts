// Store notices: a hand-corrupted index.json is rebuilt on start and the user is told, in a dismissible banner.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { blankDraft } from "../../shared/model/factory";
import { expect, test as base } from "./fixtures";
import { DraftListPage } from "./pages/draft-list-page";

/** A data folder with one valid draft file and a corrupt index.json. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-e2e-notice-"));
    await mkdir(path.join(dir, "drafts"));
    const draft = blankDraft("kept1", "2024-05-01T08:00:00.000Z", "建议");
    const stored = { ...draft, revision: 3, record: { ...draft.record, proposalNumber: 88, proposers: ["周琳"] } };
    await writeFile(path.join(dir, "drafts", "kept1.json"), JSON.stringify(stored));
    await writeFile(path.join(dir, "index.json"), '{"entries": {"kept1": {"id": "ke');
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

test("a corrupt index is reported in a banner, the draft is still listed, and 知道了 dismisses it for good", async ({
  page,
}) => {
  const banner = page.getByLabel("存储提示");
  await expect(banner).toContainText("索引");
  const list = new DraftListPage(page);
  await expect(list.row("第88号")).toContainText("周琳");

  await banner.getByRole("button", { name: "知道了" }).first().click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(list.row("第88号")).toBeVisible();
  await expect(page.getByLabel("存储提示")).toHaveCount(0);
});
