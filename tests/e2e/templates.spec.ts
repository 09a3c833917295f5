// User templates end to end: 存为模板 from a draft, pick it in 新建, the wording comes back with the new record
// filled in, and a saved template can be deleted again.
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";

/** Selects the template whose option text starts with `name`. */
async function pickTemplate(dialog: Locator, name: string): Promise<void> {
  const select = dialog.getByLabel("模板");
  const option = select.locator("option", { hasText: name });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute("value")) ?? "");
}

const OWN_MEASURE = "组建专班逐户走访，建立问题清单";

test("save a draft's structure as a template, create a new draft from it, then delete the template", async ({
  page,
}) => {
  const list = new DraftListPage(page);
  await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.insertInto(draft.proposalTitle, "关于加快数字乡村建设的提案");
  await draft.insertInto(draft.proposers(), "李四");
  const measure = page.getByLabel("第一部分一是正文");
  await measure.fill("");
  await draft.insertInto(measure, OWN_MEASURE);
  await draft.expectSaved();

  await page.getByRole("button", { name: "存为模板" }).click();
  const dialog = page.getByRole("dialog", { name: "存为模板" });
  await dialog.getByLabel("模板名称").fill("");
  await dialog.getByRole("button", { name: "保存模板" }).click();
  await expect(dialog.getByRole("alert")).toContainText("模板名称不能为空");
  await dialog.getByLabel("模板名称").fill("数字乡村答复");
  await dialog.getByRole("button", { name: "保存模板" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已存为模板“数字乡村答复”" })).toBeVisible();

  // A new draft from the saved template: its own record, the saved wording.
  await list.open();
  await list.newButton.click();
  const create = page.getByRole("dialog", { name: "新建答复函" });
  await pickTemplate(create, "数字乡村答复");
  await create.getByRole("button", { name: "创建" }).click();
  await page.waitForURL(/#\/drafts\/[A-Za-z0-9_-]+$/);
  await expect(page.getByLabel("第一部分一是正文")).toHaveValue(OWN_MEASURE);
  await expect(draft.proposers()).toHaveValue("");
  await expect(draft.proposalTitle).toHaveValue("");

  // Delete the user template from the 新建 dialog; built-in templates offer no delete.
  await list.open();
  await list.newButton.click();
  await pickTemplate(create, "数字乡村答复");
  await create.getByRole("button", { name: "删除此自存模板" }).click();
  await expect(create.getByLabel("模板").locator("option", { hasText: "数字乡村答复" })).toHaveCount(0);
  await expect(create.getByRole("button", { name: "删除此自存模板" })).toHaveCount(0);
});
