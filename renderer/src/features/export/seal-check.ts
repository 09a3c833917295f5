// A quick look at the file the clerk chose as the seal, before it is uploaded (main verifies the PNG itself).
import { SEAL_MAX_BYTES } from "../../../../shared/api/export";

/** What sealFileProblem needs of a File. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** Why a chosen file cannot be a seal picture (empty, too large, not .png), or null. */
export function sealFileProblem(file: ChosenFile): string | null {
  if (file.size === 0) return `文件“${file.name}”是空的，请选择印章的 PNG 图片。`;
  if (file.size > SEAL_MAX_BYTES) {
    return `文件“${file.name}”太大（${(file.size / 1024 / 1024).toFixed(1)} MB），印章图片最大 ${SEAL_MAX_BYTES / 1024 / 1024} MB。`;
  }
  if (!/\.png$/iu.test(file.name) && file.type !== "image/png") {
    return `文件“${file.name}”不是 PNG 图片。请选择透明背景的 PNG 印章图片。`;
  }
  return null;
}
