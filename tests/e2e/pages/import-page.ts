// Page model of 导入 (#/import): sources, the queue with progress, and the side-by-side check screen.
import { expect, type Locator, type Page } from "@playwright/test";

/** A file as Playwright's setInputFiles takes it. */
export interface UploadFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** The import page. */
export class ImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly dropZone: Locator;
  readonly pasteBox: Locator;
  readonly pasteButton: Locator;
  readonly queue: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly cleaningSteps: Locator;
  readonly sourceText: Locator;
  readonly outlineHeadings: Locator;
  readonly figures: Locator;
  readonly notices: Locator;
  readonly saveButton: Locator;
  readonly saveNextButton: Locator;
  readonly dateCheck: Locator;
  readonly dateConfirmed: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "导入答复函" });
    this.fileInput = page.getByLabel("选择要导入的文件");
    this.dropZone = page.getByTestId("import-drop-zone");
    this.pasteBox = page.getByLabel(/或粘贴答复函的文字/);
    this.pasteButton = page.getByRole("button", { name: "识别粘贴的文字" });
    this.queue = page.getByRole("list", { name: "导入队列" });
    this.progress = page.getByRole("progressbar", { name: "识别进度" });
    this.progressText = page.getByTestId("import-progress");
    this.cleaningSteps = page.getByRole("list", { name: "清理步骤" });
    this.sourceText = page.getByLabel("清理后的原文");
    this.outlineHeadings = page.getByTestId("outline-heading");
    this.figures = page.getByRole("table", { name: "识别出的数据" });
    this.notices = page.getByRole("list", { name: "导入提示" });
    this.saveButton = page.getByRole("button", { name: "保存为文稿" });
    this.saveNextButton = page.getByRole("button", { name: "保存，检查下一份" });
    this.dateCheck = page.getByRole("group", { name: "成文日期需确认" });
    this.dateConfirmed = page.getByRole("checkbox", { name: /已核对成文日期/ });
  }

  /** Opens 导入 from the navigation bar. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "导入" }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The check screen of the letter named `name` (file name or 粘贴的文字（n）). */
  checkScreen(name: string): Locator {
    return this.page.getByRole("region", { name: `核对：${name}` });
  }

  /** The queue row of a letter. */
  queueRow(name: string): Locator {
    return this.queue.getByRole("listitem").filter({ hasText: name });
  }

  /** A field of the record part of the check screen, by its label. */
  field(label: string | RegExp): Locator {
    return this.page.locator(".imp-record").getByLabel(label);
  }

  /** Picks files with the file chooser input (several at once). */
  async pickFiles(files: readonly UploadFile[]): Promise<void> {
    await this.fileInput.setInputFiles(files.map((f) => ({ ...f })));
  }

  /** Drops files on the drop zone, as dragging them from the file manager does. */
  async dropFiles(files: readonly UploadFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.mimeType, data: [...f.buffer] }));
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name, { type: f.type }));
      return dt;
    }, payload);
    await this.dropZone.dispatchEvent("dragover", { dataTransfer: transfer });
    await this.dropZone.dispatchEvent("drop", { dataTransfer: transfer });
  }

  /** Pastes text into the paste box (one insertText, like a clipboard paste) and asks for recognition. */
  async pasteText(text: string): Promise<void> {
    await this.pasteBox.click();
    await this.page.keyboard.insertText(text);
    await this.pasteButton.click();
  }

  /** Opens 导入, pastes `text` as the session's first pasted letter, and returns its check screen. */
  async openAndPaste(text: string): Promise<Locator> {
    await this.open();
    await this.pasteText(text);
    return this.checkScreen("粘贴的文字（1）");
  }
}
