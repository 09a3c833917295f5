// Reading the seal picture the clerk chooses: a quick size/type check in the page, then base64 for main to verify.
import { SEAL_MAX_BYTES } from "../../../../shared/api/export";

/** Why a chosen file cannot be a seal picture (empty, too large, not .png), or null; main checks the PNG itself. */
export function sealFileProblem(file: File): string | null {
  if (file.size === 0) return `文件“${file.name}”是空的，请选择印章的 PNG 图片。`;
  if (file.size > SEAL_MAX_BYTES) {
    return `文件“${file.name}”太大（${(file.size / 1024 / 1024).toFixed(1)} MB），印章图片最大 ${SEAL_MAX_BYTES / 1024 / 1024} MB。`;
  }
  if (!/\.png$/iu.test(file.name) && file.type !== "image/png") {
    return `文件“${file.name}”不是 PNG 图片。请选择透明背景的 PNG 印章图片。`;
  }
  return null;
}

/** The file's bytes as base64 (FileReader encodes natively). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”，请确认文件未被其他程序占用。`));
    reader.readAsDataURL(file);
  });
}
