// Versions, comments and the audit trail in PostgreSQL (the latter two append-only, enforced by triggers).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { z } from "zod";
import { AppError } from "../../../shared/api/errors";
import { AuditEntry, CommentRecord, VersionRecord } from "../../../shared/workflow/schemas";
import { auditEntryHash } from "../../main/services/workflow/audit";
import { contentHash } from "../../main/services/workflow/content-hash";
import { assertExtendsHead } from "../../main/storage/file-repositories";
import type { AuditHead, AuditRepository, CommentRepository, VersionRepository } from "../../main/storage/ports";
import { inTransaction, type Queryable } from "./database";

/** Serialises writers of one key inside a transaction (released at COMMIT or ROLLBACK). */
async function lockKey(db: Queryable, key: string): Promise<void> {
  await db.query("SELECT pg_advisory_xact_lock(hashtext($1))", [key]);
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("CORRUPT", `数据库中的${what}不符合格式，请联系管理员核对。`);
  }
  return parsed.data;
}

/** Versions: the next number is taken under a per-draft lock; rows are never updated (trigger). */
export function pgVersions(pool: pg.Pool, now: () => Date): VersionRepository {
  return {
    async list(draftId) {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM versions WHERE draft_id = $1 ORDER BY n", [
        draftId,
      ]);
      return r.rows.map((row) => parseOr<VersionRecord>(VersionRecord, row.record, "版本"));
    },
    async read(draftId, n) {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM versions WHERE draft_id = $1 AND n = $2", [
        draftId,
        n,
      ]);
      const row = r.rows[0];
      if (!row) throw new AppError("NOT_FOUND", `找不到第 ${n} 版`);
      const record = parseOr<VersionRecord>(VersionRecord, row.record, `第 ${n} 版`);
      if (record.hash !== contentHash(record.draft)) {
        throw new AppError("CORRUPT", `第 ${n} 版的内容与其校验值不符，可能被改动。`);
      }
      return record;
    },
    async add(v) {
      const draftId = v.draft.id;
      return inTransaction(pool, async (db) => {
        await lockKey(db, `versions:${draftId}`);
        const max = await db.query<{ n: number }>(
          "SELECT COALESCE(MAX(n), 0)::int AS n FROM versions WHERE draft_id = $1",
          [draftId],
        );
        const record: VersionRecord = {
          n: (max.rows[0]?.n ?? 0) + 1,
          draftId,
          kind: v.kind,
          hash: contentHash(v.draft),
          createdAt: v.createdAt ?? now().toISOString(),
          actor: { name: v.actor.name, role: v.actor.role },
          note: v.note ?? "",
          draft: v.draft,
        };
        const valid = parseOr<VersionRecord>(VersionRecord, record, "版本");
        await db.query("INSERT INTO versions (draft_id, n, hash, record) VALUES ($1, $2, $3, $4)", [
          draftId,
          valid.n,
          valid.hash,
          JSON.stringify(valid),
        ]);
        return valid;
      });
    },
  };
}

/** Comments: one row each, in the order written. */
export function pgComments(pool: pg.Pool, now: () => Date): CommentRepository {
  return {
    async list(draftId) {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM comments WHERE draft_id = $1 ORDER BY pos", [
        draftId,
      ]);
      return r.rows.map((row) => parseOr<CommentRecord>(CommentRecord, row.record, "批注"));
    },
    async add(draftId, anchor, text, author, version) {
      if (text.trim() === "") throw new AppError("BAD_INPUT", "批注内容不能为空。");
      const c = CommentRecord.safeParse({
        id: randomUUID(),
        anchor,
        author: { name: author.name, role: author.role },
        time: now().toISOString(),
        text,
        version,
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      });
      if (!c.success) throw new AppError("BAD_INPUT", `批注格式不对：${c.error.issues[0]?.message ?? ""}`);
      await pool.query("INSERT INTO comments (id, draft_id, record) VALUES ($1, $2, $3)", [
        c.data.id,
        draftId,
        JSON.stringify(c.data),
      ]);
      return c.data;
    },
    async resolve(draftId, commentId, by) {
      return inTransaction(pool, async (db) => {
        const r = await db.query<{ record: unknown }>(
          "SELECT record FROM comments WHERE id = $1 AND draft_id = $2 FOR UPDATE",
          [commentId, draftId],
        );
        const row = r.rows[0];
        if (!row) throw new AppError("NOT_FOUND", "找不到这条批注，可能已被合并或删除，请刷新。");
        const found = parseOr<CommentRecord>(CommentRecord, row.record, "批注");
        if (found.resolved) return found;
        const done: CommentRecord = {
          ...found,
          resolved: true,
          resolvedBy: { name: by.name, role: by.role },
          resolvedAt: now().toISOString(),
        };
        await db.query("UPDATE comments SET record = $2 WHERE id = $1", [commentId, JSON.stringify(done)]);
        return done;
      });
    },
  };
}

/** Checks one entry before it is stored; the people-and-signatures work swaps in signature checks. */
export type AuditEntryCheck = (entry: AuditEntry) => string | null;

/** The default check: the entry parses and its hash covers its fields (as the desktop verifies). */
export const checkAuditHash: AuditEntryCheck = (entry) =>
  auditEntryHash(entry) === entry.hash ? null : "审计记录的校验值与内容不符。";

/** The audit trail: appends of one draft are serialised; UPDATE and DELETE are refused by the database. */
export function pgAudit(pool: pg.Pool, check: AuditEntryCheck = checkAuditHash): AuditRepository {
  const headOf = async (db: Queryable, draftId: string): Promise<AuditHead | null> => {
    const r = await db.query<{ seq: number; hash: string }>(
      "SELECT seq, hash FROM audit_entries WHERE draft_id = $1 ORDER BY seq DESC LIMIT 1",
      [draftId],
    );
    return r.rows[0] ?? null;
  };
  return {
    append: (draftId, build) =>
      inTransaction(pool, async (db) => {
        await lockKey(db, `audit:${draftId}`);
        const head = await headOf(db, draftId);
        const parsed = AuditEntry.safeParse(build(head));
        if (!parsed.success)
          throw new AppError("BAD_INPUT", `审计记录格式不对：${parsed.error.issues[0]?.message ?? ""}`);
        const entry = parsed.data;
        assertExtendsHead(entry, head);
        const problem = check(entry);
        if (problem) throw new AppError("BAD_INPUT", problem);
        await db.query(
          "INSERT INTO audit_entries (draft_id, seq, hash, prev_hash, entry) VALUES ($1, $2, $3, $4, $5)",
          [draftId, entry.seq, entry.hash, entry.prevHash, JSON.stringify(entry)],
        );
        return entry;
      }),
    async read(draftId) {
      const r = await pool.query<{ entry: unknown }>(
        "SELECT entry FROM audit_entries WHERE draft_id = $1 ORDER BY seq",
        [draftId],
      );
      return r.rows.map((row) => parseOr<AuditEntry>(AuditEntry, row.entry, "审计记录"));
    },
    head: (draftId) => headOf(pool, draftId),
  };
}
