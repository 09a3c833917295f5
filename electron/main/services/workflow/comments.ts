// Review comments: comments/<draftId>.json, anchored to block paths, resolved by the officer.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../../../shared/api/errors";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { CommentRecord } from "../../../../shared/workflow/schemas";
import { writeFileAtomic } from "../atomic-file";
import { quarantineCorrupt, type CorruptFileReporter } from "../corrupt-file";
import type { KeyedQueue } from "./serial-queue";

const CommentsFile = z.object({ comments: z.array(CommentRecord) });

/** Comment files of one data folder. */
export class CommentStore {
  constructor(
    private readonly dataDir: string,
    private readonly queue: KeyedQueue,
    private readonly now: () => Date,
    /** Told about a damaged file, which is then moved aside; absent for read-only checks (doctor). */
    private readonly onCorrupt: CorruptFileReporter | null = null,
  ) {}

  private file(draftId: string): string {
    return path.join(this.dataDir, "comments", `${draftId}.json`);
  }

  /** All comments of a draft, in the order they were written. */
  async list(draftId: string): Promise<CommentRecord[]> {
    let text: string;
    try {
      text = await fs.readFile(this.file(draftId), "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw new AppError("IO", `读取批注失败：${(err as Error).message}`);
    }
    try {
      const parsed = CommentsFile.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.comments;
    } catch {
      // fall through
    }
    const moved = await quarantineCorrupt(this.file(draftId), this.now(), this.onCorrupt, "批注文件");
    throw new AppError("CORRUPT", `批注文件已损坏：${this.file(draftId)}${moved}。请从备份或交换文件恢复。`);
  }

  /** Adds a comment anchored to a block path. */
  async add(
    draftId: string,
    anchor: string,
    text: string,
    author: Actor,
    version: number | null,
  ): Promise<CommentRecord> {
    if (text.trim() === "") throw new AppError("BAD_INPUT", "批注内容不能为空。");
    return this.update(draftId, (all) => {
      const c: CommentRecord = {
        id: randomUUID(),
        anchor,
        author: { name: author.name, role: author.role },
        time: this.now().toISOString(),
        text,
        version,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      };
      return { next: [...all, c], result: c };
    });
  }

  /** Marks a comment resolved (idempotent). */
  async resolve(draftId: string, commentId: string, by: Actor): Promise<CommentRecord> {
    return this.update(draftId, (all) => {
      const found = all.find((c) => c.id === commentId);
      if (!found) throw new AppError("NOT_FOUND", "找不到这条批注，可能已被合并或删除，请刷新。");
      if (found.resolved) return { next: all, result: found };
      const done: CommentRecord = {
        ...found,
        resolved: true,
        resolvedBy: { name: by.name, role: by.role },
        resolvedAt: this.now().toISOString(),
      };
      return { next: all.map((c) => (c.id === commentId ? done : c)), result: done };
    });
  }

  /** Replaces the whole list (used by exchange import after merging). */
  async replace(draftId: string, comments: readonly CommentRecord[]): Promise<void> {
    await this.update(draftId, () => ({ next: [...comments], result: undefined }));
  }

  private async update<T>(
    draftId: string,
    fn: (all: CommentRecord[]) => { next: CommentRecord[]; result: T },
  ): Promise<T> {
    return this.queue.run(`comments:${draftId}`, async () => {
      const { next, result } = fn(await this.list(draftId));
      await fs.mkdir(path.dirname(this.file(draftId)), { recursive: true });
      await writeFileAtomic(this.file(draftId), JSON.stringify({ comments: next }, null, 1));
      return result;
    });
  }
}

/** Unions two comment lists by id; a resolved copy wins over an open one. */
export function mergeComments(local: readonly CommentRecord[], foreign: readonly CommentRecord[]): CommentRecord[] {
  const out = local.map((c) => c);
  const index = new Map(out.map((c, i) => [c.id, i]));
  for (const f of foreign) {
    const i = index.get(f.id);
    if (i === undefined) {
      index.set(f.id, out.length);
      out.push(f);
    } else if (f.resolved && !out[i]?.resolved) {
      out[i] = f;
    }
  }
  return out;
}
