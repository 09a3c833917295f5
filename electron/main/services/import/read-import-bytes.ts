// Reading an uploaded file (bytes + name, from the import page) as text: the same rules as readImportFile.
import path from "node:path";
import { AppError } from "../../../../shared/api/errors";
import { docxBytesToText } from "./read-docx";
import { decodeText, htmlToText } from "./read-text-file";
import { MAX_TEXT_BYTES, megabytes } from "./limits";

/** The text of an uploaded file, the format it was read as, and (for .docx) headings restored from fonts. */
export interface UploadedText {
  readonly text: string;
  readonly format: "docx" | "text" | "html";
  readonly fontHeadings: number;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * Reads uploaded bytes: .docx (or any zip/OLE content) through mammoth and the font hints, other files
 * as text in UTF-8/UTF-16/GB18030. Throws a Chinese BAD_INPUT AppError for empty, binary, encrypted,
 * old-format or oversized files.
 */
export async function readUploadedFile(fileName: string, bytes: Uint8Array): Promise<UploadedText> {
  const name = path.basename(fileName.replace(/\\/gu, "/"));
  if (bytes.length === 0) throw new AppError("BAD_INPUT", `文件 ${name} 是空的。`);
  const ext = path.extname(name).toLowerCase();
  if (ext === ".doc" || ext === ".wps") {
    throw new AppError("BAD_INPUT", "不支持旧版 .doc/.wps 文件，请在 Word 或 WPS 中“另存为”.docx 后再导入。");
  }
  if (ext === ".pdf" || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new AppError(
      "BAD_INPUT",
      `${name} 是 PDF 文件，无法导入。请导入 .docx 或 .txt 格式的答复函，或复制其文字后粘贴。`,
    );
  }
  const zip = startsWith(bytes, [0x50, 0x4b]);
  const ole = startsWith(bytes, [0xd0, 0xcf]);
  if (ext === ".docx" || zip || ole) {
    const docx = await docxBytesToText(bytes);
    return { text: docx.text, format: "docx", fontHeadings: docx.labelledHeadings };
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new AppError(
      "BAD_INPUT",
      `文件太大（${megabytes(bytes.length)}），文本文件最大 ${megabytes(MAX_TEXT_BYTES)}。请只保留答复函正文后再导入。`,
    );
  }
  const text = decodeText(bytes);
  if (ext === ".html" || ext === ".htm" || /^\s*<(!doctype|html)/iu.test(text)) {
    return { text: htmlToText(text), format: "html", fontHeadings: 0 };
  }
  return { text, format: "text", fontHeadings: 0 };
}
