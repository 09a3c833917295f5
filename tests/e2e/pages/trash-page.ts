// Page model of the 回收站 (#/trash).
import { expect, type Locator, type Page } from "@playwright/test";

/** The trash page. */
export class TrashPage {
  readonly list: Locator;
  readonly emptyButton: Locator;
  readonly emptyNote: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole("list", { name: "回收站中的文稿" });
    this.emptyButton = page.getByRole("button", { name: "清空回收站" });
    this.emptyNote = page.getByText("回收站是空的。");
  }

  /** Goes to the trash through the nav bar. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "回收站" }).click();
    await expect(this.page.getByRole("heading", { name: "回收站" })).toBeVisible();
  }

  /** The 恢复 button of the draft whose title contains `title`. */
  restoreButton(title: string): Locator {
    return this.list.getByRole("listitem").filter({ hasText: title }).getByRole("button", { name: /^恢复/ });
  }

  /** 清空回收站 → confirm 永久删除. */
  async emptyTrash(): Promise<void> {
    await this.emptyButton.click();
    await this.page.getByRole("dialog", { name: "清空回收站？" }).getByRole("button", { name: "永久删除" }).click();
  }
}
