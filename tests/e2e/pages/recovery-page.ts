// Page model of the 恢复 page (#/recovery[/<id>]): backups, a backup's drafts, one draft's history.
import { expect, type Locator, type Page } from "@playwright/test";

/** The recovery page. */
export class RecoveryPage {
  readonly heading: Locator;
  readonly backups: Locator;
  readonly history: Locator;
  readonly dialog: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "恢复", exact: true });
    this.backups = page.getByRole("list", { name: "每日备份列表" });
    this.history = page.getByRole("region", { name: /./ }).filter({ has: page.getByText("每日备份中的这份文稿") });
    this.dialog = page.getByRole("dialog", { name: "恢复这份文稿？" });
    this.result = page.getByRole("status").filter({ hasText: "已从" });
  }

  /** Goes to 恢复 through the nav bar. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "恢复" }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The drafts listed for backup `name`. */
  draftsOf(name: string): Locator {
    return this.page.getByRole("list", { name: `备份 ${name} 中的文稿` });
  }

  /** Clicks a restore button by its accessible name, confirms, and waits for a new result line. */
  async restore(buttonName: string): Promise<void> {
    const before = (await this.result.count()) > 0 ? await this.result.innerText() : null;
    await this.page.getByRole("button", { name: buttonName }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole("button", { name: "恢复", exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
    if (before === null) await expect(this.result).toBeVisible();
    else await expect(this.result).not.toHaveText(before);
  }
}
