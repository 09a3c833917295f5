// Garbage in: binary, empty, huge, random, encrypted and mis-encoded files never crash; they get a message.
import { mkdtemp, rm, writeFile, open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { inspectCommand } from "../../../electron/cli/commands/inspect";
import { importCommand } from "../../../electron/cli/commands/import";
import { readImportFile } from "../../../electron/main/services/import/import-file";
import { decodeText } from "../../../electron/main/services/import/read-text-file";
import { docxBytesToText } from "../../../electron/main/services/import/read-docx";
import { seedText } from "./helpers";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-import-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, data: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, data);
  return p;
}

async function run(cmd: typeof inspectCommand, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  let code: number;
  try {
    code = await cmd.run(argv, { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: dir });
  } catch (e) {
    // The CLI entry turns AppError into "错误：…" and exit 1; mirror that here.
    if (!(e instanceof AppError)) throw e;
    err += e.message;
    code = 1;
  }
  return { code, out, err };
}

function randomBytes(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe("text decoding", () => {
  const letter = "郦炳委员：\n您提出的第74号提案收悉，现答复如下：";
  it("reads UTF-8 with and without BOM, UTF-16 LE/BE with BOM", () => {
    const utf8 = new TextEncoder().encode(letter);
    expect(decodeText(utf8)).toBe(letter);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(letter);
    const le = new Uint8Array(2 + letter.length * 2);
    const be = new Uint8Array(2 + letter.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < letter.length; i++) {
      const c = letter.charCodeAt(i);
      le[2 + i * 2] = c & 0xff;
      le[3 + i * 2] = c >> 8;
      be[2 + i * 2] = c >> 8;
      be[3 + i * 2] = c & 0xff;
    }
    expect(decodeText(le)).toBe(letter);
    expect(decodeText(be)).toBe(letter);
  });
  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    // 答复如下：委员 in GBK (CE AF D4 B1 alone would also be valid UTF-8, the rest is not).
    const gbk = [0xb4, 0xf0, 0xb8, 0xb4, 0xc8, 0xe7, 0xcf, 0xc2, 0xa3, 0xba, 0xce, 0xaf, 0xd4, 0xb1];
    expect(decodeText(new Uint8Array(gbk))).toBe("答复如下：委员");
  });
  it("refuses binary data with a Chinese message", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x43]))).toThrow(/不是文本文件/u);
    expect(() => decodeText(randomBytes(4096, 7))).toThrow(AppError);
  });
});

describe("docx bytes", () => {
  it("explains encrypted or old .doc files (OLE signature)", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(512, 3)]);
    await expect(docxBytesToText(ole)).rejects.toThrow(/加密的 Word 文档或旧版 \.doc/u);
  });
  it("explains non-zip and broken zip files", async () => {
    await expect(docxBytesToText(new TextEncoder().encode("hello"))).rejects.toThrow(/不是有效的 \.docx/u);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(300, 9)]);
    await expect(docxBytesToText(broken)).rejects.toThrow(AppError);
  });
});

describe("files and the CLI", () => {
  it("an empty file is refused", async () => {
    await expect(readImportFile(await file("empty.txt", ""))).rejects.toThrow(/是空的/u);
    const r = await run(inspectCommand, ["empty.txt", "--json"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/是空的/u);
  });
  it("a 50 MB text file is refused by size, without reading it all", async () => {
    const p = path.join(dir, "huge.txt");
    const h = await open(p, "w");
    await h.truncate(50 * 1024 * 1024);
    await h.close();
    await expect(readImportFile(p)).rejects.toThrow(/文件太大（50\.0 MB）/u);
    const r = await run(importCommand, ["huge.txt", "--data", path.join(dir, "data-huge")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/文件太大/u);
  });
  it("random bytes and a binary named .docx are refused with messages", async () => {
    await file("random.bin", randomBytes(10_000, 42));
    await file("fake.docx", randomBytes(10_000, 43));
    const a = await run(inspectCommand, ["random.bin"]);
    const b = await run(inspectCommand, ["fake.docx"]);
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    expect(a.err).toMatch(/不是文本文件|不是有效的/u);
    expect(b.err).toMatch(/不是有效的 \.docx/u);
  });
  it("plain text that is not a letter is refused with the R27 reason", async () => {
    await file("notice.txt", seedText("001"));
    const r = await run(inspectCommand, ["notice.txt", "--json"]);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out) as { kind: string; findings: { rule: string }[] };
    expect(v.kind).toBe("not-a-letter");
    expect(v.findings.some((f) => f.rule === "R27")).toBe(true);
  });
  it("the parser survives odd text and refuses every one of them with the right Chinese reason", () => {
    const empty = /^内容为空或几乎没有中文文字/u;
    const notReply = /^这不是答复函：没有称呼/u;
    const cases: readonly (readonly [string, string, RegExp])[] = [
      ["empty", "", empty],
      ["only punctuation", "。。。，，，", empty],
      ["only digits", "1234567890".repeat(1000), empty],
      ["一是 over and over", "一是".repeat(5000), notReply],
      ["a salutation word over and over, no name", "委员：".repeat(3000), notReply],
      ["one huge line of one character", "甲".repeat(300_000), notReply],
    ];
    for (const [what, t, reason] of cases) {
      const r = parseLetterText(t, { now: "2024-06-01T00:00:00.000Z", id: "g1" });
      expect(r.kind, what).toBe("not-a-letter");
      if (r.kind === "not-a-letter") expect(r.reason, what).toMatch(reason);
    }
  });
});
