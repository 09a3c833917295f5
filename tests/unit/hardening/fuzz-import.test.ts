// Fuzz: the importer with random and mutated letters (fixed seed). The text parser, the byte readers (upload and
// file path, .txt/.html/.docx) and the batch import into a real store: no crash, no hang, a clear Chinese error,
// a recognised draft that is valid, and nothing written for a refused file.
import { appendFileSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { importFiles, readImportFile } from "../../../electron/main/services/import/import-file";
import { readUploadedFile } from "../../../electron/main/services/import/read-import-bytes";
import { AppError } from "../../../shared/api/errors";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { Draft } from "../../../shared/model/draft";
import { tempDir } from "../foundation/helpers";
import { seedText, SEEDS } from "../import/helpers";
import { letterDocx } from "../import/letter-docx";
import { fingerprintDiff, folderFingerprint, hugeString, NASTY_STRINGS, runSize } from "./fuzz-kit";
import { mulberry32, type Prng } from "./prng";

const SEED = Number(process.env["REPLYDESK_FUZZ_SEED"] ?? 88);
/** Cases for the text parser and for the byte readers (REPLYDESK_FUZZ_IMPORT_CASES scales both). */
const TEXT_CASES = runSize("REPLYDESK_FUZZ_IMPORT_CASES", 1500, 10_000);
const BYTE_CASES = Math.round(TEXT_CASES / 2);
/** One case taking longer than this is a hang (or a regex gone quadratic), not a slow machine. */
const HANG_MS = 15_000;
const NOW = "2024-06-01T08:00:00.000Z";
/** A file to log each byte case to before it runs (finds the case a hang is stuck in). */
const TRACE = process.env["REPLYDESK_FUZZ_TRACE"] ?? "";
const HAN = /\p{Script=Han}/u;

const LETTERS = (Object.keys(SEEDS) as (keyof typeof SEEDS)[]).map((k) => seedText(k));

/** Pieces the parser looks for, so random soups reach deep into it. */
const PIECES = [
  "一、",
  "二、",
  "（一）",
  "（二）",
  "1.",
  "（1）",
  "①",
  "委员：",
  "代表：",
  "尊敬的",
  "您提出的第12号提案收悉，现答复如下：",
  "关于加强黄河生态保护的提案的答复",
  "2024年5月1日",
  "2022720",
  "二〇二四年五月一日",
  "郑州市惠济区科学技术局",
  "联系人：王伟，联系电话：0371-12345678",
  "抄送：区政府督查室",
  "感谢您对我局工作的关心和支持！",
  "此复。",
  "A类",
  "主动公开",
  "| 提案编号 | 12 |",
  "| 答复内容 | 一、 二、 |",
  "惠科工函〔2024〕12号",
  "附件：",
  "<p>",
  "</p>",
  "&#99999999;",
  "&amp;",
  "\t",
  "\n",
  "\n\n",
  "　　",
  "，",
  "。",
];

/** One mutation of a letter's text. */
function mutateText(text: string, rng: Prng): string {
  const at = (): number => rng.int(0, text.length);
  switch (rng.int(0, 13)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const a = at();
      return text.slice(0, a) + text.slice(a + rng.int(1, 2_000));
    }
    case 2: {
      const a = at();
      const piece = text.slice(a, a + rng.int(1, 200));
      return text.slice(0, a) + piece.repeat(rng.int(2, 200)) + text.slice(a);
    }
    case 3: {
      const a = at();
      return text.slice(0, a) + rng.pick(NASTY_STRINGS) + text.slice(a);
    }
    case 4:
      return Array.from(text, (ch) => (rng.chance(0.02) ? String.fromCharCode(rng.int(0, 0xffff)) : ch)).join("");
    case 5: {
      const lines = text.split("\n");
      for (let i = lines.length - 1; i > 0; i -= 1) {
        const j = rng.int(0, i);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join("\n");
    }
    case 6:
      return text.replace(/\n/gu, rng.pick(["", " ", "\r", "\r\n", "\u2028", "|"]));
    case 7:
      return Array.from(text.slice(0, 3_000)).join("\n");
    case 8:
      return `${rng.pick(PIECES)}${hugeString(rng.pick([10_000, 100_000]))}\n${text}`;
    case 9:
      return Array.from({ length: rng.int(1, 400) }, () => rng.pick(PIECES)).join(rng.pick(["", "\n", " "]));
    case 10:
      return `${rng.pick(PIECES)}\n`.repeat(rng.int(100, 3_000)) + text;
    case 11:
      return text.replace(/[一二三四五六七八九十]、/gu, () => rng.pick(PIECES));
    case 12:
      return `<html><body>${text.replace(/\n/gu, "</p><p>")}${"<head>".repeat(rng.int(0, 5_000))}</body></html>`;
    default:
      return mutateText(mutateText(text, rng), rng);
  }
}

/** Random bytes. */
function bytesOf(rng: Prng, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => rng.int(0, 255));
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** Builds an input once (bombs and pathological files are costly to make and always the same). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A .docx whose document.xml inflates to `mb` MB of zeros (a zip bomb). */
function zipBomb(mb: number): Uint8Array {
  const docx = unzipSync(letterDocx(LETTERS[0]!));
  return zipSync({ ...docx, "word/document.xml": new Uint8Array(mb * 1024 * 1024) }, { level: 9 });
}

/** A .docx whose document.xml nests `depth` elements. */
function deepDocx(depth: number): Uint8Array {
  const docx = unzipSync(letterDocx(LETTERS[1]!));
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:p>".repeat(depth)}${"</w:p>".repeat(depth)}</w:body></w:document>`;
  return zipSync({ ...docx, "word/document.xml": strToU8(xml) });
}

/** A .docx with its document.xml text mutated (so the archive is fine and the XML is hostile). */
function xmlMutatedDocx(rng: Prng): Uint8Array {
  const docx = unzipSync(letterDocx(rng.pick(LETTERS)));
  const xml = new TextDecoder().decode(docx["word/document.xml"]);
  return zipSync({ ...docx, "word/document.xml": strToU8(mutateText(xml, rng)) });
}

/** Inputs that made readers quadratic or unbounded before: unclosed tags by the hundred thousand, bombs. */
const PATHOLOGICAL: readonly (() => Uint8Array)[] = [
  () => strToU8(`<html>${"<head>".repeat(50_000)}答复如下：`),
  () => strToU8(`<html><body>${"<a".repeat(200_000)}委员：您好</body></html>`),
  () => strToU8(`<!doctype html>${"&#99999999;".repeat(1_000)}`),
  () => {
    const docx = unzipSync(letterDocx(LETTERS[2]!));
    return zipSync({ ...docx, "word/document.xml": strToU8(`<w:document><w:body>${"<w:p>".repeat(300_000)}`) });
  },
  () => {
    const docx = unzipSync(letterDocx(LETTERS[2]!));
    const runs = `<w:p><w:r>${"<w:t <w:rFonts ".repeat(100_000)}</w:r></w:p>`;
    return zipSync({ ...docx, "word/document.xml": strToU8(`<w:document><w:body>${runs}</w:body></w:document>`) });
  },
  () => {
    // Pictures may be big, but not 120 MB unpacked.
    const docx = unzipSync(letterDocx(LETTERS[3]!));
    return zipSync({ ...docx, "word/media/image1.png": new Uint8Array(120 * 1024 * 1024) }, { level: 9 });
  },
  () => {
    const docx = unzipSync(letterDocx(LETTERS[4]!));
    const xml = `<w:document><w:body>${"<w:p><w:r><w:t>字</w:t></w:p></w:r>".repeat(100_000)}</w:body></w:document>`;
    return zipSync({ ...docx, "word/document.xml": strToU8(xml) });
  },
  () => {
    // Billion laughs: entities defined in a DTD must not be expanded.
    const docx = unzipSync(letterDocx(LETTERS[4]!));
    const dtd = `<!DOCTYPE w:document [<!ENTITY a "${"字".repeat(100)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`).join("")}]>`;
    const xml = `${dtd}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&bbbbbbbbb;</w:t></w:r></w:p></w:body></w:document>`;
    return zipSync({ ...docx, "word/document.xml": strToU8(xml) });
  },
  () => zipSync(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`word/x${i}.xml`, new Uint8Array(1)]))),
].map(once);

const BOMBS = [() => zipBomb(64), () => zipBomb(300), () => deepDocx(1_000), () => deepDocx(100_000)].map(once);

const NAMES = [
  "来函.txt",
  "答复.docx",
  "页面.html",
  "旧.doc",
  "扫描.pdf",
  "无扩展名",
  "a.replydesk",
  "答复.DOCX",
  "x.htm",
];

/** One hostile upload: a name and bytes derived from a real letter. */
function hostileUpload(rng: Prng): { name: string; bytes: Uint8Array } {
  const letter = rng.pick(LETTERS);
  const base = rng.pick([
    () => strToU8(letter),
    () => utf16le(letter),
    () => strToU8(`<!doctype html><html><body><p>${letter.replace(/\n/gu, "</p><p>")}</p></body></html>`),
    () => letterDocx(letter),
    () => letterDocx(mutateText(letter, rng)),
  ])();
  let bytes: Uint8Array = base;
  switch (rng.int(0, 10)) {
    case 0: {
      bytes = bytes.slice();
      for (let i = rng.int(1, 20); i > 0 && bytes.length > 0; i -= 1) {
        const k = rng.int(0, bytes.length - 1);
        bytes[k] = (bytes[k] ?? 0) ^ (1 << rng.int(0, 7));
      }
      break;
    }
    case 1:
      bytes = bytes.slice(0, rng.int(0, bytes.length));
      break;
    case 2: {
      const a = rng.int(0, bytes.length);
      bytes = Uint8Array.from([...bytes.slice(0, a), ...bytesOf(rng, rng.int(1, 500)), ...bytes.slice(a)]);
      break;
    }
    case 3:
      bytes = bytesOf(rng, rng.int(0, 5_000));
      break;
    case 4:
      bytes = Uint8Array.from([
        ...rng.pick([
          [0x50, 0x4b, 0x03, 0x04],
          [0xd0, 0xcf, 0x11, 0xe0],
          [0x25, 0x50, 0x44, 0x46],
        ]),
        ...bytes,
      ]);
      break;
    case 5:
      bytes = xmlMutatedDocx(rng);
      break;
    case 7:
      bytes = strToU8(mutateText(letter, rng));
      break;
    case 8: {
      // Random bytes inside a well-formed zip entry.
      const docx: Record<string, Uint8Array> = unzipSync(letterDocx(letter));
      const name = rng.pick(Object.keys(docx));
      docx[name] = bytesOf(rng, rng.int(0, 3_000));
      bytes = zipSync(docx);
      break;
    }
    case 9:
      bytes = new Uint8Array(0);
      break;
    default:
      break;
  }
  return { name: rng.pick(NAMES), bytes };
}

/** Problems with how a reader answered: anything but text or a Chinese AppError. */
function judge(what: string, outcome: PromiseSettledResult<unknown>, ms: number): string[] {
  const problems: string[] = [];
  if (ms > HANG_MS) problems.push(`${what}: 用时 ${Math.round(ms)} ms（挂起）`);
  if (outcome.status === "rejected") {
    const err: unknown = outcome.reason;
    if (!(err instanceof AppError)) problems.push(`${what}: 非 AppError ${String(err).slice(0, 200)}`);
    else if (!HAN.test(err.message)) problems.push(`${what}: 错误信息不是中文 ${err.message.slice(0, 200)}`);
    else if (err.code === "INTERNAL") problems.push(`${what}: INTERNAL ${err.message.slice(0, 200)}`);
  }
  return problems;
}

async function timed<T>(run: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; ms: number }> {
  const t = performance.now();
  const [outcome] = await Promise.allSettled([run()]);
  return { outcome: outcome!, ms: performance.now() - t };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-fuzz-import-"));
});
afterAll(async () => {
  await cleanup();
});

describe("importer fuzz", () => {
  it(`parses ${TEXT_CASES} mutated letters without a crash or hang; every recognised draft is valid (seed ${SEED})`, async () => {
    const rng = mulberry32(SEED);
    const problems: string[] = [];
    let replies = 0;
    let slowest = 0;
    for (let i = 0; i < TEXT_CASES; i += 1) {
      const text = i % 10 === 0 ? rng.pick(LETTERS) : mutateText(rng.pick(LETTERS), rng);
      const { outcome, ms } = await timed(async () => parseLetterText(text, { now: NOW, id: `fuzz-${i}` }));
      slowest = Math.max(slowest, ms);
      problems.push(...judge(`文本 #${i}`, outcome, ms));
      if (outcome.status === "fulfilled") {
        const r = outcome.value;
        if (r.kind === "reply") {
          replies += 1;
          const valid = Draft.safeParse(r.draft);
          if (!valid.success) problems.push(`文本 #${i}: 识别出的文稿不合格 ${valid.error.issues[0]?.path.join(".")}`);
        } else if (!HAN.test(r.reason ?? "")) problems.push(`文本 #${i}: 拒绝理由不是中文`);
      }
    }
    console.info(`import text fuzz: ${TEXT_CASES} cases, ${replies} recognised, slowest ${Math.round(slowest)} ms`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(replies).toBeGreaterThan(TEXT_CASES * 0.1);
  }, 600_000);

  it(`reads ${BYTE_CASES} hostile uploads and files (.txt/.html/.docx, junk, broken zips) with text or a Chinese error (seed ${SEED})`, async () => {
    const rng = mulberry32(SEED + 1);
    const files = path.join(dir, "files");
    await mkdir(files, { recursive: true });
    const problems: string[] = [];
    let read = 0;
    let slowest = 0;
    for (let i = 0; i < BYTE_CASES; i += 1) {
      const { name, bytes } = hostileUpload(rng);
      if (TRACE) {
        appendFileSync(TRACE, `#${i} ${name} ${bytes.length}\n`);
        writeFileSync(`${TRACE}.bytes`, bytes);
      }
      const up = await timed(() => readUploadedFile(name, bytes));
      problems.push(...judge(`上传 #${i} ${name} (${bytes.length} B)`, up.outcome, up.ms));
      if (up.outcome.status === "fulfilled") {
        read += 1;
        if (typeof up.outcome.value.text !== "string") problems.push(`上传 #${i}: 没有文字`);
      }
      slowest = Math.max(slowest, up.ms);
      if (TRACE) appendFileSync(TRACE, `  ${Math.round(up.ms)} ms\n`);
      // The file-path reader (CLI, desktop) on every fourth case.
      if (i % 4 === 0) {
        const file = path.join(files, `${i}-${name}`);
        await writeFile(file, bytes);
        const fromDisk = await timed(() => readImportFile(file));
        problems.push(...judge(`文件 #${i} ${name}`, fromDisk.outcome, fromDisk.ms));
        slowest = Math.max(slowest, fromDisk.ms);
      }
    }
    console.info(`import byte fuzz: ${BYTE_CASES} uploads, ${read} read as text, slowest ${Math.round(slowest)} ms`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(BYTE_CASES);
  }, 600_000);

  it("answers every pathological input (bombs, unclosed tags, deep nesting, entity expansion) without hanging", async () => {
    const problems: string[] = [];
    const all = [...PATHOLOGICAL, ...BOMBS];
    for (const [k, make] of all.entries()) {
      const bytes = make();
      for (const name of ["答复.docx", "页面.html", "无扩展名"]) {
        const up = await timed(() => readUploadedFile(name, bytes));
        problems.push(...judge(`病态输入 #${k} ${name} (${bytes.length} B)`, up.outcome, up.ms));
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it("imports a batch of hostile files into a real store: each refused file changes nothing on disk", async () => {
    const rng = mulberry32(SEED + 2);
    const data = path.join(dir, "data");
    const inbox = path.join(dir, "inbox");
    await mkdir(inbox, { recursive: true });
    const store = await DraftStore.open(data);
    try {
      let refused = 0;
      for (let i = 0; i < 120; i += 1) {
        const { name, bytes } = hostileUpload(rng);
        const file = path.join(inbox, `${i}-${name}`);
        await writeFile(file, bytes);
        // flush() rewrites index.json, so it comes before the snapshot (a refusal schedules no write).
        await store.flush();
        const before = await folderFingerprint(data);
        const [outcome] = await importFiles([file], store, { now: () => new Date(NOW) });
        if (outcome?.ok) continue;
        refused += 1;
        expect(outcome?.reason ?? "", `#${i} ${name}`).toMatch(HAN);
        expect(fingerprintDiff(before, await folderFingerprint(data)), `#${i} ${name}`).toEqual([]);
      }
      expect(refused).toBeGreaterThan(10);
    } finally {
      await store.close();
    }
  }, 600_000);
});
