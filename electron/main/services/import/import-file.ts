// Importing files: read (.docx, .txt, .html), parse into a draft, and save through the DraftStore.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../../shared/api/errors";
import { parseLetterText, type ParseOptions } from "../../../../shared/import/parse-letter";
import type { ImportResult } from "../../../../shared/import/types";
import type { DraftStore } from "../draft-store";
import { asNewDraft, readEmbeddedDraft } from "./embedded-record";
import { readDocx } from "./read-docx";
import { decodeText, htmlToText, readTextFile } from "./read-text-file";
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES, megabytes } from "./limits";

/** The text of an input file and the format it was read as. */
export interface ImportText {
  readonly text: string;
  readonly format: "docx" | "text" | "html";
}

async function sniff(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, "r");
  try {
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    return head;
  } finally {
    await handle.close();
  }
}

/** Reads an input file as text: by extension, and by content for files without a known one. */
export async function readImportFile(file: string): Promise<ImportText> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(
      "IO",
      code === "ENOENT" ? `找不到文件：${file}` : `无法读取文件 ${file}：${code ?? (err as Error).message}`,
    );
  }
  if (!stat.isFile()) throw new AppError("BAD_INPUT", `${file} 不是文件。`);
  if (stat.size === 0) throw new AppError("BAD_INPUT", `文件 ${path.basename(file)} 是空的。`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".doc" || ext === ".wps") {
    throw new AppError("BAD_INPUT", "不支持旧版 .doc/.wps 文件，请在 Word 或 WPS 中“另存为”.docx 后再导入。");
  }
  const head = await sniff(file);
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const ole = head[0] === 0xd0 && head[1] === 0xcf;
  if (ext === ".docx" || zip || ole) return { text: (await readDocx(file)).text, format: "docx" };
  if (stat.size > MAX_TEXT_BYTES) {
    throw new AppError(
      "BAD_INPUT",
      `文件太大（${megabytes(stat.size)}），文本文件最大 ${megabytes(MAX_TEXT_BYTES)}（.docx 最大 ${megabytes(MAX_DOCX_BYTES)}）。`,
    );
  }
  const text = await readTextFile(file);
  if (ext === ".html" || ext === ".htm" || /^\s*<(!doctype|html)/iu.test(text))
    return { text: htmlToText(text), format: "html" };
  return { text, format: "text" };
}

/** Decodes pasted or uploaded bytes (the renderer sends text; this is for byte uploads in browser mode). */
export function textFromBytes(bytes: Uint8Array): string {
  return decodeText(bytes);
}

/** Reads and parses one file (no saving); our own export's embedded record, when present, gives the fields. */
export async function inspectFile(file: string, opts: ParseOptions = {}): Promise<ImportResult> {
  const { text, format } = await readImportFile(file);
  const result = parseLetterText(text, opts);
  if (format !== "docx" || result.draft === null) return result;
  const embedded = readEmbeddedDraft(await fs.readFile(file));
  return embedded === null ? result : { ...result, draft: asNewDraft(embedded, result.draft) };
}

/** The outcome of importing one file. */
export type ImportOutcome =
  | {
      readonly file: string;
      readonly ok: true;
      readonly id: string;
      readonly title: string;
      readonly result: ImportResult;
    }
  | { readonly file: string; readonly ok: false; readonly reason: string };

/** Imports files one by one into the store; a failure of one file never stops the others. */
export async function importFiles(
  files: readonly string[],
  store: DraftStore,
  opts: { readonly now?: () => Date; readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const file of files) {
    try {
      const now = (opts.now ?? (() => new Date()))().toISOString();
      const result = await inspectFile(file, { now });
      if (result.kind !== "reply" || result.draft === null) {
        out.push({ file, ok: false, reason: result.reason ?? "无法识别为答复函。" });
      } else {
        const existing = new Set(
          store
            .list({})
            .map((d) => d.id)
            .concat(store.list({ trashed: true }).map((d) => d.id)),
        );
        let id = result.draft.id;
        for (let n = 2; existing.has(id); n++) id = `${result.draft.id}-${n}`;
        const saved = await store.create({ ...result.draft, id });
        out.push({ file, ok: true, id: saved.id, title: saved.letter.title ?? saved.record.proposalTitle, result });
      }
    } catch (err) {
      out.push({ file, ok: false, reason: err instanceof Error ? err.message : String(err) });
    }
    opts.onProgress?.(out.length, files.length);
  }
  return out;
}
