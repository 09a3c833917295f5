// Page model of the workflow UI on the draft page: the bar, the return dialog, the review view, the clerk
// panel, the audit trail and the exchange-file buttons.
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

/** The 审核流程 bar of one draft page. */
export class WorkflowBar {
  readonly root: Locator;
  readonly waiting: Locator;
  readonly submitButton: Locator;
  readonly approveButton: Locator;
  readonly returnButton: Locator;
  readonly reviewToggle: Locator;
  readonly auditToggle: Locator;
  readonly exportExchangeButton: Locator;
  readonly importExchangeButton: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly returnReasons: Locator;
  readonly review: Locator;
  readonly clerk: Locator;
  readonly audit: Locator;
  readonly importResult: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "审核流程" });
    this.waiting = this.root.getByTestId("workflow-waiting");
    this.submitButton = this.root.getByRole("button", { name: "提交审核", exact: true });
    this.approveButton = this.root.getByRole("button", { name: "审核通过", exact: true });
    this.returnButton = this.root.getByRole("button", { name: "退回修改", exact: true });
    this.reviewToggle = this.root.getByRole("button", { name: /^审阅与批注/ });
    this.auditToggle = this.root.getByRole("button", { name: "审计记录", exact: true });
    this.exportExchangeButton = this.root.getByRole("button", { name: "导出交换文件" });
    this.importExchangeButton = this.root.getByRole("button", { name: "导入交换文件" });
    // The bar's own messages (the clerk panel and the import result have their own live regions).
    this.status = this.root.locator(":scope > [role=status]:not([aria-label])");
    this.alert = this.root.locator(":scope > [role=alert]");
    this.returnReasons = this.root.getByTestId("return-reasons");
    this.review = this.root.getByRole("region", { name: "审阅视图" });
    this.clerk = this.root.getByRole("region", { name: "文书办理" });
    this.audit = this.root.getByRole("region", { name: "审计记录" });
    this.importResult = this.root.getByLabel("交换文件导入结果");
  }

  /** The status badge text of the bar. */
  badge(): Locator {
    return this.root.locator(".status-badge");
  }

  /** Opens the review view (if it is not open yet). */
  async openReview(): Promise<void> {
    if (!(await this.review.isVisible())) await this.reviewToggle.click();
    await expect(this.review).toBeVisible();
  }

  /** Opens the audit trail (if it is not open yet). */
  async openAudit(): Promise<void> {
    if (!(await this.audit.isVisible())) await this.auditToggle.click();
    await expect(this.audit).toBeVisible();
  }

  /** A block of the review view by its place name (标题, 结尾第1段, 第一部分…). */
  block(label: string): Locator {
    return this.review.getByRole("listitem", { name: label, exact: true });
  }

  /** 批注 on a block → type → 添加批注. */
  async comment(label: string, text: string): Promise<void> {
    const block = this.block(label);
    await block.getByRole("button", { name: `批注${label}` }).click();
    await block.getByLabel(`对${label}的批注`).fill(text);
    await block.getByRole("button", { name: "添加批注" }).click();
    await expect(block.getByRole("list", { name: `${label}的批注` })).toContainText(text);
  }

  /** 退回修改 → tick the reasons → 说明 → 确认退回. */
  async returnWith(reasons: readonly string[], text: string): Promise<void> {
    await this.returnButton.click();
    const dialog = this.page.getByRole("dialog", { name: "退回修改" });
    for (const r of reasons) await dialog.getByRole("checkbox", { name: r, exact: true }).check();
    await dialog.getByLabel("说明").fill(text);
    await dialog.getByRole("button", { name: "确认退回" }).click();
    await expect(dialog).toBeHidden();
  }

  /** 审核通过 → confirm in the dialog that names the version. */
  async approve(version: number): Promise<void> {
    await this.approveButton.click();
    const dialog = this.page.getByRole("dialog", { name: `审核通过第 ${version} 版？` });
    await dialog.getByRole("button", { name: "审核通过" }).click();
    await expect(dialog).toBeHidden();
  }

  /** 导出交换文件 → the browser download, saved into `dir`; returns the file path. */
  async exportExchange(dir: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportExchangeButton.click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await expect(this.status).toContainText("已导出交换文件");
    return file;
  }

  /** 导入交换文件 through the file picker. */
  async importExchange(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent("filechooser"), this.importExchangeButton.click()]);
    await chooser.setFiles(file);
  }

  /** The rows of the audit table (header excluded), each as its cells' texts. */
  async auditRows(): Promise<string[][]> {
    const rows = this.audit.getByRole("table", { name: "审计记录表" }).locator("tbody tr");
    const out: string[][] = [];
    for (const row of await rows.all()) out.push(await row.getByRole("cell").allTextContents());
    return out;
  }
}

/** 导入交换文件 from the draft list's toolbar. */
export async function importFromList(page: Page, file: string): Promise<Locator> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "导入交换文件" }).click(),
  ]);
  await chooser.setFiles(file);
  const result = page.getByLabel("交换文件导入结果");
  await expect(result).toBeVisible();
  return result;
}
