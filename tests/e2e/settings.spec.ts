// Settings: bureau profile and user persist across reload; invalid input is explained in Chinese.
import { expect, test } from "./fixtures";
import { SettingsPage } from "./pages/settings-page";

test("settings are validated in Chinese, saved, and still there after reload; the data folder is shown", async ({
  page,
  dataDir,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.dataDir).toHaveText(dataDir);

  await settings.fullName.fill("郑州市惠济区科学技术局");
  await settings.shortName.fill("区科技局");
  await settings.docCode.fill("惠科工函〔2024〕");
  await settings.deadline.fill("13");
  await settings.saveButton.click();
  await expect(page.getByText("发文字号代字只填机关代字")).toBeVisible();
  await expect(page.getByText("办理时限应为 1 到 12 之间的整数")).toBeVisible();

  await settings.docCode.fill("惠科工函");
  await settings.deadline.fill("2");
  await settings.extension.fill("1");
  await settings.radio("A/B/C 三类").check();
  await settings.letterhead.check();
  await settings.level3Bold.check();
  await settings.userName.click();
  await page.keyboard.insertText("陈静");
  // A role is never a setting: there is nothing to pick here, only the way to the roster.
  await expect(page.getByRole("radio", { name: "文书" })).toHaveCount(0);
  await expect(page.getByText("角色由单位人员名册决定")).toBeVisible();
  await settings.saveButton.click();
  await expect(page.getByText("设置已保存。")).toBeVisible();

  await page.reload();
  await expect(settings.fullName).toHaveValue("郑州市惠济区科学技术局");
  await expect(settings.shortName).toHaveValue("区科技局");
  await expect(settings.docCode).toHaveValue("惠科工函");
  await expect(settings.deadline).toHaveValue("2");
  await expect(settings.extension).toHaveValue("1");
  await expect(settings.radio("A/B/C 三类")).toBeChecked();
  await expect(settings.letterhead).toBeChecked();
  await expect(settings.level3Bold).toBeChecked();
  await expect(settings.userName).toHaveValue("陈静");
});
