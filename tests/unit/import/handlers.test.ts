// The import contract methods through the real dispatcher: real fixture files, a real store in a temp folder.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { openHandlerContext } from "../../../electron/main/host";
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from "../../../electron/main/services/import/limits";
import { DraftStore } from "../../../electron/main/services/draft-store";
import {
  IMPORT_MAX_BASE64,
  IMPORT_MAX_DOCX_BYTES,
  IMPORT_MAX_TEXT_BYTES,
  IMPORT_MAX_TEXT_CHARS,
  type ImportPreview,
} from "../../../shared/api/import";
import type { Draft } from "../../../shared/model/draft";
import { snapshotDir } from "../workflow/helpers";
import { tempDir } from "../foundation/helpers";
import { LETTERS_DIR, SEEDS, seedText } from "./helpers";
import { letterDocx } from "./letter-docx";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-import-handlers-"));
  ctx = await openHandlerContext({ dataDir: path.join(dir, "data") });
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function raw(name: string, input: unknown): Promise<Envelope> {
  return (await dispatch(buildHandlers(ctx), name, input)) as Envelope;
}

async function call<T>(name: string, input: unknown): Promise<T> {
  const env = await raw(name, input);
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.value as T;
}

async function fixtureFile(n: keyof typeof SEEDS): Promise<{ fileName: string; base64: string }> {
  const bytes = await readFile(path.join(LETTERS_DIR, SEEDS[n]));
  return { fileName: SEEDS[n], base64: bytes.toString("base64") };
}

/** A Word file of seed 003 whose 一、 headings exist only as Word list numbering (built by letter-docx.ts). */
const DOCX_FIXTURE = path.resolve(LETTERS_DIR, "../docx/003_word_numbered_headings.docx");

const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString("base64");

/** Everything in the data folder after pending writes, to prove a call wrote nothing. */
async function dataState(): Promise<Record<string, string>> {
  await ctx.store.flush();
  return snapshotDir(ctx.dataDir);
}

describe("previewImport", () => {
  it("reads a .txt fixture (Traditional, pinyin, web table) into a preview and saves nothing", async () => {
    const before = await dataState();
    const p = await call<ImportPreview>("previewImport", await fixtureFile("000"));
    expect(p).toMatchObject({ kind: "reply", reason: null, fileName: SEEDS["000"], format: "text", channel: "提案" });
    expect(p.cleaning.map((s) => s.id)).toEqual(expect.arrayContaining(["pinyin", "traditional", "punctuation"]));
    expect(p.cleaning.find((s) => s.id === "traditional")?.label).toBe("繁体转简体");
    expect(p.source).toContain("关于发展科技型中小企业的建议");
    expect(p.source).not.toMatch(/\(biāo\)|關于/u);
    expect(p.draft?.record).toMatchObject({ proposers: ["崔巍"], proposalNumber: 205 });
    expect(p.draft?.letter.salutation).toBe("尊敬的崔巍委员：");
    expect(p.draft?.letter.sections.map((s) => s.heading)).toEqual([
      "招新引优导向很明确",
      "主力平台用地有保障",
      "项目建设用地强聚焦",
      "科小培育工程再加强",
    ]);
    expect(p.draft?.letter.signOff).toMatchObject({ unit: "南通市通州区科学技术局", date: "2024-05-28" });
    expect(p.collapsedDates).toEqual([]);
    expect(ctx.store.list({})).toEqual([]);
    expect(await dataState()).toEqual(before);
  });

  it("reads a Word .docx (headings numbered by Word in 黑体) and restores the heading levels", async () => {
    const bytes = await readFile(DOCX_FIXTURE);
    const p = await call<ImportPreview>("previewImport", {
      fileName: path.basename(DOCX_FIXTURE),
      base64: bytes.toString("base64"),
    });
    expect(p).toMatchObject({ kind: "reply", format: "docx", fontHeadings: 5, role: "委员" });
    const d = p.draft as Draft;
    expect(d.letter.sections.map((s) => s.heading)).toEqual([
      "坚持多措并举，深入开展“万人助万企”活动",
      "坚持政策引导，加大企业纾困帮扶力度",
      "坚持梯度培育，鼓励中小企业走“专精特新”发展之路",
      "支持企业集聚发展，谋划建设小微企业园",
      "下步工作计划",
    ]);
    expect(d.letter.sections[4]?.role).toBe("nextSteps");
    expect(d.letter.sections[1]?.measures.filter((m) => m.style === "sub").map((m) => m.heading)).toContain(
      "深入走访企业，大力宣传各类惠企政策",
    );
    expect(d.figures.length).toBeGreaterThan(20);
    expect(d.letter.signOff).toMatchObject({ unit: "惠济区科技和工业信息化局", date: "2023-05-15" });
  });

  it("flags a collapsed 成文日期 (2022720) for confirmation and lists the web residue it removed", async () => {
    const p = await call<ImportPreview>("previewImport", { text: seedText("004") });
    expect(p).toMatchObject({ kind: "reply", format: "paste", fileName: null });
    expect(p.collapsedDates).toEqual([
      { field: "letter.signOff.date", text: "2022720", confidence: "guessed", candidates: ["2022-07-20"] },
    ]);
    expect(p.lowConfidence).toEqual(expect.arrayContaining(["letter.signOff.date", "letter.salutation"]));
    expect(p.cleaning.map((s) => s.id)).toContain("web-residue");
    expect(p.findings.some((f) => f.rule === "R08" && f.message.includes("2022720"))).toBe(true);
  });

  it("leaves an ambiguous collapsed date empty and offers every reading", async () => {
    const text = seedText("004").replace("2022720", "2022111");
    const p = await call<ImportPreview>("previewImport", { text });
    expect(p.collapsedDates).toEqual([
      {
        field: "letter.signOff.date",
        text: "2022111",
        confidence: "ambiguous",
        candidates: ["2022-01-11", "2022-11-01"],
      },
    ]);
    expect(p.draft?.letter.signOff.date).toBeNull();
  });

  it("refuses a policy notice (seed 001) with its reason, from a file and from pasted text", async () => {
    for (const input of [await fixtureFile("001"), { text: seedText("001") }]) {
      const p = await call<ImportPreview>("previewImport", input);
      expect(p.kind).toBe("not-a-letter");
      expect(p.draft).toBeNull();
      expect(p.reason).toMatch(/不是答复函.*连政办发〔2021〕39号/u);
    }
    expect(ctx.store.list({})).toEqual([]);
  });
});

describe("previewImport refuses unreadable input with a Chinese message and writes nothing", () => {
  const withNul = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
  const cases: [string, { fileName: string; base64: string } | { text: string }, RegExp][] = [
    ["a binary file named .txt", { fileName: "来函.txt", base64: b64(withNul) }, /不是文本文件/u],
    ["an empty file", { fileName: "空白.txt", base64: "" }, /是空的/u],
    ["a file of blanks", { fileName: "空格.txt", base64: b64(" \n\n\t ") }, /没有文字/u],
    [
      "an encrypted Word file",
      { fileName: "加密.docx", base64: b64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])) },
      /加密的 Word 文档/u,
    ],
    [
      "a .docx that is not a zip",
      { fileName: "坏.docx", base64: b64("这不是压缩包这不是压缩包") },
      /不是有效的 \.docx/u,
    ],
    [
      "a broken zip",
      { fileName: "断.docx", base64: b64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])) },
      /已损坏/u,
    ],
    ["an old .doc", { fileName: "旧.doc", base64: b64("abc") }, /旧版 \.doc/u],
    ["a PDF", { fileName: "扫描件.pdf", base64: b64("%PDF-1.7\n%âãÏÓ\n") }, /PDF/u],
    ["empty pasted text", { text: "   \n " }, /请先粘贴/u],
  ];
  for (const [what, input, message] of cases) {
    it(what, async () => {
      const before = await dataState();
      const env = await raw("previewImport", input);
      expect(env.ok).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe("BAD_INPUT");
        expect(env.error.message).toMatch(message);
      }
      expect(ctx.store.list({})).toEqual([]);
      expect(await dataState()).toEqual(before);
    });
  }

  it("a text file over the text limit (but under the upload limit) is refused by size", async () => {
    const big = Buffer.alloc(MAX_TEXT_BYTES + 10, "答");
    const env = await raw("previewImport", { fileName: "很大.txt", base64: big.toString("base64") });
    expect(env).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    if (!env.ok) expect(env.error.message).toMatch(/文件太大.*文本文件最大 5\.0 MB/u);
  });
});

describe("the .docx fixture", () => {
  it("is what letter-docx.ts builds from seed 003 (regenerate it with letterDocx when the builder changes)", async () => {
    const committed = unzipSync(new Uint8Array(await readFile(DOCX_FIXTURE)));
    const built = unzipSync(letterDocx(seedText("003")));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(built).sort());
    for (const name of Object.keys(built)) expect(strFromU8(committed[name]!), name).toBe(strFromU8(built[name]!));
  });
});

describe("import contract limits", () => {
  it("match the file limits of the import service", () => {
    expect(IMPORT_MAX_DOCX_BYTES).toBe(MAX_DOCX_BYTES);
    expect(IMPORT_MAX_TEXT_BYTES).toBe(MAX_TEXT_BYTES);
    expect(IMPORT_MAX_BASE64).toBe(Math.ceil(MAX_DOCX_BYTES / 3) * 4);
  });

  it("the schemas refuse uploads and pastes over the limits before any work is done", async () => {
    const tooLong = await raw("previewImport", { fileName: "a.docx", base64: "A".repeat(IMPORT_MAX_BASE64 + 4) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringMatching(/文件太大/u) },
    });
    const tooMuch = await raw("previewImport", { text: "答".repeat(IMPORT_MAX_TEXT_CHARS + 1) });
    expect(tooMuch).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringMatching(/粘贴的文字太长/u) },
    });
    const notBase64 = await raw("previewImport", { fileName: "a.txt", base64: "不是base64!" });
    expect(notBase64).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringMatching(/不是有效的 base64/u) },
    });
    expect(ctx.store.list({})).toEqual([]);
  });
});

describe("saveImportedDraft", () => {
  it("saves the checked (edited) draft as a new 草稿 that a reopened store reads back", async () => {
    const p = await call<ImportPreview>("previewImport", { text: seedText("004") });
    const d = p.draft as Draft;
    const edited: Draft = {
      ...d,
      status: "已签发",
      record: { ...d.record, session: "政协重庆市梁平区第十五届委员会第一次会议", proposers: ["张华", "李明"] },
      letter: { ...d.letter, salutation: "张华委员：", signOff: { ...d.letter.signOff, date: "2022-07-20" } },
    };
    const saved = await call<{ id: string; title: string }>("saveImportedDraft", { draft: edited });
    expect(saved.id).toBe(d.id);
    expect(saved.title).toBe(d.letter.title);
    expect(ctx.store.list({}).map((s) => s.id)).toEqual([saved.id]);

    await ctx.close();
    const store = await DraftStore.open(ctx.dataDir);
    try {
      const back = await store.get(saved.id);
      expect(back).toMatchObject({ status: "草稿", revision: 1, templateId: null });
      expect(back.record.session).toBe("政协重庆市梁平区第十五届委员会第一次会议");
      expect(back.record.proposers).toEqual(["张华", "李明"]);
      expect(back.letter.salutation).toBe("张华委员：");
      expect(back.letter.signOff.date).toBe("2022-07-20");
      expect(back.letter.sections.map((s) => s.heading)).toEqual(d.letter.sections.map((s) => s.heading));
      expect(back.figures).toEqual(d.figures);
    } finally {
      await store.close();
    }
    ctx = await openHandlerContext({ dataDir: ctx.dataDir });
  });

  it("gives a second import of the same letter its own id, and a foreign id a fresh one", async () => {
    const p = await call<ImportPreview>("previewImport", await fixtureFile("002"));
    const d = p.draft as Draft;
    const first = await call<{ id: string }>("saveImportedDraft", { draft: d });
    const second = await call<{ id: string }>("saveImportedDraft", { draft: d });
    expect(second.id).toBe(`${first.id}-2`);
    const other = await call<{ id: string }>("saveImportedDraft", { draft: { ...d, id: "someone-elses-id" } });
    expect(other.id).toMatch(/^imp-[0-9a-f]{16}$/u);
    expect(ctx.store.list({})).toHaveLength(3);
  });

  it("refuses a malformed draft and writes nothing", async () => {
    const p = await call<ImportPreview>("previewImport", { text: seedText("003") });
    const before = await dataState();
    const bad = { ...(p.draft as Draft), record: { ...(p.draft as Draft).record, proposalNumber: -3 } };
    const env = await raw("saveImportedDraft", { draft: bad });
    expect(env).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(await dataState()).toEqual(before);
  });
});
