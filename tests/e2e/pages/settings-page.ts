// Page model of the settings page (#/settings).
import { expect, type Locator, type Page } from "@playwright/test";

/** The settings page. */
export class SettingsPage {
  readonly fullName: Locator;
  readonly shortName: Locator;
  readonly docCode: Locator;
  readonly deadline: Locator;
  readonly extension: Locator;
  readonly letterhead: Locator;
  readonly level3Bold: Locator;
  readonly userName: Locator;
  readonly saveButton: Locator;
  readonly dataDir: Locator;

  constructor(readonly page: Page) {
    this.fullName = page.getByLabel("单位全称");
    this.shortName = page.getByLabel("简称");
    this.docCode = page.getByLabel("发文字号代字");
    this.deadline = page.getByLabel("办理时限（月）");
    this.extension = page.getByLabel("延期（月）");
    this.letterhead = page.getByLabel("信函格式版头");
    this.level3Bold = page.getByLabel("三级标题加粗");
    this.userName = page.getByLabel("姓名");
    this.saveButton = page.getByRole("button", { name: "保存设置" });
    this.dataDir = page.getByTestId("data-dir");
  }

  /** Goes to the settings through the nav bar and waits for the form. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "设置" }).click();
    await expect(this.saveButton).toBeVisible();
  }

  /** A radio of 类别方案 or 角色 by its label. */
  radio(name: string): Locator {
    return this.page.getByRole("radio", { name, exact: true });
  }
}
