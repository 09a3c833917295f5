// `replydesk backup [--data DIR] [--keep N] [--list]`: makes today's backup now, or lists the backups.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { BackupDays } from "../../../shared/model/settings";
import { DEFAULT_BACKUP_DAYS, ensureDailyBackup, listBackups, type BackupResult } from "../../main/services/backup";
import { acquireWriterLock } from "../../main/services/writer-lock";
import { resolveDataDir } from "../../main/services/data-dir";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk backup [--data 文件夹] [--keep 天数] [--list]
  为数据文件夹做今天的备份（backups/年-月-日/，今天已有则不重复），并只保留最近若干天。
  --keep   保留的天数（默认取设置中的“备份保留天数”，未设置时 ${DEFAULT_BACKUP_DAYS} 天）
  --list   只列出已有的备份`;

/** The 备份保留天数 setting of a data folder, or the default when it is absent or unreadable. */
async function configuredDays(dataDir: string): Promise<number> {
  try {
    const raw: unknown = JSON.parse(await readFile(path.join(dataDir, "settings.json"), "utf8"));
    const days = BackupDays.safeParse((raw as Record<string, unknown> | null)?.["backupDays"]);
    return days.success ? days.data : DEFAULT_BACKUP_DAYS;
  } catch {
    return DEFAULT_BACKUP_DAYS;
  }
}

/** Makes today's backup holding the writer lock, so it never copies a folder a running app is writing. */
async function backupUnderLock(dataDir: string, keep: number): Promise<BackupResult> {
  const lock = await acquireWriterLock(dataDir).catch((err: unknown) => {
    if (err instanceof AppError)
      throw new AppError(
        "IO",
        `${err.message}（运行中的答复函工作台每天会自动备份；手动备份请先关闭它。--list 可随时查看已有备份）`,
      );
    throw err;
  });
  try {
    return await ensureDailyBackup(dataDir, { keepDays: keep });
  } finally {
    await lock.release();
  }
}

/** The `backup` command. */
export const backupCommand: CliCommand = {
  name: "backup",
  summary: "立即做今天的备份，或列出备份",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      keep: { type: "string" },
      list: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(USAGE);
    const asked = values.keep === undefined ? null : Number(values.keep);
    if (asked !== null && !BackupDays.safeParse(asked).success)
      throw new UsageError(`--keep 应为 1 到 365 之间的整数\n${USAGE}`);
    const dataDir = resolveDataDir(values.data, io.env, io.cwd);
    if (!existsSync(dataDir))
      throw new AppError("NOT_FOUND", `数据文件夹 ${dataDir} 不存在。请用 --data 指定正确的文件夹。`);
    const keep = asked ?? (await configuredDays(dataDir));
    if (!values.list) {
      const r = await backupUnderLock(dataDir, keep);
      io.out(
        r.created ? `已备份到 backups/${r.name}（${r.files} 个文件）。\n` : `今天的备份 backups/${r.name} 已存在。\n`,
      );
      if (r.removed.length > 0) io.out(`按保留 ${keep} 天的设置，删除了旧备份：${r.removed.join("、")}。\n`);
    }
    const all = await listBackups(dataDir);
    if (all.length === 0) io.out("（没有备份）\n");
    for (const b of all) io.out(`${b.name}  文稿 ${b.drafts} 份  回收站 ${b.trashed} 份\n`);
    return 0;
  },
};
