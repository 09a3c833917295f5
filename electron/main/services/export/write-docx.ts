// Writes a built .docx to disk: atomically, never over an existing file unless told, Chinese errors.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../../shared/api/errors";
import { writeFileAtomic } from "../atomic-file";

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `bytes` to `targetPath` through a temp file + fsync + rename, so readers never see half a file.
 * Refuses to replace an existing file unless `overwrite` is set; a missing or read-only folder gives a
 * Chinese AppError IO and leaves nothing behind.
 */
export async function writeDocx(targetPath: string, bytes: Uint8Array, opts: { overwrite: boolean }): Promise<void> {
  const target = path.resolve(targetPath);
  if (!target.toLowerCase().endsWith(".docx")) {
    throw new AppError("BAD_INPUT", `导出文件名应以 .docx 结尾：${target}`);
  }
  if (!opts.overwrite && (await exists(target))) {
    throw new AppError("CONFLICT", `文件已存在：${target}。如需覆盖，请确认覆盖（命令行加 --force），或换一个文件名。`);
  }
  const dir = path.dirname(target);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new Error("not a directory");
  } catch {
    throw new AppError("IO", `找不到保存位置“${dir}”：请先创建该文件夹，或选择其他位置。`);
  }
  try {
    await writeFileAtomic(target, bytes);
  } catch (err) {
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    const why =
      code === "EACCES" || code === "EPERM" || code === "EROFS" ? "没有写入权限" : `写入失败（${code || "未知错误"}）`;
    throw new AppError("IO", `无法保存到“${dir}”：${why}。请选择其他文件夹，或检查该文件夹的权限。`);
  }
}
