// Page model of one draft (#/drafts/<id>): record fields, save state, delete.
import { expect, type Locator, type Page } from "@playwright/test";

/** The draft page. */
export class DraftPage {
  readonly saveState: Locator;
  readonly session: Locator;
  readonly number: Locator;
  readonly proposalTitle: Locator;
  readonly assignedDate: Locator;
  readonly deleteButton: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByTestId("save-state");
    this.session = page.getByLabel("届次会议");
    this.number = page.getByLabel("编号", { exact: true });
    this.proposalTitle = page.getByLabel(/^(提案|建议)标题$/);
    this.assignedDate = page.getByLabel("交办日期");
    this.deleteButton = page.getByRole("button", { name: "删除文稿" });
    this.saveButton = page.getByRole("button", { name: "保存", exact: true });
  }

  /** The proposer field: labelled 提案人 (提案) or 代表 (建议). */
  proposers(channel: "提案" | "建议" = "提案"): Locator {
    return this.page.getByLabel(channel === "提案" ? "提案人" : "代表", { exact: true });
  }

  /** Waits until the header says 已保存. */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText("已保存");
  }

  /** Types text into a field the way an input method commits it (insertText, no key events). */
  async insertInto(field: Locator, text: string): Promise<void> {
    await field.click();
    await field.press("End");
    await this.page.keyboard.insertText(text);
  }

  /** 删除 → confirm 移入回收站; ends on the list. */
  async moveToTrash(): Promise<void> {
    await this.deleteButton.click();
    await this.page.getByRole("dialog", { name: "删除这份文稿？" }).getByRole("button", { name: "移入回收站" }).click();
    await expect(this.page.getByRole("heading", { name: "答复函文稿" })).toBeVisible();
  }
}
