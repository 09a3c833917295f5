// 回收站: delete a draft (with confirmation), restore it, delete again and empty the trash for good.
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";
import { TrashPage } from "./pages/trash-page";

test("delete to 回收站, restore, then 清空回收站", async ({ page, dataDir }) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.insertInto(draft.proposalTitle, "关于建设智慧菜市场的提案");
  await draft.expectSaved();

  // Cancelling keeps the draft.
  await draft.deleteButton.click();
  await page.getByRole("dialog", { name: "删除这份文稿？" }).getByRole("button", { name: "取消" }).click();
  await expect(draft.proposalTitle).toBeVisible();

  await draft.moveToTrash();
  await expect(list.emptyState).toBeVisible();

  const trash = new TrashPage(page);
  await trash.open();
  await expect(trash.list.getByRole("listitem")).toHaveCount(1);
  await expect(trash.list).toContainText("关于建设智慧菜市场的提案");
  await trash.restoreButton("关于建设智慧菜市场的提案").click();
  await expect(page.getByText("已恢复")).toBeVisible();
  await expect(trash.emptyNote).toBeVisible();

  await list.open();
  await expect(list.row("智慧菜市场")).toHaveCount(1);
  await list.row("智慧菜市场").click();
  await expect(draft.proposalTitle).toHaveValue("关于建设智慧菜市场的提案");

  await draft.moveToTrash();
  await trash.open();
  await trash.emptyTrash();
  await expect(page.getByText("已永久删除 1 份文稿")).toBeVisible();
  await expect(trash.emptyNote).toBeVisible();
  await expect(trash.emptyButton).toBeDisabled();

  const leftovers = (await readdir(dataDir, { recursive: true })).filter((f) => f.includes(id));
  expect(leftovers).toEqual([]);
  await expect(access(path.join(dataDir, "drafts", `${id}.json`))).rejects.toThrow();
});
