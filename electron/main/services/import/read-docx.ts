// Reading .docx replies: text through mammoth, heading hints from document.xml; clear messages for bad files.
import { promises as fs } from "node:fs";
import { AppError } from "../../../../shared/api/errors";
import { chineseNumeral, startsWithOrdinal } from "../../../../shared/letter/numbering";
import { paragraphHints, readDocumentXml, type DocxParagraphHint } from "./docx-hints";
import { MAX_DOCX_BYTES, megabytes } from "./limits";
import { assertZipBudget } from "./zip-budget";

/** Text of a .docx with the hints that were applied. */
export interface DocxText {
  readonly text: string;
  readonly hints: readonly DocxParagraphHint[];
  /** How many headings got their (Word-numbered or missing) ordinal back from a 黑体/楷体 hint. */
  readonly labelledHeadings: number;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Checks the signature of .docx bytes; throws a Chinese BAD_INPUT error for encrypted, .doc or non-zip files. */
export function assertDocxBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCX_BYTES) {
    throw new AppError(
      "BAD_INPUT",
      `文件太大（${megabytes(bytes.length)}），.docx 最大 ${megabytes(MAX_DOCX_BYTES)}。`,
    );
  }
  if (startsWith(bytes, OLE)) {
    throw new AppError(
      "BAD_INPUT",
      "该文件是加密的 Word 文档或旧版 .doc 文件，无法读取。请在 Word 中取消密码，或“另存为”.docx 后再导入。",
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new AppError("BAD_INPUT", "该文件不是有效的 .docx 文档（文件头不对），可能已损坏或扩展名有误。");
}

// Paragraphs in 黑体/楷体 without a written ordinal get one, so the parser sees 一、 / （一） (numbers are regenerated).
function applyHints(
  paragraphs: readonly string[],
  hints: readonly DocxParagraphHint[],
): { text: string; count: number } {
  let h = 0;
  let l1 = 0;
  let l2 = 0;
  let count = 0;
  const out = paragraphs.map((p) => {
    const t = p.trim();
    while (h < hints.length && (hints[h]?.text ?? "") !== t) h++;
    const hint = hints[h];
    if (hint === undefined) {
      h = 0;
      return t;
    }
    h++;
    const plausible = /\p{Script=Han}{4,}/u.test(t) && !/[：:]/u.test(t) && t.length <= 60;
    if (!plausible || startsWithOrdinal(t) || hint.headingLevel === null) return t;
    count++;
    if (hint.headingLevel === 1) {
      l2 = 0;
      return `${chineseNumeral(++l1)}、${t}`;
    }
    return `（${chineseNumeral(++l2)}）${t}`;
  });
  return { text: out.join("\n"), count };
}

/** Extracts the text of .docx bytes. */
export async function docxBytesToText(bytes: Uint8Array): Promise<DocxText> {
  assertDocxBytes(bytes);
  assertZipBudget(bytes);
  let xml: string | null;
  try {
    xml = readDocumentXml(bytes);
  } catch {
    throw new AppError("BAD_INPUT", "该 .docx 文件已损坏（无法解压），请在 Word 中打开并另存后再导入。");
  }
  if (xml === null) throw new AppError("BAD_INPUT", "该文件不是 Word 文档（缺少 word/document.xml）。");
  let raw: string;
  try {
    // mammoth (and its XML stack) is loaded only when a .docx arrives.
    const { default: mammoth } = await import("mammoth");
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch (err) {
    // A stack overflow in the XML reader means absurd nesting, not a message worth showing as is.
    const why = err instanceof RangeError ? "文件结构过于复杂或已损坏" : (err as Error).message;
    throw new AppError("BAD_INPUT", `无法读取该 .docx 文件：${why}。请在 Word 中打开并另存后再导入。`);
  }
  const hints = paragraphHints(xml);
  const paragraphs = raw.split(/\n+/u).filter((p) => p.trim() !== "");
  const { text, count } = applyHints(paragraphs, hints);
  return { text, hints, labelledHeadings: count };
}

/** Reads a .docx file within the size limit. */
export async function readDocx(file: string): Promise<DocxText> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (err) {
    throw new AppError("IO", `无法读取文件 ${file}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > MAX_DOCX_BYTES) {
    throw new AppError("BAD_INPUT", `文件太大（${megabytes(size)}），.docx 最大 ${megabytes(MAX_DOCX_BYTES)}。`);
  }
  return docxBytesToText(await fs.readFile(file));
}
