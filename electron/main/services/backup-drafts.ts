// The drafts one backup holds, compared with the data folder now (for the 恢复 screen).
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { BACKUP_DRAFTS_LIMIT, type BackupDraftEntry, type BackupDraftState } from "../../../shared/api/recovery";
import type { Draft, DraftSummary } from "../../../shared/model/draft";
import { assertBackupName, BACKUPS_DIR } from "./backup";
import { displayTitle, readDraftFile } from "./draft-files";
import { draftPath } from "./draft-index";
import { contentHash } from "./workflow/content-hash";

const ID_FILE = /^([A-Za-z0-9_-]{1,64})\.json$/;
const ORDER: Record<BackupDraftState, number> = { deleted: 0, changed: 1, trashed: 2, same: 3 };

async function inode(file: string): Promise<string | null> {
  const s = await fs.stat(file).catch(() => null);
  return s ? `${s.dev}:${s.ino}` : null;
}

/** True when the draft file `file` holds the same text as `d` (a restore makes a new revision of old text). */
async function sameContent(d: Draft, file: string): Promise<boolean> {
  const now = await readDraftFile(file).catch(() => null);
  return now !== null && contentHash(now) === contentHash(d);
}

/** One backup file compared with the current draft of the same id (read only when it may differ). */
async function describe(
  file: string,
  trashed: boolean,
  id: string,
  current: DraftSummary | undefined,
  dataDir: string,
): Promise<BackupDraftEntry | null> {
  // A hard link to the live file means nothing was saved since the backup: the index row says it all.
  if (current && (await inode(file)) === (await inode(draftPath(dataDir, id, Boolean(current.trashedAt))))) {
    const now = current.trashedAt ? "trashed" : "same";
    return { id, title: current.title, status: current.status, revision: current.revision, trashed, now };
  }
  try {
    const d = await readDraftFile(file);
    if (d.id !== id) return null;
    const now: BackupDraftState = !current
      ? "deleted"
      : current.trashedAt
        ? "trashed"
        : (await sameContent(d, draftPath(dataDir, id, false)))
          ? "same"
          : "changed";
    return { id, title: displayTitle(d), status: d.status, revision: d.revision, trashed, now };
  } catch {
    // An unreadable file in a backup is listed by the draft's versions with its problem; skip it here.
    return null;
  }
}

/**
 * The drafts of backup `backup` (drafts/ and trash/), those deleted or changed since first, then by title;
 * `text` filters by title. At most BACKUP_DRAFTS_LIMIT entries; `total` counts every match.
 */
export async function listBackupDrafts(
  dataDir: string,
  backup: string,
  current: readonly DraftSummary[],
  text = "",
): Promise<{ total: number; entries: BackupDraftEntry[] }> {
  assertBackupName(backup);
  const root = path.join(dataDir, BACKUPS_DIR, backup);
  if (!(await fs.stat(root).catch(() => null))?.isDirectory())
    throw new AppError("NOT_FOUND", `没有日期为 ${backup} 的备份。`);
  const byId = new Map(current.map((s) => [s.id, s]));
  const needle = text.trim().toLowerCase();
  const out: BackupDraftEntry[] = [];
  for (const [sub, trashed] of [
    ["drafts", false],
    ["trash", true],
  ] as const) {
    const names = await fs.readdir(path.join(root, sub)).catch(() => [] as string[]);
    for (const name of names) {
      const id = ID_FILE.exec(name)?.[1];
      if (!id) continue;
      const entry = await describe(path.join(root, sub, name), trashed, id, byId.get(id), dataDir);
      if (entry && (needle === "" || entry.title.toLowerCase().includes(needle))) out.push(entry);
    }
  }
  out.sort((a, b) => ORDER[a.now] - ORDER[b.now] || a.title.localeCompare(b.title, "zh-CN") || (a.id < b.id ? -1 : 1));
  return { total: out.length, entries: out.slice(0, BACKUP_DRAFTS_LIMIT) };
}
