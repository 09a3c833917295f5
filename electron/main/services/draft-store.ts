// The draft store: lowdb index + one file per draft, one writer, revisions, 回收站, quarantine.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Low } from "lowdb";
import type { StoreNotice } from "../../../shared/api/drafts";
import { AppError } from "../../../shared/api/errors";
import { Draft, type DraftStatus, type DraftSummary } from "../../../shared/model/draft";
import { quarantineFile, readDraftFile, summarize, writeDraftFile } from "./draft-files";
import {
  DRAFTS_DIR,
  TRASH_DIR,
  draftPath,
  loadIndex,
  pageIndex,
  queryIndex,
  type DraftPageQuery,
  type IndexData,
  type IndexEntry,
} from "./draft-index";
import { NoticeBoard } from "./notices";
import { sweepDataFolderTemps } from "./temp-sweep";
import { acquireWriterLock, type WriterLock } from "./writer-lock";

/** Options for opening a store. */
export interface DraftStoreOptions {
  /** Clock, for tests. */
  readonly now?: () => Date;
  /** Delay before the index cache is written after a change (the files are the truth). */
  readonly indexWriteDelayMs?: number;
}

/** Options of a save. */
export interface SaveOptions {
  /** Only the workflow service may change status; a plain save keeps the stored one. */
  readonly status?: DraftStatus;
}

/** Draft storage for one data folder. Every mutation is serialised; every write is atomic and fsync'd. */
export class DraftStore {
  private queue: Promise<unknown> = Promise.resolve();
  private indexTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly db: Low<IndexData>,
    private readonly board: NoticeBoard,
    private readonly lock: WriterLock,
    private readonly now: () => Date,
    private readonly indexWriteDelayMs: number,
  ) {}

  /** Opens (and creates) a data folder: takes the writer lock, loads or rebuilds the index. */
  static async open(dataDir: string, opts: DraftStoreOptions = {}): Promise<DraftStore> {
    const now = opts.now ?? (() => new Date());
    const dir = path.resolve(dataDir);
    try {
      await fs.mkdir(path.join(dir, DRAFTS_DIR), { recursive: true });
      await fs.mkdir(path.join(dir, TRASH_DIR), { recursive: true });
    } catch (err) {
      throw new AppError("IO", `无法创建数据文件夹 ${dir}：${(err as Error).message}`);
    }
    const lock = await acquireWriterLock(dir);
    try {
      await sweepDataFolderTemps(dir);
      const board = await NoticeBoard.open(dir, now);
      const db = await loadIndex(dir, board, now);
      return new DraftStore(dir, db, board, lock, now, opts.indexWriteDelayMs ?? 300);
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /** Lists drafts (or the 回收站) filtered by text and status, newest first. */
  list(q: { text?: string; status?: DraftStatus | null; trashed?: boolean } = {}): DraftSummary[] {
    return queryIndex(Object.values(this.db.data.entries), q);
  }

  /** One page of the list (same filters and order as list()) and the number of rows the query has. */
  page(q: DraftPageQuery): { total: number; offset: number; rows: DraftSummary[] } {
    return pageIndex(Object.values(this.db.data.entries), q);
  }

  /** Reads one draft (from drafts/ or trash/). A damaged file is quarantined and reported. */
  async get(id: string): Promise<Draft> {
    const entry = this.entry(id);
    const file = draftPath(this.dataDir, id, Boolean(entry.trashedAt));
    try {
      return await readDraftFile(file);
    } catch (err) {
      if (err instanceof AppError && err.code === "CORRUPT") {
        await this.serial(async () => {
          const moved = await quarantineFile(file, this.now());
          delete this.db.data.entries[id];
          this.scheduleIndexWrite();
          await this.board.add("error", `文稿《${entry.title}》的文件已损坏（${err.message}），已隔离为 ${moved}。`);
        });
      }
      throw err;
    }
  }

  /** Stores a new draft as revision 1. */
  async create(draft: Draft): Promise<Draft> {
    return this.serial(async () => {
      if (this.db.data.entries[draft.id]) throw new AppError("CONFLICT", "已存在相同编号的文稿");
      const time = this.now().toISOString();
      const next = this.validate({ ...draft, revision: 1, createdAt: time, updatedAt: time });
      await this.writeAndIndex(next, null);
      return next;
    });
  }

  /**
   * Saves a draft. `baseRevision` is the revision the editor loaded; if the stored draft has moved on,
   * the save is refused with CONFLICT and nothing is written.
   */
  async save(
    draft: Draft,
    baseRevision: number,
    opts: SaveOptions = {},
  ): Promise<{ revision: number; updatedAt: string }> {
    return this.serial(async () => {
      const entry = this.entry(draft.id);
      if (entry.trashedAt) throw new AppError("INVALID_STATE", "文稿在回收站中，请先恢复再编辑");
      if (entry.revision !== baseRevision) {
        throw new AppError(
          "CONFLICT",
          `文稿已被修改（当前修订 ${entry.revision}，本次基于修订 ${baseRevision}）。请重新加载后再编辑，本次修改未保存。`,
        );
      }
      const next = this.validate({
        ...draft,
        status: opts.status ?? entry.status,
        createdAt: entry.createdAt,
        revision: baseRevision + 1,
        updatedAt: this.now().toISOString(),
      });
      await this.writeAndIndex(next, null);
      return { revision: next.revision, updatedAt: next.updatedAt };
    });
  }

  /** Moves a draft to the 回收站. */
  async trash(id: string): Promise<void> {
    await this.serial(async () => {
      const entry = this.entry(id);
      if (entry.trashedAt) return;
      await this.move(entry, false, this.now().toISOString());
    });
  }

  /** Restores a draft from the 回收站. */
  async restore(id: string): Promise<void> {
    await this.serial(async () => {
      const entry = this.entry(id);
      if (!entry.trashedAt) return;
      await this.move(entry, true, null);
    });
  }

  /** Deletes every draft in the 回收站 for good; returns how many. */
  async emptyTrash(): Promise<number> {
    return this.serial(async () => {
      let removed = 0;
      for (const entry of Object.values(this.db.data.entries)) {
        if (!entry.trashedAt) continue;
        await fs.rm(draftPath(this.dataDir, entry.id, true), { force: true });
        delete this.db.data.entries[entry.id];
        removed += 1;
      }
      this.scheduleIndexWrite();
      return removed;
    });
  }

  /** Notices for the user (quarantined files, rebuilt index). */
  notices(): StoreNotice[] {
    return this.board.list();
  }

  /** Records a notice from another service (e.g. settings that could not be read). */
  async reportNotice(level: StoreNotice["level"], message: string): Promise<void> {
    await this.serial(() => this.board.add(level, message));
  }

  /** Removes a notice the user has read. */
  async dismissNotice(id: string): Promise<void> {
    await this.serial(() => this.board.dismiss(id));
  }

  /** Writes the index cache now and releases the writer lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.serial(async () => {
      if (this.indexTimer) clearTimeout(this.indexTimer);
      this.indexTimer = null;
      await this.db.write();
    });
    this.closed = true;
    await this.lock.release();
  }

  /** Waits for pending writes, including the debounced index write (tests, shutdown). */
  async flush(): Promise<void> {
    await this.serial(async () => {
      if (this.indexTimer) clearTimeout(this.indexTimer);
      this.indexTimer = null;
      await this.db.write();
    });
  }

  private entry(id: string): IndexEntry {
    const entry = this.db.data.entries[id];
    if (!entry) throw new AppError("NOT_FOUND", `找不到编号为 ${id} 的文稿`);
    return entry;
  }

  private validate(candidate: unknown): Draft {
    const parsed = Draft.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        "BAD_INPUT",
        `文稿内容不完整或格式不对：${issue ? `${issue.path.join(".")} ${issue.message}` : ""}`,
      );
    }
    return parsed.data;
  }

  private async writeAndIndex(draft: Draft, trashedAt: string | null): Promise<void> {
    const file = draftPath(this.dataDir, draft.id, Boolean(trashedAt));
    try {
      await writeDraftFile(file, draft);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError("IO", `保存文稿失败：${(err as Error).message}`);
    }
    const stat = await fs.stat(file);
    this.db.data.entries[draft.id] = {
      ...summarize(draft, trashedAt),
      fileMtimeMs: stat.mtimeMs,
      fileSize: stat.size,
      fileIno: stat.ino,
    };
    this.scheduleIndexWrite();
  }

  private async move(entry: IndexEntry, fromTrash: boolean, trashedAt: string | null): Promise<void> {
    const from = draftPath(this.dataDir, entry.id, fromTrash);
    const to = draftPath(this.dataDir, entry.id, !fromTrash);
    await fs.rename(from, to);
    const stat = await fs.stat(to);
    this.db.data.entries[entry.id] = {
      ...entry,
      trashedAt,
      fileMtimeMs: stat.mtimeMs,
      fileSize: stat.size,
      fileIno: stat.ino,
    };
    this.scheduleIndexWrite();
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      void this.serial(() => this.db.write()).catch(() => undefined);
    }, this.indexWriteDelayMs);
    this.indexTimer.unref();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new AppError("INVALID_STATE", "存储已关闭"));
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
