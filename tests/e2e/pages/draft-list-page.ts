// Page model of the draft list (#/): locators and the few actions the specs share.
import { expect, type Locator, type Page } from "@playwright/test";

/** The draft list page. */
export class DraftListPage {
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly newButton: Locator;
  readonly sampleButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel("搜索");
    this.statusFilter = page.getByLabel("状态");
    this.newButton = page.getByRole("button", { name: "新建", exact: true });
    this.sampleButton = page.getByRole("button", { name: "打开示例" }).first();
    this.table = page.getByRole("table", { name: "文稿列表" });
    this.rows = this.table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
    this.emptyState = page.getByRole("heading", { name: "还没有答复函" });
    this.noMatch = page.getByText("没有符合条件的文稿");
  }

  /** Goes to the list through the nav bar. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "文稿" }).click();
    await expect(this.page.getByRole("heading", { name: "答复函文稿" })).toBeVisible();
  }

  /** The row whose text contains `text`. */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** 新建 → choose the channel → 创建; returns the new draft's id (from the URL). */
  async createDraft(channel: "提案" | "建议" = "提案"): Promise<string> {
    const button = (await this.emptyState.isVisible())
      ? this.page.getByRole("button", { name: "新建答复函" })
      : this.newButton;
    await button.click();
    const dialog = this.page.getByRole("dialog", { name: "新建答复函" });
    await dialog.getByRole("radio", { name: new RegExp(`^${channel}`) }).check();
    await dialog.getByRole("button", { name: "创建" }).click();
    await this.page.waitForURL(/#\/drafts\/[A-Za-z0-9_-]+$/);
    return new URL(this.page.url()).hash.replace("#/drafts/", "");
  }
}
