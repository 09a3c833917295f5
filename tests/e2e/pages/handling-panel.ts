// Page model of the 办理 panel on the draft page and of the 统计 page.
import type { Locator, Page } from "@playwright/test";

/** The 办理 panel. */
export class HandlingPanel {
  readonly root: Locator;
  readonly satisfaction: Locator;
  readonly levelSelect: Locator;
  readonly recordButton: Locator;
  readonly reopenButton: Locator;
  readonly result: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator("details.handling-panel");
    this.satisfaction = this.root.getByRole("region", { name: "征询意见" });
    this.levelSelect = this.satisfaction.getByLabel("满意度");
    this.recordButton = this.satisfaction.getByRole("button", { name: "登记征询意见" });
    this.reopenButton = this.satisfaction.getByRole("button", { name: "重办" });
    this.result = this.root.getByTestId("satisfaction-result");
    this.history = this.root.getByRole("list", { name: "办理经过" });
  }

  /** Records a 征询意见 result (dated today, the form's default). */
  async recordSatisfaction(level: "满意" | "基本满意" | "不满意"): Promise<void> {
    await this.levelSelect.selectOption(level);
    await this.recordButton.click();
  }
}

/** The 统计 page. */
export class StatsPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "办理统计" });
  }

  /** The value shown on one card (e.g. 满意率). */
  card(label: string): Locator {
    return this.root.getByRole("group", { name: label, exact: true }).locator("strong");
  }
}
