// The rest of the record: 答复类别 by the bureau's scheme (mark in the preview), 公开属性, 会办单位, 办理期限 from the
// rule (and with an extension), 密级 — all kept after a reload and written to the draft file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";
import { SettingsPage } from "./pages/settings-page";

test("category, disclosure, co-units, due date and secrecy are edited, previewed and stored", async ({
  page,
  dataDir,
}) => {
  // A three-class bureau with a 2-month rule and 1-month extensions.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.fullName.fill("惠济区科学技术局");
  await settings.radio("A/B/C 三类").check();
  await settings.deadline.fill("2");
  await settings.extension.fill("1");
  await settings.saveButton.click();
  await expect(page.getByText("设置已保存")).toBeVisible();

  const list = new DraftListPage(page);
  await list.open();
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);

  const category = page.getByLabel("答复类别");
  await expect(category.locator("option")).toHaveText(["（未选择）", /^A 类/, /^B 类/, /^C 类/]);
  await category.selectOption("B");
  await expect(page.getByTestId("a4-page").first().getByText("B", { exact: true })).toBeVisible();

  await page.getByLabel("公开属性").selectOption("依申请公开");
  await draft.insertInto(page.getByLabel("会办单位"), "区财政局、区发展改革委");
  await page.getByLabel("密级").selectOption("秘密");

  await draft.assignedDate.fill("2026-03-31");
  await expect(page.getByTestId("due-rule")).toHaveText(/2026年5月31日/);
  await page.getByRole("checkbox", { name: /已批准延期/ }).check();
  await expect(page.getByTestId("due-rule")).toHaveText(/（含延期）.*2026年6月30日/);
  await expect(page.getByTestId("sign-info")).toContainText("尚未编号");

  await draft.expectSaved();
  await page.reload();
  await expect(page.getByLabel("答复类别")).toHaveValue("B");
  await expect(page.getByLabel("公开属性")).toHaveValue("依申请公开");
  await expect(page.getByLabel("会办单位")).toHaveValue("区财政局、区发展改革委");
  await expect(page.getByLabel("密级")).toHaveValue("秘密");
  await expect(page.getByRole("checkbox", { name: /已批准延期/ })).toBeChecked();

  const stored = JSON.parse(await readFile(path.join(dataDir, "drafts", `${id}.json`), "utf8")) as {
    record: Record<string, unknown>;
  };
  expect(stored.record).toMatchObject({
    category: "B",
    disclosure: "依申请公开",
    coUnits: ["区财政局", "区发展改革委"],
    secrecy: "秘密",
    assignedDate: "2026-03-31",
    extensionApproved: true,
    dueDate: null,
  });

  // 会办 opinions carry no category: the field goes away and so does the mark.
  await page.getByRole("radio", { name: "会办" }).check();
  await expect(page.getByLabel("答复类别")).toHaveCount(0);
  await expect(page.getByTestId("a4-page").first().getByText("B", { exact: true })).toHaveCount(0);
});
