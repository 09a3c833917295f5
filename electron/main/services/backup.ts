// Daily rolling backups of a data folder: <dataDir>/backups/YYYY-MM-DD/, the last N days kept.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import { isOwnTempName } from "./atomic-file";
import type { Services } from "./index";

/** Folder of the backups inside the data folder. */
export const BACKUPS_DIR = "backups";
/** Days of backups kept when the settings say nothing (the setting `backupDays` overrides it). */
export const DEFAULT_BACKUP_DAYS = DEFAULT_SETTINGS.backupDays;
/** How often a running app checks whether the day has turned and a new backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** Name of one backup folder: the local calendar day it was taken. */
export const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a backup holds. Folders whose files are only ever replaced by rename (atomic writes) are
 * hard-linked — cheap, and a later save makes a new file, never changing the linked one; everything
 * else (append-only audit logs, settings, registers) is copied.
 */
const ENTRIES: readonly { readonly name: string; readonly link: boolean }[] = [
  { name: "drafts", link: true },
  { name: "trash", link: true },
  { name: "versions", link: true },
  // Comment files are rewritten whole through writeFileAtomic (temp + rename), so linking is safe too.
  { name: "comments", link: true },
  // 办理 records (contacts, satisfaction, 公开, rules) are also only written through writeFileAtomic.
  { name: "handling", link: true },
  { name: "audit", link: false },
  { name: "settings.json", link: false },
  { name: "templates.json", link: false },
  { name: "numbering.json", link: false },
];

/** Options of ensureDailyBackup. */
export interface BackupOptions {
  readonly now?: () => Date;
  /** How many daily backups to keep (at least 1). */
  readonly keepDays?: number;
}

/** What ensureDailyBackup did. */
export interface BackupResult {
  /** Today's backup folder name. */
  readonly name: string;
  /** False when today's backup already existed. */
  readonly created: boolean;
  /** Files placed in the new backup. */
  readonly files: number;
  /** Old backups removed by the rolling window. */
  readonly removed: readonly string[];
}

/** One backup as listed for the 恢复 screen. */
export interface BackupInfo {
  readonly name: string;
  readonly drafts: number;
  readonly trashed: number;
}

/** The local calendar day of `d` as YYYY-MM-DD (backups follow the clerk's day, not UTC). */
export function localDay(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Files placed at once: links and copies wait on the disk, so a few dozen in flight beat one at a time. */
const PARALLEL = 32;

/** Links or copies one file; 0 when it vanished meanwhile (a draft moved to the 回收站 during the backup). */
export async function placeFile(src: string, dst: string, link: boolean): Promise<number> {
  // ENOENT may be about either side: only a missing source means "moved away", anything else fails the backup.
  const vanished = async (err: unknown): Promise<boolean> =>
    (err as NodeJS.ErrnoException).code === "ENOENT" && !(await exists(src));
  if (link) {
    try {
      await fs.link(src, dst);
      return 1;
    } catch (err) {
      if (await vanished(err)) return 0;
      // Another volume or a file system without hard links: copy instead.
    }
  }
  try {
    await fs.copyFile(src, dst);
    return 1;
  } catch (err) {
    if (await vanished(err)) return 0;
    throw err;
  }
}

/** Copies a file or folder tree (hard links where allowed and possible); returns the number of files. */
async function place(src: string, dst: string, link: boolean): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(src);
  } catch {
    return 0;
  }
  if (stat.isFile()) return placeFile(src, dst, link);
  if (!stat.isDirectory()) return 0;
  await fs.mkdir(dst, { recursive: true });
  const entries = (await fs.readdir(src, { withFileTypes: true })).filter((e) => !isOwnTempName(e.name));
  const files = entries.filter((e) => e.isFile());
  let n = 0;
  for (let i = 0; i < files.length; i += PARALLEL) {
    const batch = files.slice(i, i + PARALLEL);
    const placed = await Promise.all(batch.map((e) => placeFile(path.join(src, e.name), path.join(dst, e.name), link)));
    n += placed.reduce((a, b) => a + b, 0);
  }
  const dirs = entries.filter((e) => e.isDirectory());
  for (let i = 0; i < dirs.length; i += PARALLEL) {
    const batch = dirs.slice(i, i + PARALLEL);
    const placed = await Promise.all(batch.map((e) => place(path.join(src, e.name), path.join(dst, e.name), link)));
    n += placed.reduce((a, b) => a + b, 0);
  }
  return n;
}

/** Backup folder names, oldest first (only well-formed YYYY-MM-DD folders). */
export async function backupNames(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(path.join(dataDir, BACKUPS_DIR));
  } catch {
    return [];
  }
  return names.filter((n) => BACKUP_NAME.test(n)).sort();
}

/**
 * Makes today's backup if it is missing, then keeps only the newest `keepDays` backups. The backup is
 * built in a hidden folder and renamed into place, so a crash never leaves a half backup that looks whole.
 */
export async function ensureDailyBackup(dataDir: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const now = opts.now ?? (() => new Date());
  const keep = Math.max(1, Math.floor(opts.keepDays ?? DEFAULT_BACKUP_DAYS));
  const root = path.join(dataDir, BACKUPS_DIR);
  const name = localDay(now());
  const target = path.join(root, name);
  await fs.mkdir(root, { recursive: true });
  for (const n of await fs.readdir(root)) {
    if (n.startsWith(".partial-")) await fs.rm(path.join(root, n), { recursive: true, force: true });
  }
  let created = false;
  let files = 0;
  if (!(await exists(target))) {
    const partial = path.join(root, `.partial-${name}-${randomBytes(4).toString("hex")}`);
    try {
      await fs.mkdir(partial);
      for (const e of ENTRIES) files += await place(path.join(dataDir, e.name), path.join(partial, e.name), e.link);
      await fs.rename(partial, target);
      created = true;
    } catch (err) {
      await fs.rm(partial, { recursive: true, force: true });
      throw new AppError("IO", `每日备份失败：${(err as Error).message}。文稿本身不受影响，请检查磁盘空间。`);
    }
  }
  const all = await backupNames(dataDir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const old of removed) await fs.rm(path.join(root, old), { recursive: true, force: true });
  return { name, created, files, removed };
}

/** Checks a backup name coming from outside (it becomes part of a path). */
export function assertBackupName(name: string): void {
  if (!BACKUP_NAME.test(name))
    throw new AppError("BAD_INPUT", `备份名称“${name.slice(0, 40)}”不正确，应为 YYYY-MM-DD。`);
}

/** The backups of a data folder, newest first, with how many drafts each holds. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const out: BackupInfo[] = [];
  for (const name of (await backupNames(dataDir)).reverse()) {
    const count = async (sub: string): Promise<number> =>
      (await fs.readdir(path.join(dataDir, BACKUPS_DIR, name, sub)).catch(() => [] as string[])).filter(
        (n) => n.endsWith(".json") && !n.startsWith("."),
      ).length;
    out.push({ name, drafts: await count("drafts"), trashed: await count("trash") });
  }
  return out;
}

/** Where a backup keeps a draft's file (drafts/ or trash/), or null when it does not hold it. */
export async function backupDraftFile(
  dataDir: string,
  backup: string,
  id: string,
): Promise<{ file: string; trashed: boolean } | null> {
  assertBackupName(backup);
  for (const [sub, trashed] of [
    ["drafts", false],
    ["trash", true],
  ] as const) {
    const file = path.join(dataDir, BACKUPS_DIR, backup, sub, `${id}.json`);
    if (await exists(file)) return { file, trashed };
  }
  return null;
}

/** What the scheduled backups need from the host: the folder, the configured days and a way to tell the user. */
export interface DailyBackupDeps {
  readonly dataDir: string;
  /** Read on every run, so a changed setting applies without a restart. */
  readonly keepDays: () => number;
  /** Shows a notice to the user (the store's notice board). */
  readonly report: (message: string) => Promise<void>;
  readonly now?: () => Date;
  readonly intervalMs?: number;
}

/** A running backup schedule. */
export interface DailyBackupSchedule {
  /** Settles when the start-up backup has finished (or failed and been reported). */
  readonly firstRun: Promise<BackupResult | null>;
  /** Stops the schedule and waits for a backup in progress. */
  readonly stop: () => Promise<void>;
}

/**
 * Starts the daily backups of a host: one now (in the background, so the first window is not delayed),
 * then a check every hour for an app left open past midnight. A failure never crashes the app: it becomes
 * a notice, once per day.
 */
export function startDailyBackups(deps: DailyBackupDeps): DailyBackupSchedule {
  const now = deps.now ?? (() => new Date());
  let reportedDay = "";
  let running: Promise<BackupResult | null> = Promise.resolve(null);
  const runOnce = async (): Promise<BackupResult | null> => {
    try {
      return await ensureDailyBackup(deps.dataDir, { now, keepDays: deps.keepDays() });
    } catch (err) {
      const day = localDay(now());
      if (reportedDay !== day) {
        reportedDay = day;
        const message =
          err instanceof AppError ? err.message : `每日备份失败：${(err as Error).message}。文稿本身不受影响。`;
        await deps.report(message).catch(() => undefined);
      }
      return null;
    }
  };
  const tick = (): Promise<BackupResult | null> => (running = running.then(runOnce, runOnce));
  // Start after the current tick so the host finishes opening its window or server first.
  const firstRun = new Promise<void>((resolve) => setImmediate(resolve)).then(tick);
  const timer = setInterval(() => void tick(), deps.intervalMs ?? BACKUP_CHECK_INTERVAL_MS);
  timer.unref();
  return {
    firstRun,
    stop: async () => {
      clearInterval(timer);
      await firstRun;
      await running;
    },
  };
}

/** The daily backups of open services: kept for the `backupDays` setting, failures as store notices. */
export function startServiceBackups(
  services: Pick<Services, "dataDir" | "settings" | "store">,
  now?: () => Date,
): DailyBackupSchedule {
  return startDailyBackups({
    dataDir: services.dataDir,
    keepDays: () => services.settings.get().backupDays,
    report: (message) => services.store.reportNotice("warning", message),
    ...(now ? { now } : {}),
  });
}
