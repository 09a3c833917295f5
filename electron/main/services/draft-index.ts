// The draft index (index.json on lowdb): a cache of every draft's summary, reconciled with the files.
import { existsSync, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { Low } from "lowdb";
import { AppError } from "../../../shared/api/errors";
import type { DraftSummary } from "../../../shared/model/draft";
import { DurableJsonAdapter, JsonParseError } from "./durable-json-adapter";
import { quarantineFile, readDraftFile, summarize } from "./draft-files";
import type { NoticeBoard } from "./notices";

/** One index row: the summary plus the file stamp that tells whether the row is still current. */
export interface IndexEntry extends DraftSummary {
  readonly fileMtimeMs: number;
  readonly fileSize: number;
  /** Every atomic write makes a new inode, so this catches rewrites within one timestamp tick. */
  readonly fileIno: number;
}

/** What index.json holds. */
export interface IndexData {
  version: 1;
  entries: Record<string, IndexEntry>;
}

/** Folder names inside the data folder. */
export const DRAFTS_DIR = "drafts";
export const TRASH_DIR = "trash";

const emptyIndex = (): IndexData => ({ version: 1, entries: {} });

function isIndexData(v: unknown): v is IndexData {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    o["version"] === 1 && typeof o["entries"] === "object" && o["entries"] !== null && !Array.isArray(o["entries"])
  );
}

/** Path of a draft's file, in drafts/ or in trash/. */
export function draftPath(dataDir: string, id: string, trashed: boolean): string {
  return path.join(dataDir, trashed ? TRASH_DIR : DRAFTS_DIR, `${id}.json`);
}

/**
 * Loads index.json through lowdb. A damaged index is quarantined and rebuilt from the draft files,
 * with a notice; then every row is checked against its file's stamp so a crash between a draft write
 * and the (debounced) index write is repaired on the next start.
 */
export async function loadIndex(dataDir: string, notices: NoticeBoard, now: () => Date): Promise<Low<IndexData>> {
  const file = path.join(dataDir, "index.json");
  const db = new Low<IndexData>(new DurableJsonAdapter<IndexData>(file), emptyIndex());
  try {
    await db.read();
    if (!isIndexData(db.data)) throw new JsonParseError(file, new Error("结构不符"));
  } catch (err) {
    if (!(err instanceof JsonParseError)) throw err;
    const moved = await quarantineFile(file, now());
    db.data = emptyIndex();
    await notices.add(
      "warning",
      `索引文件 index.json 已损坏，已隔离为 ${moved}，并已从文稿文件重建索引。没有文稿丢失。`,
    );
  }
  // An index that already matches every file is not rewritten (10,000 rows are megabytes to write and fsync).
  const changed = await reconcile(dataDir, db.data, notices, now);
  if (changed || !existsSync(file)) await db.write();
  return db;
}

async function listJson(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  return (await fs.readdir(dir)).filter((n) => n.endsWith(".json") && !n.startsWith("."));
}

/** How many file stats are in flight at once while the index is checked against the files. */
const STAT_BATCH = 64;

/** Stats the files, STAT_BATCH at a time (one by one, 10,000 awaits dominate start-up); null for a file gone meanwhile. */
async function statAll(dir: string, names: readonly string[]): Promise<(Stats | null)[]> {
  const out: (Stats | null)[] = [];
  for (let i = 0; i < names.length; i += STAT_BATCH) {
    const batch = names.slice(i, i + STAT_BATCH).map((n) => fs.stat(path.join(dir, n)).catch(() => null));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/** Brings the index in line with the files in drafts/ and trash/; true when a row was added, changed or removed. */
async function reconcile(dataDir: string, data: IndexData, notices: NoticeBoard, now: () => Date): Promise<boolean> {
  const seen = new Set<string>();
  let changed = false;
  for (const trashed of [false, true]) {
    const dir = path.join(dataDir, trashed ? TRASH_DIR : DRAFTS_DIR);
    const names = await listJson(dir);
    const stats = await statAll(dir, names);
    for (const [i, name] of names.entries()) {
      const id = name.slice(0, -".json".length);
      const file = path.join(dir, name);
      const stat = stats[i];
      if (!stat) continue;
      const prev = data.entries[id];
      seen.add(id);
      const current =
        prev &&
        prev.fileMtimeMs === stat.mtimeMs &&
        prev.fileSize === stat.size &&
        prev.fileIno === stat.ino &&
        Boolean(prev.trashedAt) === trashed;
      if (current) continue;
      changed = true;
      try {
        const draft = await readDraftFile(file);
        if (draft.id !== id) throw new AppError("CORRUPT", "文件名与文稿编号不一致");
        const trashedAt = trashed ? (prev?.trashedAt ?? stat.mtime.toISOString()) : null;
        data.entries[id] = {
          ...summarize(draft, trashedAt),
          fileMtimeMs: stat.mtimeMs,
          fileSize: stat.size,
          fileIno: stat.ino,
        };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const moved = await quarantineFile(file, now());
        seen.delete(id);
        await notices.add(
          "error",
          `文稿文件 ${name} 无法读取（${err.message}），已隔离为 ${moved}。可在数据文件夹中找到它，或从备份恢复。`,
        );
      }
    }
  }
  for (const id of Object.keys(data.entries)) {
    if (seen.has(id)) continue;
    delete data.entries[id];
    changed = true;
  }
  return changed;
}

/** What the draft list filters by. */
export interface DraftQuery {
  readonly text?: string;
  readonly status?: DraftSummary["status"] | null;
  readonly trashed?: boolean;
  /** Only these ids (e.g. 待我处理); null or absent for all. */
  readonly ids?: readonly string[] | null;
}

/** A query for one page of the list. */
export interface DraftPageQuery extends DraftQuery {
  readonly offset?: number;
  readonly limit?: number;
}

/** Newest first by updatedAt (ISO strings of one format compare as text), then by id for a stable order. */
function newestFirst(a: IndexEntry, b: IndexEntry): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The index rows matching a query, newest first (still with their file stamps). */
function selectEntries(entries: Iterable<IndexEntry>, q: DraftQuery): IndexEntry[] {
  const text = (q.text ?? "").trim().toLowerCase();
  const only = q.ids ? new Set(q.ids) : null;
  const out: IndexEntry[] = [];
  for (const e of entries) {
    if (Boolean(e.trashedAt) !== Boolean(q.trashed)) continue;
    if (q.status && e.status !== q.status) continue;
    if (only && !only.has(e.id)) continue;
    if (text && !matches(e, text)) continue;
    out.push(e);
  }
  return out.sort(newestFirst);
}

/** Filters and sorts index rows for the draft list. */
export function queryIndex(entries: Iterable<IndexEntry>, q: DraftQuery): DraftSummary[] {
  return selectEntries(entries, q).map(toSummary);
}

/** One page of the filtered, sorted list, and the number of rows the query has in all. */
export function pageIndex(
  entries: Iterable<IndexEntry>,
  q: DraftPageQuery,
): { total: number; offset: number; rows: DraftSummary[] } {
  const all = selectEntries(entries, q);
  const offset = Math.min(q.offset ?? 0, all.length);
  const limit = q.limit ?? 100;
  return { total: all.length, offset, rows: all.slice(offset, offset + limit).map(toSummary) };
}

function matches(e: IndexEntry, text: string): boolean {
  if (e.title.toLowerCase().includes(text)) return true;
  if (e.proposers.some((p) => p.toLowerCase().includes(text))) return true;
  if (e.docNumber?.toLowerCase().includes(text)) return true;
  if (e.proposalNumber !== null) {
    const digits = text.replace(/^第|号$/g, "");
    if (/^\d+$/.test(digits) && Number(digits) === e.proposalNumber) return true;
  }
  return false;
}

/** Strips the file stamp from an index row. */
export function toSummary(e: IndexEntry): DraftSummary {
  const { fileMtimeMs: _m, fileSize: _s, fileIno: _i, ...summary } = e;
  return summary;
}
