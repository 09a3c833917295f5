// Page model of the 格式审查 panel and of the wavy underlines over letter fields.
import { expect, type Locator, type Page } from "@playwright/test";

/** The 格式审查 panel beside the preview. */
export class LintPanel {
  readonly root: Locator;
  readonly counts: Locator;
  readonly findings: Locator;
  readonly blocking: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "格式审查" });
    this.counts = this.root.getByTestId("lint-counts");
    this.findings = this.root.getByTestId("lint-finding");
    this.blocking = this.root.getByTestId("lint-blocking");
  }

  /** The list items of one rule, optionally only those whose text contains `text`. */
  finding(rule: string, text?: string | RegExp): Locator {
    const items = this.findings.and(this.page.locator(`[data-rule="${rule}"]`));
    return text === undefined ? items : items.filter({ hasText: text });
  }

  /** Clicks a finding (jumps to its text in the editor). */
  async jumpTo(item: Locator): Promise<void> {
    await item.locator(".lint-goto").click();
  }

  /** Applies the quick fix of a finding. */
  async applyFix(item: Locator): Promise<void> {
    await item.getByTestId("lint-fix").click();
  }

  /** 确认忽略… → types the reason (as an input method commits it) → 确认忽略. */
  async acknowledge(item: Locator, reason: string): Promise<void> {
    await item.getByTestId("lint-acknowledge").click();
    const dialog = this.page.getByRole("dialog", { name: "确认忽略这条警告" });
    await dialog.getByLabel("确认理由（记入审计记录）").click();
    await this.page.keyboard.insertText(reason);
    await dialog.getByRole("button", { name: "确认忽略" }).click();
    await expect(dialog).toBeHidden();
  }

  /** The underlined stretches drawn over the field labelled `label`. */
  marksOf(label: string): Locator {
    const field = this.page.getByLabel(label, { exact: true });
    return field.locator("xpath=..").getByTestId("lint-mark");
  }

  /** The texts of the underlined stretches of a field (drawn from data-text, see lint-underlay.tsx). */
  async markedTexts(label: string): Promise<string[]> {
    const marks = this.marksOf(label);
    return marks.evaluateAll((els) => els.map((e) => e.getAttribute("data-text") ?? ""));
  }

  /** The selected text of a field (what a jump selected). */
  async selectionOf(field: Locator): Promise<string> {
    return field.evaluate((el) => {
      const t = el as HTMLInputElement | HTMLTextAreaElement;
      return t.value.slice(t.selectionStart ?? 0, t.selectionEnd ?? 0);
    });
  }
}
