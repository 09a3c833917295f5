// Reading a picked or dropped file for upload: a size check first (never load a huge file), then base64.
import { IMPORT_MAX_DOCX_BYTES, IMPORT_MAX_TEXT_BYTES } from "../../../../shared/api/import";

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file cannot be uploaded (too large for its kind), or null; main checks again and reads the content. */
export function uploadProblem(file: File): string | null {
  const limit = /\.docx$/iu.test(file.name) ? IMPORT_MAX_DOCX_BYTES : IMPORT_MAX_TEXT_BYTES;
  if (file.size <= limit) return null;
  return `文件太大（${mb(file.size)}），文本文件最大 ${mb(IMPORT_MAX_TEXT_BYTES)}，.docx 最大 ${mb(IMPORT_MAX_DOCX_BYTES)}。请只保留答复函正文后再导入。`;
}

/** The file's bytes as base64 (FileReader does the encoding natively). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(new Error(`无法读取文件 ${file.name}，请确认文件未被其他程序占用。`));
    reader.readAsDataURL(file);
  });
}
