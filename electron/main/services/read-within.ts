// Reading a file named from outside (CLI arguments, settings) only when it is within a size limit.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads `file` after checking its size against `maxBytes` (so a huge or endless file is refused before
 * it is read into memory); `what` names the file in the Chinese messages, e.g. "交换文件".
 */
export async function readFileWithin(file: string, maxBytes: number, what: string): Promise<Buffer> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new AppError("BAD_INPUT", `${file} 不是文件。`);
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(
      code === "ENOENT" ? "NOT_FOUND" : "IO",
      code === "ENOENT" ? `找不到${what}：${file}` : `无法读取${what} ${file}：${code ?? (err as Error).message}`,
    );
  }
  if (size > maxBytes) {
    throw new AppError(
      "BAD_INPUT",
      `${what} ${path.basename(file)} 太大（${mb(size)}），最大 ${mb(maxBytes)}，已拒绝读取。`,
    );
  }
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new AppError(
      "IO",
      `无法读取${what} ${file}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}
