// Drafts in PostgreSQL: one row per draft (the validated JSON plus the columns a list or a save needs).
import type pg from "pg";
import { AppError } from "../../../shared/api/errors";
import { Draft, type DraftSummary } from "../../../shared/model/draft";
import { summarize } from "../../main/services/draft-files";
import { queryIndex } from "../../main/services/draft-index";
import type { DraftRepository } from "../../main/storage/ports";
import { inTransaction, type Queryable } from "./database";

/** Parses a draft about to be stored; bad input is refused with the desktop store's message. */
export function validDraft(candidate: unknown): Draft {
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

function notFound(id: string): AppError {
  return new AppError("NOT_FOUND", `找不到编号为 ${id} 的文稿`);
}

async function write(db: Queryable, draft: Draft, trashedAt: string | null, insert: boolean): Promise<number> {
  const values = [
    draft.id,
    draft.revision,
    draft.status,
    draft.updatedAt,
    trashedAt,
    JSON.stringify(summarize(draft, trashedAt)),
    JSON.stringify(draft),
  ];
  const sql = insert
    ? `INSERT INTO drafts (id, revision, status, updated_at, trashed_at, summary, draft)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`
    : `UPDATE drafts SET revision = $2, status = $3, updated_at = $4, trashed_at = $5, summary = $6, draft = $7
       WHERE id = $1`;
  return (await db.query(sql, values)).rowCount ?? 0;
}

/** The drafts repository over a pool; `now` stamps saves. */
export function pgDrafts(pool: pg.Pool, now: () => Date): DraftRepository {
  const setTrashed = async (id: string, trashedAt: string | null): Promise<void> => {
    const r = await pool.query(
      `UPDATE drafts SET trashed_at = $2, summary = jsonb_set(summary, '{trashedAt}', COALESCE(to_jsonb($2::text), 'null'::jsonb))
       WHERE id = $1 AND (trashed_at IS NULL) = ($2::text IS NOT NULL)`,
      [id, trashedAt],
    );
    if ((r.rowCount ?? 0) === 0) {
      const exists = await pool.query("SELECT 1 FROM drafts WHERE id = $1", [id]);
      if (exists.rowCount === 0) throw notFound(id);
    }
  };
  return {
    async list(q = {}) {
      const r = await pool.query<{ summary: DraftSummary }>(
        `SELECT summary FROM drafts WHERE (trashed_at IS NOT NULL) = $1 AND ($2::text IS NULL OR status = $2)
         ORDER BY updated_at DESC`,
        [Boolean(q.trashed), q.status ?? null],
      );
      const rows = r.rows.map((row) => row.summary);
      if ((q.text ?? "").trim() === "") return rows;
      // The same matching and order as the desktop index (title, proposers, 发文字号, 第N号).
      return queryIndex(
        rows.map((s) => ({ ...s, fileMtimeMs: 0, fileSize: 0, fileIno: 0 })),
        q,
      );
    },
    async get(id) {
      const r = await pool.query<{ draft: unknown }>("SELECT draft FROM drafts WHERE id = $1", [id]);
      const row = r.rows[0];
      if (!row) throw notFound(id);
      const parsed = Draft.safeParse(row.draft);
      if (!parsed.success) throw new AppError("CORRUPT", `数据库中文稿 ${id} 的内容不符合格式，请联系管理员核对。`);
      return parsed.data;
    },
    async create(draft) {
      const time = now().toISOString();
      const next = validDraft({ ...draft, revision: 1, createdAt: time, updatedAt: time });
      if ((await write(pool, next, null, true)) === 0) throw new AppError("CONFLICT", "已存在相同编号的文稿");
      return next;
    },
    async save(draft, baseRevision, opts = {}) {
      return inTransaction(pool, async (db) => {
        const r = await db.query<{ revision: number; status: Draft["status"]; created: string; trashed_at: string }>(
          `SELECT revision, status, draft->>'createdAt' AS created, trashed_at FROM drafts WHERE id = $1 FOR UPDATE`,
          [draft.id],
        );
        const row = r.rows[0];
        if (!row) throw notFound(draft.id);
        if (row.trashed_at) throw new AppError("INVALID_STATE", "文稿在回收站中，请先恢复再编辑");
        if (row.revision !== baseRevision) {
          throw new AppError(
            "CONFLICT",
            `文稿已被修改（当前修订 ${row.revision}，本次基于修订 ${baseRevision}）。请重新加载后再编辑，本次修改未保存。`,
          );
        }
        const next = validDraft({
          ...draft,
          status: opts.status ?? row.status,
          createdAt: row.created,
          revision: baseRevision + 1,
          updatedAt: now().toISOString(),
        });
        await write(db, next, null, false);
        return { revision: next.revision, updatedAt: next.updatedAt };
      });
    },
    trash: (id) => setTrashed(id, now().toISOString()),
    restore: (id) => setTrashed(id, null),
  };
}
