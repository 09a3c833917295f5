// The PostgreSQL adapter of the storage ports: every repository over one pool.
import type pg from "pg";
import type { Repositories } from "../../main/storage/ports";
import { openPool } from "./database";
import { pgDrafts } from "./pg-drafts";
import { pgAudit, pgComments, pgVersions, type AuditEntryCheck } from "./pg-records";
import { pgRegister } from "./pg-register";
import { pgSettings, pgTemplates } from "./pg-settings";

/** Options of the PostgreSQL repositories. */
export interface PgRepositoryOptions {
  readonly now?: () => Date;
  /** Extra check of audit entries before they are stored (e.g. signatures). */
  readonly auditCheck?: AuditEntryCheck;
}

/** Repositories over an open pool (the caller owns the pool; `close` ends it). */
export function pgRepositories(pool: pg.Pool, opts: PgRepositoryOptions = {}): Repositories {
  const now = opts.now ?? (() => new Date());
  return {
    drafts: pgDrafts(pool, now),
    versions: pgVersions(pool, now),
    comments: pgComments(pool, now),
    audit: pgAudit(pool, opts.auditCheck),
    register: pgRegister(pool, now),
    templates: pgTemplates(pool),
    settings: pgSettings(pool),
    close: () => pool.end(),
  };
}

/** Opens a pool on `url` and returns its repositories (the schema must be migrated: see `migrate`). */
export function openPgRepositories(url: string, opts: PgRepositoryOptions = {}): Repositories {
  return pgRepositories(openPool(url), opts);
}
