// Seal PNG checks, safe file names, the no-overwrite writer and exportDraftToFile end to end.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportDraftToFile } from "../../../electron/main/services/export/export-draft";
import { safeDocxFileName } from "../../../electron/main/services/export/file-name";
import { checkPng } from "../../../electron/main/services/export/seal";
import { writeDocx } from "../../../electron/main/services/export/write-docx";
import { makePng, sampleDraft, sampleSettings, unzipDocx } from "./helpers";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "replydesk-export-"));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const IS_ROOT = process.getuid?.() === 0;
/** Whether a folder this process cannot write to is at hand (root ignores folder modes: sysfs stands in). */
const CAN_LOCK = !IS_ROOT || existsSync("/sys/kernel");

/** A folder this process cannot write to: the test folder made read-only, or sysfs when running as root. */
function lockFolder(): string {
  if (IS_ROOT) return "/sys/kernel";
  chmodSync(dir, 0o500);
  return dir;
}

describe("checkPng", () => {
  it("reads the dimensions of a real PNG", () => {
    expect(checkPng(makePng(30, 20))).toEqual({ width: 30, height: 20 });
  });

  it("rejects non-PNG, truncated and tampered files in Chinese", () => {
    const png = makePng(30, 30);
    const tampered = png.slice();
    tampered[17] = 0x7f; // width changed, IHDR CRC no longer matches
    for (const bad of [
      new TextEncoder().encode("not a png at all, just text........................"),
      png.subarray(0, png.length - 20),
      tampered,
    ]) {
      expect(() => checkPng(bad)).toThrow(/印章图片无法使用/);
    }
  });
});

describe("safeDocxFileName", () => {
  it("keeps Chinese titles and adds .docx", () => {
    expect(safeDocxFileName("关于第45号提案的答复")).toBe("关于第45号提案的答复.docx");
  });
  it("removes separators, control and reserved characters", () => {
    const name = safeDocxFileName('a/b\\c:d*e?"f<g>h|i\u0001j');
    expect(name).toBe("a_b_c_d_e__f_g_h_i_j.docx");
    expect(safeDocxFileName("../../etc/passwd")).not.toMatch(/[\\/]/);
  });
  it("avoids Windows device names, empty names and trailing dots", () => {
    for (const n of ["CON", "prn", "AUX", "NUL", "COM1", "lpt9", "con.txt"])
      expect(safeDocxFileName(n).startsWith("_")).toBe(true);
    expect(safeDocxFileName("   ")).toBe("答复函.docx");
    expect(safeDocxFileName("标题. ")).toBe("标题.docx");
  });
  it("bounds the length", () => {
    expect([...safeDocxFileName("长".repeat(500))].length).toBe(80 + 5);
  });
});

describe("writeDocx", () => {
  it("refuses to overwrite unless told, and then replaces the file whole", async () => {
    const file = path.join(dir, "a.docx");
    writeFileSync(file, "old");
    await expect(writeDocx(file, new Uint8Array([1, 2, 3]), { overwrite: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("文件已存在"),
    });
    expect(readFileSync(file, "utf8")).toBe("old");
    await writeDocx(file, new Uint8Array([1, 2, 3]), { overwrite: true });
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });

  it("gives a Chinese IO error for a missing or read-only folder and leaves nothing behind", async () => {
    await expect(
      writeDocx(path.join(dir, "no", "a.docx"), new Uint8Array([1]), { overwrite: false }),
    ).rejects.toMatchObject({
      code: "IO",
      message: expect.stringContaining("找不到保存位置"),
    });
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o500);
      await expect(
        writeDocx(path.join(dir, "b.docx"), new Uint8Array([1]), { overwrite: false }),
      ).rejects.toMatchObject({
        code: "IO",
        message: expect.stringContaining("无法保存"),
      });
      chmodSync(dir, 0o700);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!CAN_LOCK)("a folder nobody may write to → Chinese IO error, folder unchanged", async () => {
    const locked = lockFolder();
    const before = readdirSync(locked);
    await expect(
      writeDocx(path.join(locked, "replydesk-test.docx"), new Uint8Array([1]), { overwrite: false }),
    ).rejects.toMatchObject({ code: "IO", message: expect.stringMatching(/无法保存到.*没有写入权限/) });
    expect(readdirSync(locked)).toEqual(before);
  });

  it("a failed final rename (the name is taken by a folder) leaves neither a file nor a temp file", async () => {
    mkdirSync(path.join(dir, "x.docx"));
    await expect(
      writeDocx(path.join(dir, "x.docx"), new Uint8Array([1, 2]), { overwrite: true }),
    ).rejects.toMatchObject({ code: "IO", message: expect.stringContaining("无法保存") });
    expect(readdirSync(dir)).toEqual(["x.docx"]);
    expect(readdirSync(path.join(dir, "x.docx"))).toEqual([]);
  });
});

describe("exportDraftToFile", () => {
  const base = () => ({
    draft: sampleDraft() satisfies unknown,
    settings: sampleSettings(),
    targetPath: path.join(dir, "out.docx"),
    formal: true,
    sealPng: makePng(100, 100),
    sealAllowed: true,
    overwrite: false,
  });

  it("writes a sealed formal letter", async () => {
    const r = await exportDraftToFile(base());
    expect(r).toMatchObject({ sealed: true, isDraft: false });
    const f = unzipDocx(readFileSync(r.path));
    expect(f["word/document.xml"]).toContain('behindDoc="1"');
    expect(f["word/document.xml"]).toContain("何昕委员：");
  });

  it("does not seal when not allowed, or when not formal (then it is a 草稿)", async () => {
    const a = await exportDraftToFile({ ...base(), sealAllowed: false });
    expect(unzipDocx(readFileSync(a.path))["word/document.xml"]).not.toContain("<w:drawing>");
    const b = await exportDraftToFile({ ...base(), formal: false, targetPath: path.join(dir, "d.docx") });
    expect(b).toMatchObject({ sealed: false, isDraft: true });
  });

  it("a draft that fails validation → BAD_INPUT in Chinese, nothing written", async () => {
    const bad = { ...sampleDraft(), record: { ...sampleDraft().record, proposalNumber: -3 } };
    await expect(exportDraftToFile({ ...base(), draft: bad })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("文稿数据不完整或格式不对"),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!CAN_LOCK)("an unwritable folder → Chinese IO error, nothing written", async () => {
    const locked = lockFolder();
    const before = readdirSync(locked);
    await expect(
      exportDraftToFile({ ...base(), targetPath: path.join(locked, "replydesk-test.docx") }),
    ).rejects.toMatchObject({ code: "IO", message: expect.stringContaining("没有写入权限") });
    expect(readdirSync(locked)).toEqual(before);
  });

  it("a corrupt seal PNG → Chinese error, nothing written", async () => {
    const png = makePng(100, 100);
    await expect(exportDraftToFile({ ...base(), sealPng: png.subarray(0, 60) })).rejects.toThrow(/印章图片无法使用/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
