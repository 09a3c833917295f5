// `replydesk server backup`: a pg_dump of the server database (custom format, restored with pg_restore).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { AppError } from "../../shared/api/errors";

const run = promisify(execFile);

/** Path of a PostgreSQL client tool: the newest Debian-installed one, else the name (found on PATH). */
export function pgTool(name: string): string {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, "bin", name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin", name);
  }
  return name;
}

/** Dumps the database at `db` into `file` (pg_dump --format=custom); resolves to the file's path. */
export async function backupDatabase(db: string, file: string): Promise<string> {
  try {
    await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${db}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT")
      throw new AppError("IO", "找不到 pg_dump：请安装 PostgreSQL 客户端（apt-get install -y postgresql-client）。");
    throw new AppError("IO", `备份失败：${(e.stderr ?? e.message).trim()}`);
  }
  return file;
}
