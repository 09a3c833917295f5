// Size and shape limits on what comes from outside: contract input nesting, draft size on save, .docx bombs,
// hostile HTML and exchange files — each refused with a Chinese message, before work is done or data written.
import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exchangeCommand } from "../../../electron/cli/commands/exchange";
import { exportCommand } from "../../../electron/cli/commands/export";
import { lintCommand } from "../../../electron/cli/commands/lint";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { openHandlerContext } from "../../../electron/main/host";
import { MAX_DRAFT_FILE_BYTES } from "../../../electron/main/services/draft-files";
import { htmlToText } from "../../../electron/main/services/import/read-text-file";
import { assertZipBudget } from "../../../electron/main/services/import/zip-budget";
import { readFileWithin } from "../../../electron/main/services/read-within";
import { verifyExchangeBytes } from "../../../electron/main/services/workflow/exchange-file";
import type { Handlers } from "../../../shared/api/contract";
import { MAX_INPUT_DEPTH, nestsDeeperThan } from "../../../shared/api/nesting";
import { makeDraft, tempDir } from "../foundation/helpers";
import { seedText } from "../import/helpers";
import { letterDocx } from "../import/letter-docx";
import { deepNest, fingerprintDiff, folderFingerprint } from "./fuzz-kit";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let handlers: Handlers;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-limits-"));
  ctx = await openHandlerContext({ dataDir: dir });
  handlers = buildHandlers(ctx);
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

describe("contract input", () => {
  it("measures nesting without recursion, even 100,000 levels deep", () => {
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestsDeeperThan(deepNest(100_000))).toBe(true);
    expect(nestsDeeperThan("字".repeat(1_000))).toBe(false);
  });

  it("refuses input nested deeper than the limit before validating it, and writes nothing", async () => {
    const d = await ctx.store.create(makeDraft());
    await ctx.store.flush();
    const before = await folderFingerprint(dir);
    // Well-formed measures, only nested 2,000 deep: the schema alone would recurse 2,000 times.
    let measure: unknown = { id: "m0", style: "sub", heading: "", text: "一是", children: [] };
    for (let i = 1; i < 2_000; i += 1)
      measure = { id: `m${i}`, style: "sub", heading: "", text: "一是", children: [measure] };
    const section = { id: "s1", heading: "一、", role: "measures", paragraphs: [], measures: [measure] };
    const deepDraft = { ...d, letter: { ...d.letter, sections: [section] } };
    for (const [name, input] of [
      ["saveDraft", { draft: deepDraft, baseRevision: d.revision }],
      ["saveImportedDraft", { draft: deepDraft }],
      ["listDrafts", deepNest(50_000)],
    ] as const) {
      const env = await dispatch(handlers, name, input);
      expect(env.ok, name).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe("BAD_INPUT");
        expect(env.error.message).toContain(`超过 ${MAX_INPUT_DEPTH} 层`);
      }
    }
    expect(fingerprintDiff(before, await folderFingerprint(dir))).toEqual([]);
  });
});

describe("draft size", () => {
  it("refuses to save a draft too big to be read back, keeping the file as it was", async () => {
    const d = await ctx.store.create(makeDraft("关于大文稿的提案"));
    const file = path.join(dir, "drafts", `${d.id}.json`);
    const onDisk = await readFile(file, "utf8");
    const page = "字".repeat(20_000);
    const big = {
      ...d,
      letter: {
        ...d.letter,
        background: Array.from({ length: 200 }, () => page),
        sections: [
          {
            id: "s1",
            heading: "一、",
            role: "measures",
            paragraphs: Array.from({ length: 200 }, () => page),
            measures: [],
          },
        ],
      },
    };
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);
    const env = await dispatch(handlers, "saveDraft", { draft: big, baseRevision: d.revision });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe("BAD_INPUT");
      expect(env.error.message).toMatch(/文稿过大.*上限，未保存/u);
    }
    expect(await readFile(file, "utf8")).toBe(onDisk);
    expect((await ctx.store.get(d.id)).revision).toBe(d.revision);
  });
});

describe(".docx budget", () => {
  const parts = (): Record<string, Uint8Array> => unzipSync(letterDocx(seedText("000")));

  it("lets a real letter through", () => {
    expect(() => assertZipBudget(letterDocx(seedText("000")))).not.toThrow();
  });

  it("refuses archives that unpack too big, XML parts too big or too deep, and too many parts", () => {
    const media = zipSync({ ...parts(), "word/media/a.png": new Uint8Array(120 * 1024 * 1024) }, { level: 9 });
    expect(media.length).toBeLessThan(1024 * 1024);
    expect(() => assertZipBudget(media)).toThrow(/解压后超过 100\.0 MB/u);
    const xmlBomb = zipSync({ ...parts(), "word/document.xml": new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(() => assertZipBudget(xmlBomb)).toThrow(/文字部分解压后超过 16\.0 MB/u);
    const deep = zipSync({ ...parts(), "word/document.xml": strToU8(`<w:document>${"<w:p>".repeat(300)}`) });
    expect(() => assertZipBudget(deep)).toThrow(/嵌套超过 256 层/u);
    const many = zipSync(Object.fromEntries(Array.from({ length: 2_500 }, (_, i) => [`x${i}.xml`, strToU8("<a/>")])));
    expect(() => assertZipBudget(many)).toThrow(/部件过多/u);
    // Zipping and inflating 120 MB takes ~20 s on a loaded 2-core machine.
  }, 120_000);
});

describe("files named on the command line", () => {
  async function sparse(name: string, mb: number): Promise<string> {
    const file = path.join(dir, name);
    const h = await open(file, "w");
    await h.truncate(mb * 1024 * 1024);
    await h.close();
    return file;
  }
  // A function: `dir` is only set once each test starts.
  const io = (): { out: () => void; err: () => void; env: Record<string, string>; cwd: string } => ({
    out: () => {},
    err: () => {},
    env: {},
    cwd: dir,
  });

  it("refuses oversized exchange, draft and letter files before reading them", async () => {
    await expect(readFileWithin(await sparse("big.bin", 3), 1024 * 1024, "测试文件")).rejects.toThrow(
      /测试文件 big\.bin 太大（3\.0 MB），最大 1\.0 MB/u,
    );
    const exchange = await sparse("huge.replydesk", 60);
    await expect(exchangeCommand.run(["import", exchange, "--data", path.join(dir, "b")], io())).rejects.toThrow(
      /交换文件 huge\.replydesk 太大（60\.0 MB）/u,
    );
    await expect(exportCommand.run([await sparse("huge.json", 30), "-o", "x.docx"], io())).rejects.toThrow(
      /文稿文件 huge\.json 太大/u,
    );
    await expect(lintCommand.run([await sparse("huge.docx", 30)], io())).rejects.toThrow(/Word 文件 huge\.docx 太大/u);
  });
});

describe("HTML and exchange files", () => {
  it("turns hostile HTML into text in linear time (no rescans for unclosed tags)", () => {
    const hostile = `<html>${"<head>".repeat(100_000)}${"<a".repeat(100_000)}<p>委员：您好</p>&#99999999;&#22996;`;
    const plain = `<html><p>${"委".repeat(hostile.length - 16)}</p>`;
    /** Fastest of three runs, so one pause of a busy machine does not decide. */
    const fastest = (html: string): number =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now();
          htmlToText(html);
          return performance.now() - t;
        }),
      );
    // Measured against plain text of the same length on the same machine (no budget in milliseconds): a rescan
    // per unclosed tag would be ~100,000 times slower, linear parsing stays within a small factor.
    expect(fastest(hostile)).toBeLessThan(30 * Math.max(fastest(plain), 1));
    const text = htmlToText(hostile);
    expect(text).toContain("委员：您好");
    expect(text).toContain("&#99999999;委");
    expect(htmlToText("<head><title>标题</title></head><body><script>x()</script><p>正文</p></body>")).toBe("正文\n");
  });

  it("refuses a deeply nested exchange file before hashing it", () => {
    const nest = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const bytes = strToU8(
      `{"format":"replydesk-exchange","formatVersion":1,"draft":${nest},"integrity":"${"0".repeat(64)}"}`,
    );
    const r = verifyExchangeBytes(bytes, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("嵌套层次过深");
  });
});
