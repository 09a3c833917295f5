// One writer per data folder: a lock file holding the writer's PID (stale locks are taken over).
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";

/** A held lock; release() removes it. */
export interface WriterLock {
  readonly release: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Data folders locked by this process (the PID in the file cannot tell two stores of one process apart). */
const heldHere = new Set<string>();

/** Takes the writer lock of a data folder, or throws a Chinese AppError naming the process that holds it. */
export async function acquireWriterLock(dataDir: string): Promise<WriterLock> {
  const file = path.join(dataDir, "writer.lock");
  if (heldHere.has(file)) {
    throw new AppError("IO", "数据文件夹已在本进程中打开，不能同时打开两次。");
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await fs.open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(file);
      return {
        release: async () => {
          heldHere.delete(file);
          await fs.rm(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number.parseInt(await fs.readFile(file, "utf8").catch(() => ""), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new AppError(
          "IO",
          `数据文件夹正被另一个答复函工作台进程使用（进程号 ${pid}）。请先关闭它，或用 --data 指定其他文件夹。`,
        );
      }
      // Stale lock from a process that died (or our own after a crash): take it over.
      await fs.rm(file, { force: true });
    }
  }
  throw new AppError("IO", "无法取得数据文件夹的写入锁，请稍后重试。");
}
