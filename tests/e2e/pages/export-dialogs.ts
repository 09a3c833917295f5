// Page models of the export UI: the 导出 Word dialog, the 批量导出 dialog and the 印章 settings.
import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";

/** A downloaded file's bytes. */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const file = await download.path();
  return new Uint8Array(await readFile(file));
}

/** Unzips bytes (a .docx or a .zip) into name → bytes. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The text parts of a .docx: document.xml and the headers joined. */
export function docxText(bytes: Uint8Array): { document: string; headers: string; media: string[] } {
  const files = unzipSync(bytes);
  const text = (name: string): string => (files[name] ? strFromU8(files[name]) : "");
  const headers = Object.keys(files)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .map(text)
    .join("\n");
  return {
    document: text("word/document.xml"),
    headers,
    media: Object.keys(files).filter((n) => n.startsWith("word/media/")),
  };
}

/** The visible characters of a WordprocessingML part (all <w:t> runs, concatenated). */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "").join("");
}

/** The 导出 Word dialog of the draft page. */
export class ExportDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly draftRadio: Locator;
  readonly formalRadio: Locator;
  readonly blocked: Locator;
  readonly exportDraftButton: Locator;
  readonly formalButton: Locator;
  readonly status: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole("button", { name: "导出 Word", exact: true });
    this.dialog = page.getByRole("dialog", { name: "导出 Word" });
    this.draftRadio = this.dialog.getByRole("radio", { name: "草稿", exact: true });
    this.formalRadio = this.dialog.getByRole("radio", { name: "正式导出", exact: true });
    this.blocked = this.dialog.getByRole("note", { name: "不能正式导出的原因" });
    this.exportDraftButton = this.dialog.getByRole("button", { name: "导出草稿" });
    this.formalButton = this.dialog.getByRole("button", { name: "正式导出", exact: true });
    this.status = this.dialog.getByRole("status");
    this.alert = this.dialog.getByRole("alert");
  }

  /** Opens the dialog. */
  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Clicks `button` and returns the browser download it starts. */
  async exportAndDownload(button: Locator): Promise<Download> {
    const pending = this.page.waitForEvent("download");
    await button.click();
    return pending;
  }

  /** Closes the dialog (取消 or 关闭). */
  async close(): Promise<void> {
    await this.dialog.getByRole("button", { name: /^(取消|关闭)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The 批量导出 dialog of the draft list. */
export class BatchExportDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly status: Locator;
  readonly allScope: Locator;
  readonly pickScope: Locator;
  readonly count: Locator;
  readonly startButton: Locator;
  readonly progress: Locator;
  readonly cancelButton: Locator;
  readonly summary: Locator;
  readonly failures: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole("button", { name: "批量导出" });
    this.dialog = page.getByRole("dialog", { name: /批量导出|正在批量导出/ });
    this.status = this.dialog.getByLabel("状态");
    this.allScope = this.dialog.getByRole("radio", { name: /^全部/ });
    this.pickScope = this.dialog.getByRole("radio", { name: "逐份选择" });
    this.count = this.dialog.getByText(/^将导出 \d+ 份文稿$/);
    this.startButton = this.dialog.getByRole("button", { name: "开始导出" });
    this.progress = this.dialog.getByRole("progressbar", { name: "导出进度" });
    this.cancelButton = this.dialog.getByRole("button", { name: "取消导出" });
    this.summary = this.dialog.getByRole("status");
    this.failures = this.dialog.getByRole("list", { name: "未能导出的文稿" });
    this.closeButton = this.dialog.getByRole("button", { name: "关闭" });
  }

  /** Opens the dialog from the list toolbar. */
  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The checkbox of a draft in the pick list (label starts with its title). */
  pick(title: string | RegExp): Locator {
    return this.dialog.getByRole("group", { name: "选择要导出的文稿" }).getByRole("checkbox", { name: title });
  }
}

/** The 印章 part of the settings page. */
export class SealSettings {
  readonly group: Locator;
  readonly fileInput: Locator;
  readonly preview: Locator;
  readonly empty: Locator;
  readonly removeButton: Locator;
  readonly ok: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole("group", { name: "印章" });
    this.fileInput = this.group.getByLabel("印章图片文件");
    this.preview = this.group.getByRole("img", { name: "当前印章图片" });
    this.empty = this.group.getByTestId("seal-empty");
    this.removeButton = this.group.getByRole("button", { name: "移除印章" });
    this.ok = this.group.getByRole("status");
    this.error = this.group.getByRole("alert");
  }

  /** Chooses a PNG as the seal (the hidden file input behind 选择印章图片). */
  async choose(name: string, bytes: Uint8Array): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: "image/png", buffer: Buffer.from(bytes) });
  }

  /** 移除印章 → confirm. */
  async remove(): Promise<void> {
    await this.removeButton.click();
    await this.page.getByRole("dialog", { name: "移除印章图片？" }).getByRole("button", { name: "移除" }).click();
  }
}
