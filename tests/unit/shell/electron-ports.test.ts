// The Electron host ports with fake dialogs and a real temp folder: what the dialogs are asked, what is written
// where, cancelling writes nothing, an existing file is never overwritten by a folder export.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { electronPorts, type DialogPorts } from "../../../electron/main/electron-ports";
import { tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-ports-"));
});
afterEach(() => cleanup());

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function dialogs(answer: { filePath?: string; folder?: string }): DialogPorts & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    documentsDir: () => path.join(dir, "文档"),
    showSaveDialog: async (options) => {
      asked.push(options);
      return answer.filePath ? { canceled: false, filePath: answer.filePath } : { canceled: true };
    },
    showOpenDialog: async (options) => {
      asked.push(options);
      return answer.folder ? { canceled: false, filePaths: [answer.folder] } : { canceled: true, filePaths: [] };
    },
  };
}

describe("electron ports: one file", () => {
  it("asks with the suggested name in Documents, a Word filter and overwrite confirmation, then writes it", async () => {
    const target = path.join(dir, "答复函.docx");
    const d = dialogs({ filePath: target });
    const delivery = await electronPorts(d).deliverFile("答复函.docx", bytes("DOCX"), "application/docx");
    expect(delivery).toEqual({ kind: "saved", path: target });
    expect(await readFile(target, "utf8")).toBe("DOCX");
    expect(d.asked).toEqual([
      expect.objectContaining({
        defaultPath: path.join(dir, "文档", "答复函.docx"),
        filters: [{ name: "Word 文档", extensions: ["docx"] }],
        properties: expect.arrayContaining(["showOverwriteConfirmation"]),
      }),
    ]);
  });

  it("offers an exchange file under its own filter", async () => {
    const d = dialogs({});
    await electronPorts(d).deliverFile("交换.replydesk", bytes("x"), "application/octet-stream");
    expect(d.asked).toEqual([
      expect.objectContaining({ filters: [{ name: "答复函交换文件", extensions: ["replydesk"] }] }),
    ]);
  });

  it("writes nothing when the dialog is cancelled", async () => {
    const delivery = await electronPorts(dialogs({})).deliverFile("答复函.docx", bytes("DOCX"), "x");
    expect(delivery).toEqual({ kind: "cancelled" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("explains in Chinese when the chosen folder cannot be written", async () => {
    const target = path.join(dir, "不存在的文件夹", "答复函.docx");
    await expect(
      electronPorts(dialogs({ filePath: target })).deliverFile("答复函.docx", bytes("D"), "x"),
    ).rejects.toMatchObject({ code: "IO", message: expect.stringMatching(/^无法写入 .*请换一个文件夹再试。$/u) });
  });
});

describe("electron ports: several files", () => {
  it("writes them into the chosen folder, never overwriting: a taken name gets a suffix", async () => {
    const folder = path.join(dir, "导出");
    await mkdir(folder);
    await writeFile(path.join(folder, "甲.docx"), "OLD");
    const delivery = await electronPorts(dialogs({ folder })).deliverFiles("批量.zip", [
      { name: "甲.docx", bytes: bytes("NEW A") },
      { name: "乙.docx", bytes: bytes("NEW B") },
    ]);
    expect(delivery).toEqual({ kind: "saved", path: folder });
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(3);
    expect(await readFile(path.join(folder, "甲.docx"), "utf8")).toBe("OLD");
    expect(await readFile(path.join(folder, "乙.docx"), "utf8")).toBe("NEW B");
    const renamed = names.find((n) => n !== "甲.docx" && n !== "乙.docx") ?? "";
    expect(renamed).toMatch(/^甲.+\.docx$/u);
    expect(await readFile(path.join(folder, renamed), "utf8")).toBe("NEW A");
  });

  it("writes nothing when no folder is chosen", async () => {
    const delivery = await electronPorts(dialogs({})).deliverFiles("批量.zip", [
      { name: "甲.docx", bytes: bytes("A") },
    ]);
    expect(delivery).toEqual({ kind: "cancelled" });
    expect(await readdir(dir)).toEqual([]);
  });
});
